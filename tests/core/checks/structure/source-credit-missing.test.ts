import rule from '../../../../core/checks/structure/source-credit-missing.ts';
import { detik, ruleTester } from '../make-article.ts';

ruleTester.run('structure/source-credit-missing', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    '# J\n\nAnkara (ANTARA/Anadolu) - Para menteri berkumpul.\n\nSumber: Anadolu',
    '# J\n\nLondon (ANTARA) - Para menteri berkumpul, seperti dilansir Reuters.\n\nSumber: Reuters',
    { name: 'a non-agency desk cites in passing', code: '# J\n\nJakarta - Harga minyak naik, dilansir Reuters.', profile: detik },
  ],
  invalid: [
    { code: '# J\n\nAnkara (Anadolu) - Para menteri berkumpul.', errors: [{ messageId: 'missing', paragraph: 0, text: 'Anadolu', data: { agency: 'Anadolu' } }] },
    { name: 'taken from the text', code: '# J\n\nLondon (ANTARA) - Para menteri berkumpul, seperti dilansir Reuters.', errors: [{ messageId: 'missing', text: 'Reuters' }] },
  ],
});
