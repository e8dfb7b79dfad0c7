import rule from '../../../../core/checks/language/rupiah.ts';
import { kompas, ruleTester } from '../make-article.ts';

ruleTester.run('language/rupiah', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Bantuan senilai 20,9 miliar euro (sekitar Rp353,2 triliun).',
    { name: 'kompas writes a space', code: '# J\n\nJAKARTA, KOMPAS.com - Harga Rp 5.000 per kilogram.', profile: kompas },
    { name: 'in a direct quote', code: '# J\n\nJakarta (ANTARA) - "Harganya Rp 5.000," kata Budi.' },
  ],
  invalid: [
    {
      code: '# J\n\nJakarta (ANTARA) - Harga Rp 5.000 per kilogram.',
      errors: [{ messageId: 'form', paragraph: 0, text: 'Rp 5.000', data: { expected: 'Rp5.000', found: 'Rp 5.000' } }],
      output: '# J\n\nJakarta (ANTARA) - Harga Rp5.000 per kilogram.',
    },
    {
      name: 'period and dash',
      code: '# J\n\nJakarta (ANTARA) - Harga Rp. 5.000,- per kilogram.',
      errors: [{ messageId: 'form', text: 'Rp. 5.000,-' }],
      output: '# J\n\nJakarta (ANTARA) - Harga Rp5.000 per kilogram.',
    },
    {
      name: 'kompas without a space',
      code: '# J\n\nJAKARTA, KOMPAS.com - Harga Rp5.000 per kilogram.',
      profile: kompas,
      errors: [{ messageId: 'form', text: 'Rp5.000', data: { expected: 'Rp 5.000', found: 'Rp5.000' } }],
      output: '# J\n\nJAKARTA, KOMPAS.com - Harga Rp 5.000 per kilogram.',
    },
  ],
});
