import rule from '../../../../core/checks/language/thousand-separator.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/thousand-separator', rule, {
  valid: [
    { name: 'a decimal before a unit may have three places', code: '# J\n\nJakarta (ANTARA) - Beratnya 1,500 ton dan indeks 3,125 poin.' },
    '# J\n\nJakarta (ANTARA) - Sebanyak 150.000 orang, naik 3,5 persen pada 2024.',
    { name: 'a phone number', code: '# J\n\nJakarta (ANTARA) - Hubungi nomor 081234567 untuk bantuan.' },
    { name: 'a year and a decimal', code: '# J\n\nJakarta (ANTARA) - Pada 2024 sebanyak 20,9 miliar euro.' },
  ],
  invalid: [
    {
      name: 'one English group before something counted',
      code: '# J\n\nJakarta (ANTARA) - Sebanyak 10,000 warga mengungsi dan 1,500 rumah rusak.',
      errors: [{ messageId: 'englishThousands', paragraph: 0, text: '10,000', data: { expected: '10.000' } }, { messageId: 'englishThousands', paragraph: 0, text: '1,500', data: { expected: '1.500' } }],
      output: '# J\n\nJakarta (ANTARA) - Sebanyak 10.000 warga mengungsi dan 1.500 rumah rusak.',
    },
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
