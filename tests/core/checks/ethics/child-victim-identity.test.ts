import rule from '../../../../core/checks/ethics/child-victim-identity.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('ethics/child-victim-identity', rule, {
  valid: [
    '# J\n\nTangerang (ANTARA) - Polisi menangani kasus pencabulan terhadap siswi sebuah SMP berinisial AL.',
    { name: 'an address without such a context', code: '# J\n\nJakarta (ANTARA) - Kantor baru itu berada di Jalan Melati No. 5.' },
  ],
  invalid: [
    {
      code: '# J\n\nTangerang (ANTARA) - Korban pencabulan, siswi SMP Negeri 3 Ciledug bernama Ayu Lestari, tinggal di Jalan Melati No. 5.',
      errors: [
        { messageId: 'identity', paragraph: 0, text: 'SMP Negeri 3 Ciledug' },
        { messageId: 'identity', text: 'Ayu Lestari', data: { text: 'Ayu Lestari', context: 'kekerasan seksual terhadap anak' } },
        { messageId: 'identity', text: 'Jalan Melati No. 5' },
      ],
    },
    {
      name: 'context in the next paragraph',
      code: '# J\n\nBogor (ANTARA) - Polisi menangkap pria berusia 40 tahun.\n\nIa diduga memperkosa korban bernama Sinta Dewi.',
      errors: [{ messageId: 'identity', paragraph: 1, text: 'Sinta Dewi', data: { text: 'Sinta Dewi', context: 'kekerasan seksual' } }],
    },
  ],
});
