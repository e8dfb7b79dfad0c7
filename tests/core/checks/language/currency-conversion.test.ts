import rule from '../../../../core/checks/language/currency-conversion.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/currency-conversion', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Bantuan 20,9 miliar euro (sekitar Rp353,2 triliun).\n\nJanji 40 miliar euro (sekitar Rp675,4 triliun).',
    { name: 'different currencies', code: '# J\n\nLondon (ANTARA) - Bantuan 20 miliar euro (sekitar Rp340 triliun) dan US$5 juta (Rp80 miliar).' },
  ],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Bantuan 20,9 miliar euro (sekitar Rp353,2 triliun).\n\nJanji 40 miliar euro (sekitar Rp475,4 triliun).',
      errors: [{ messageId: 'outlier', paragraph: 1, text: '40 miliar euro (sekitar Rp475,4 triliun)', data: { rate: 'Rp11.885', currency: 'euro', usual: 'Rp16.900' } }],
    },
    {
      name: 'the outlier of three',
      code: '# J\n\nJakarta (ANTARA) - Dana US$1 juta (Rp16 miliar), US$2 juta (Rp32 miliar), dan US$3 juta (Rp30 miliar).',
      errors: [{ messageId: 'outlier', text: 'US$3 juta (Rp30 miliar)' }],
    },
  ],
});
