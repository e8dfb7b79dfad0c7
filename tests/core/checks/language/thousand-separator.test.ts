import rule from '../../../../core/checks/language/thousand-separator.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/thousand-separator', rule, {
  valid: [
    '# J\n\nJakarta (ANTARA) - Sebanyak 150.000 orang, naik 3,5 persen pada 2024.',
    { name: 'a phone number', code: '# J\n\nJakarta (ANTARA) - Hubungi nomor 081234567 untuk bantuan.' },
    { name: 'a year and a decimal', code: '# J\n\nJakarta (ANTARA) - Pada 2024 sebanyak 20,9 miliar euro.' },
  ],
  invalid: [
    {
      code: '# J\n\nJakarta (ANTARA) - Sebanyak 150000 orang hadir.',
      errors: [{ messageId: 'noSeparator', paragraph: 0, text: '150000', data: { expected: '150.000' } }],
      output: '# J\n\nJakarta (ANTARA) - Sebanyak 150.000 orang hadir.',
    },
    {
      name: 'English forms',
      code: '# J\n\nJakarta (ANTARA) - Dana 12,500,000 dolar, naik 3.5 persen.',
      errors: [{ messageId: 'englishThousands', text: '12,500,000' }, { messageId: 'englishDecimal', text: '3.5' }],
      output: '# J\n\nJakarta (ANTARA) - Dana 12.500.000 dolar, naik 3,5 persen.',
    },
  ],
});
