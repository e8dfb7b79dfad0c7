import rule from '../../../../core/checks/structure/baca-juga-unresolved.ts';
import { ruleTester } from '../make-article.ts';

// A small archive: exact titles, a fuzzy match for a near spelling, and one story without a URL.
const ARCHIVE = [
  { title: 'NATO peringatkan musim dingin terberat bagi Ukraina', url: 'https://arsip.contoh.test/1' },
  { title: 'Menlu Hongaria bicara soal keanggotaan Ukraina', url: 'https://arsip.contoh.test/2' },
  { title: 'Harga beras naik di pasar induk Cipinang', url: null },
];
const resolveRelated = (title: string) => {
  const t = title.toLowerCase();
  const hit = ARCHIVE.find((a) => a.title.toLowerCase() === t) ?? ARCHIVE.find((a) => a.title.toLowerCase().startsWith(t.slice(0, 20)));
  return hit ? { ...hit, exact: hit.title.toLowerCase() === t } : null;
};
const env = { resolveRelated };

ruleTester.run('structure/baca-juga-unresolved', rule, {
  valid: [
    { name: 'found in the archive', code: '# Judul\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: NATO peringatkan musim dingin terberat bagi Ukraina\n\nIsi lain.', env },
    { name: 'no archive at hand: silent', code: '# Judul\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: Judul yang tidak ada di mana pun\n\nIsi lain.' },
  ],
  invalid: [
    {
      name: 'unknown to the archive',
      code: '# Judul\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: Judul yang tidak ada di arsip\n\nIsi lain.',
      env,
      errors: [{ messageId: 'unresolved', paragraph: 1, text: 'Judul yang tidak ada di arsip' }],
    },
    {
      name: 'found only by a near title: flagged, the archive title offered',
      code: '# Judul\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: Menlu Hongaria bicara soal Ukraina\n\nIsi lain.',
      env,
      errors: [{
        messageId: 'fuzzy', paragraph: 1, text: 'Menlu Hongaria bicara soal Ukraina',
        data: { found: 'Menlu Hongaria bicara soal keanggotaan Ukraina', url: 'https://arsip.contoh.test/2' },
        suggestions: [{ messageId: 'useArchiveTitle', output: '# Judul\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: Menlu Hongaria bicara soal keanggotaan Ukraina\n\nIsi lain.' }],
      }],
    },
    {
      name: 'an archive story without a URL cannot be linked',
      code: '# Judul\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: Harga beras naik di pasar induk Cipinang\n\nIsi lain.',
      env,
      errors: [{ messageId: 'noUrl', paragraph: 1, text: 'Harga beras naik di pasar induk Cipinang', data: { found: 'Harga beras naik di pasar induk Cipinang' } }],
    },
    {
      name: 'points at itself although the story is not in the archive yet (incoming copy): self, not unresolved',
      code: '# Menlu bertemu di Brussel\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: Menlu bertemu di Brussel\n\nIsi lain.',
      env,
      errors: [{ messageId: 'self', paragraph: 1, text: 'Menlu bertemu di Brussel' }],
    },
    {
      name: 'points at itself with no archive at hand',
      code: '# Menlu bertemu di Brussel\n\nLondon (ANTARA) - Isi berita.\n\nDua.\n\nBaca juga: Menlu bertemu di Brussel\n\nIsi lain.',
      errors: [{ messageId: 'self', paragraph: 2, text: 'Menlu bertemu di Brussel' }],
    },
    {
      name: 'points at the story itself',
      code: '# NATO peringatkan musim dingin terberat bagi Ukraina\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: NATO peringatkan musim dingin terberat bagi Ukraina\n\nIsi lain.',
      env,
      errors: [{ messageId: 'self', paragraph: 1, text: 'NATO peringatkan musim dingin terberat bagi Ukraina' }],
    },
  ],
});
