import rule from '../../../../core/checks/structure/baca-juga-unresolved.ts';
import { ruleTester } from '../make-article.ts';

// A small archive: exact titles, and a fuzzy match for a near spelling.
const ARCHIVE = [
  { title: 'NATO peringatkan musim dingin terberat bagi Ukraina', url: 'https://arsip.contoh.test/1' },
  { title: 'Menlu Hongaria bicara soal keanggotaan Ukraina', url: 'https://arsip.contoh.test/2' },
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
    { name: 'found by a fuzzy title', code: '# Judul\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: Menlu Hongaria bicara soal Ukraina\n\nIsi lain.', env },
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
      name: 'points at the story itself',
      code: '# NATO peringatkan musim dingin terberat bagi Ukraina\n\nLondon (ANTARA) - Isi berita.\n\nBaca juga: NATO peringatkan musim dingin terberat bagi Ukraina\n\nIsi lain.',
      env,
      errors: [{ messageId: 'self', paragraph: 1, text: 'NATO peringatkan musim dingin terberat bagi Ukraina' }],
    },
  ],
});
