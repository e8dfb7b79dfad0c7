import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTerms, sourceFromText, stripDateline } from '../../../core/related/terms.ts';
import { scoreRelated } from '../../../core/related/score.ts';
import { isStopWord } from '../../../core/related/stopwords.ts';

const story = sourceFromText('Tito Karnavian minta daerah kendalikan inflasi',
  'JAKARTA (ANTARA) - Menteri Dalam Negeri Tito Karnavian meminta pemerintah daerah mengendalikan inflasi.\n\n' +
  'Selain itu, Tito meminta Badan Pusat Statistik (BPS) memantau harga setiap pekan. Inflasi di daerah diawasi.\n\n' +
  'Capaian itu dipuji. "Kita pantau terus," kata Tito di Jakarta.');

test('names, acronyms and key terms, with title and lead weighing most', () => {
  const t = extractTerms(story);
  const by = new Map(t.map((x) => [x.key, x]));
  assert.equal(by.get('tito karnavian')?.kind, 'name');
  assert.equal(by.get('tito karnavian')?.inTitle, true);
  assert.equal(by.get('bps')?.kind, 'acronym');
  assert.equal(by.get('badan pusat statistik')?.kind, 'name');
  assert.equal(by.get('inflasi')?.kind, 'term');
  assert.ok(by.get('inflasi')!.inTitle && by.get('inflasi')!.inLead);
  // Sentence openers are not names, role words are not part of names, the dateline is not a place.
  assert.ok(!by.has('capai') && !by.has('selain'));
  assert.ok(!t.some((x) => x.kind === 'name' && x.key.startsWith('menteri')));
  assert.ok(by.get('tito karnavian')!.weight > by.get('daerah')!.weight);
  assert.ok(!by.has('harga')); // a body word said once is no key term
});

test('stripDateline and stop words', () => {
  assert.equal(stripDateline('JAKARTA (ANTARA) - Isi berita.'), 'Isi berita.');
  assert.equal(stripDateline('Isi - berita.'), 'Isi - berita.');
  assert.ok(isStopWord('yang') && isStopWord('mengatakan') && !isStopWord('inflasi'));
});

test('scoring: shared names beat shared common words; title matches beat body matches; recency', () => {
  const terms = extractTerms(story);
  const idf = (k: string) => (k.includes(' ') || k === 'bps' ? 5 : 1);
  const names = scoreRelated(terms, sourceFromText('Tito Karnavian di Ambon', 'Tito Karnavian tiba di Ambon.'), idf, 0, 0);
  const common = scoreRelated(terms, sourceFromText('Harga di pasar', 'Pemerintah daerah memantau harga setiap pekan.'), idf, 0, 0);
  assert.ok(names.score > common.score, `${names.score} vs ${common.score}`);
  assert.deepEqual(names.shared.slice(0, 1), ['Tito Karnavian']);
  const inBody = scoreRelated(terms, sourceFromText('Kunjungan ke Ambon', 'Rombongan tiba.\n\nTito Karnavian ikut.'), idf, 0, 0);
  assert.ok(names.score > inBody.score);
  const old = scoreRelated(terms, sourceFromText('Tito Karnavian di Ambon', 'Tito Karnavian tiba di Ambon.'), idf, 0, 400 * 86_400_000);
  assert.ok(old.score < names.score);
  assert.deepEqual(scoreRelated(terms, sourceFromText('Cuaca', 'Cerah berawan.'), idf, 0, 0), { score: 0, shared: [] });
});
