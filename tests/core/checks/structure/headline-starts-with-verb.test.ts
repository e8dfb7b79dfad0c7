import rule from '../../../../core/checks/structure/headline-starts-with-verb.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/headline-starts-with-verb', rule, {
  valid: [
    '# NATO bahas dukungan untuk Ukraina\n\nLondon (ANTARA) - Isi.',
    { name: 'informal title first is a noun', code: '# Menhan NATO bahas Ukraina\n\nLondon (ANTARA) - Isi.' },
    { name: 'colon headline', code: '# Menlu: Membahas Ukraina itu penting\n\nLondon (ANTARA) - Isi.' },
    { name: 'Menteri is a noun', code: '# Menteri Pertahanan tiba di Brussel\n\nLondon (ANTARA) - Isi.' },
  ],
  invalid: [
    { code: '# Membahas dukungan untuk Ukraina di Brussel\n\nLondon (ANTARA) - Isi.', errors: [{ messageId: 'verbFirst', paragraph: -1, text: 'Membahas' }] },
    { name: 'passive', code: '# Dibahas, dukungan untuk Ukraina\n\nLondon (ANTARA) - Isi.', errors: [{ messageId: 'verbFirst', text: 'Dibahas' }] },
  ],
});
