import rule from '../../../../core/checks/structure/dateline-missing.ts';
import { detik, ruleTester } from '../make-article.ts';

ruleTester.run('structure/dateline-missing', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    { name: 'a broken dateline is the malformed rule\'s', code: '# J\n\nLondon(ANTARA)- Para menteri berkumpul.' },
    { name: 'detik dateline', code: '# J\n\nJakarta - Para menteri berkumpul.', profile: detik },
    { name: 'no prose at all', code: '# J\n\nPewarta: A' },
  ],
  invalid: [
    { code: '# J\n\nPara menteri pertahanan NATO berkumpul di Brussel.', errors: [{ messageId: 'missing', paragraph: 0, start: 0, end: 0, data: { example: 'Jakarta (ANTARA) -' } }] },
    { name: 'detik profile example', code: '# J\n\nPara menteri berkumpul di Brussel.', profile: detik, errors: [{ messageId: 'missing', paragraph: 0, start: 0, end: 0, data: { example: 'Jakarta -' } }] },
  ],
});
