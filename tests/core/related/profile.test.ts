// The whole-vocabulary match behind Baca juga: the rest of the same story, or the same event told
// elsewhere, repeats the open story's rare words; a story on the same minister does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentStems, contentStemsOf, profileCosine, storyProfile, weighProfile } from '../../../core/related/profile.ts';
import { extractTerms, sourceFromText } from '../../../core/related/terms.ts';
import { scoreRelated } from '../../../core/related/score.ts';
import { stem, stemText } from '../../../core/search/text.ts';

const DAY = 86_400_000;

test('content stems: no function words, no numbers, stems not words; the stemmed form gives the same', () => {
  const s = contentStems('Menteri mengatakan harga beras naik 12 persen di pasar yang ramai.');
  assert.ok(s.has('harga') && s.has('beras') && s.has('pasar'));
  assert.ok(!s.has('yang') && !s.has('12') && !s.has('di') && !s.has('persen'));
  assert.ok(s.has('ramai'));
  const text = 'Polisi menyita mobil Pajero berpelat palsu di Tasikmalaya.';
  assert.deepEqual([...contentStemsOf(stemText(text))].sort(), [...contentStems(text)].sort());
});

test('profile: most repeated first, capped; weighing drops stems the archive lacks', () => {
  const p = storyProfile(sourceFromText('Banjir rendam Bekasi', 'Banjir merendam Bekasi.\n\nBanjir surut sore hari di Bekasi, kata warga.'), 3);
  assert.deepEqual(p.slice(0, 2), ['banjir', stem('bekasi')]);
  assert.equal(p.length, 3);
  const w = weighProfile(['banjir', 'bekas', 'hilang'], (s) => (s === 'hilang' ? 0 : 2));
  assert.deepEqual([...w.idf.keys()], ['banjir', 'bekas']);
  assert.equal(w.meanIdf, 2);
  assert.ok(Math.abs(w.norm - Math.sqrt(8)) < 1e-9);
});

test('cosine: the same vocabulary scores near 1, a disjoint one 0, rare shared words beat common ones', () => {
  const idf = (s: string) => (['pajero', 'strobo', 'tasikmalaya', 'sirine'].includes(s) ? 6 : 1);
  const p = weighProfile(['pajero', 'strobo', 'tasikmalaya', 'sirine', 'polisi', 'mobil', 'warga'], idf);
  assert.ok(profileCosine(p, new Set(['pajero', 'strobo', 'tasikmalaya', 'sirine', 'polisi', 'mobil', 'warga'])) > 0.99);
  assert.equal(profileCosine(p, new Set(['sepak', 'bola'])), 0);
  const rare = profileCosine(p, new Set(['pajero', 'strobo', 'jalan', 'kota']));
  const common = profileCosine(p, new Set(['polisi', 'mobil', 'jalan', 'kota']));
  assert.ok(rare > common, `${rare} vs ${common}`);
  // Unshared words of a long candidate count against it (at the profile's mean idf).
  const long = profileCosine(p, new Set(['pajero', 'strobo', ...Array.from({ length: 40 }, (_, i) => `kata${i}`)]));
  assert.ok(long < rare);
});

const open = sourceFromText('Sopir Pajero berpelat polisi ditangkap di Bandung',
  'BANDUNG (ANTARA) - Polisi menangkap sopir Pajero berpelat dinas palsu yang menyalakan strobo di Jalan Layang Pasupati, Bandung.\n\n' +
  'Kapolrestabes Bandung Budi Sartono mengatakan sopir itu warga Tasikmalaya.\n\n' +
  'Presiden Prabowo Subianto sebelumnya meminta polisi menertibkan pelat palsu.');
const terms = extractTerms(open, 25);
const idf = (k: string) => (k.includes(' ') ? 5 : 2);

test('a same-day story of the same event beats an older one sharing one famous name', () => {
  const ref = Date.UTC(2025, 9, 20);
  const sameEvent = sourceFromText('Polisi selidiki pemilik Pajero berstrobo',
    'Polisi menyelidiki pemilik Pajero berpelat palsu yang viral di Jalan Layang Pasupati.\n\nBudi Sartono menyebut pemiliknya warga Tasikmalaya.');
  const famous = sourceFromText('Prabowo Subianto resmikan bendungan',
    'Presiden Prabowo Subianto meresmikan bendungan di Jawa Tengah.\n\nBendungan itu mengairi sawah.');
  const cos = (c: typeof sameEvent) => {
    const p = weighProfile(storyProfile(open), (s) => (['pajero', 'strobo', 'pasupati', 'tasikmalaya', 'pelat'].includes(s) ? 6 : 1.5));
    return profileCosine(p, contentStems([c.title, c.lead, ...c.body].join(' ')));
  };
  const a = scoreRelated(terms, sameEvent, idf, ref, ref, { cosine: cos(sameEvent) });
  const b = scoreRelated(terms, famous, idf, ref - 200 * DAY, ref, { cosine: cos(famous) });
  assert.ok(a.score > b.score, `${a.score} vs ${b.score}`);
  // The day alone counts: the same candidate a month away scores less than on the same day.
  const later = scoreRelated(terms, sameEvent, idf, ref - 30 * DAY, ref, { cosine: cos(sameEvent) });
  assert.ok(a.score > later.score * 1.2, `${a.score} vs ${later.score}`);
});

test('the vocabulary match raises shared names only: common words alone never overtake the named people', () => {
  const ref = Date.UTC(2025, 9, 20);
  const named = sourceFromText('Budi Sartono bicara soal keamanan', 'Kapolrestabes Bandung Budi Sartono berbicara soal keamanan kota.');
  const common = sourceFromText('Sopir ditangkap polisi', 'Polisi menangkap sopir yang menyalakan strobo di jalan layang.');
  const n = scoreRelated(terms, named, idf, ref, ref, { cosine: 0.05 });
  const c = scoreRelated(terms, common, idf, ref, ref, { cosine: 0.9 });
  const c0 = scoreRelated(terms, common, idf, ref, ref, { cosine: 0 });
  assert.ok(c.score > 0 && Math.abs(c.score - c0.score) < 1e-9, 'no names shared: the cosine changes nothing');
  const n0 = scoreRelated(terms, named, idf, ref, ref, { cosine: 0 });
  assert.ok(n.score > n0.score, 'names shared: the cosine raises the score');
  assert.ok(n.score > c.score, `${n.score} vs ${c.score}`);
});
