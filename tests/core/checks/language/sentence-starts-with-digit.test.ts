import rule from '../../../../core/checks/language/sentence-starts-with-digit.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/sentence-starts-with-digit', rule, {
  valid: [
    '# J\n\nJakarta (ANTARA) - Sebanyak 15 orang tewas.',
    { name: 'a numbered list', code: '# J\n\nJakarta (ANTARA) - Teras.\n\n1. Daftarkan diri di kantor desa.' },
    { name: 'inside a quote', code: '# J\n\nJakarta (ANTARA) - Teras.\n\n"Kami siap. 15 orang sudah berangkat," kata Budi.' },
  ],
  invalid: [
    { code: '# J\n\nJakarta (ANTARA) - 15 orang tewas dalam kecelakaan itu.', errors: [{ messageId: 'digit', paragraph: 0, start: 19, text: '15', data: { number: '15' } }] },
    { name: 'second sentence', code: '# J\n\nJakarta (ANTARA) - Teras.\n\nKorban bertambah. 2.500 warga mengungsi.', errors: [{ messageId: 'digit', paragraph: 1, text: '2.500' }] },
  ],
});

ruleTester.run('language/sentence-starts-with-digit (lists copied from the web)', rule, {
  valid: ['# J\n\nJakarta (ANTARA) - Teras.\n\n1\\. SMAN 5 Surabaya', '# J\n\nJakarta (ANTARA) - Teras.\n\n12 sekolah terbaik di Surabaya'],
  invalid: [{ code: '# J\n\nJakarta (ANTARA) - Teras.\n\n12 sekolah terbaik ada di Surabaya.', errors: [{ messageId: 'digit', text: '12' }] }],
});
