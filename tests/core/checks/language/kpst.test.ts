import rule from '../../../../core/checks/language/kpst.ts';
import { ruleTester } from '../make-article.ts';

const speller = { isKnown: (w: string) => ['memengaruhi', 'menari', 'mengaji', 'memesan'].includes(w) };
ruleTester.run('language/kpst', rule, {
  valid: [
    '# J\n\nJakarta (ANTARA) - Cuaca memengaruhi jadwal dan memproduksi hujan.',
    { name: 'mentari and mengkaji are standard', code: '# J\n\nJakarta (ANTARA) - Mentari terbit saat tim mengkaji data.', env: { speller } },
    { name: 'memper- is its own prefix', code: '# J\n\nJakarta (ANTARA) - Pemerintah mempertahankan harga.', env: { speller } },
  ],
  invalid: [
    {
      code: '# J\n\nJakarta (ANTARA) - Cuaca buruk mempengaruhi jadwal.',
      errors: [{ messageId: 'melt', paragraph: 0, text: 'mempengaruhi', data: { expected: 'memengaruhi', found: 'mempengaruhi' } }],
      output: '# J\n\nJakarta (ANTARA) - Cuaca buruk memengaruhi jadwal.',
    },
    {
      name: 'from the speller',
      code: '# J\n\nJakarta (ANTARA) - Warga mempesan tiket. Mengkoordinasikan bantuan.',
      env: { speller },
      errors: [{ messageId: 'melt', text: 'mempesan', data: { expected: 'memesan', found: 'mempesan' } }, { messageId: 'melt', text: 'Mengkoordinasikan', data: { expected: 'Mengoordinasikan', found: 'Mengkoordinasikan' } }],
      output: '# J\n\nJakarta (ANTARA) - Warga memesan tiket. Mengoordinasikan bantuan.',
    },
  ],
});
