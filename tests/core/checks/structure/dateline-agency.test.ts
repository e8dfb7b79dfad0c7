import rule from '../../../../core/checks/structure/dateline-agency.ts';
import { detik, ruleTester } from '../make-article.ts';

ruleTester.run('structure/dateline-agency', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    { name: 'shared dateline carries the desk', code: '# J\n\nLondon (ANTARA/Reuters) - Para menteri berkumpul.' },
    { name: 'detik without agency', code: '# J\n\nJakarta - Para menteri berkumpul.', profile: detik },
  ],
  invalid: [
    { code: '# J\n\nLondon (Reuters) - Para menteri berkumpul.', errors: [{ messageId: 'foreign', paragraph: 0, text: 'Reuters', data: { agency: 'Reuters', desk: 'ANTARA' } }] },
    { name: 'detik writes no agency', code: '# J\n\nJakarta (ANTARA) - Para menteri berkumpul.', profile: detik, errors: [{ messageId: 'none', text: 'ANTARA' }] },
  ],
});
