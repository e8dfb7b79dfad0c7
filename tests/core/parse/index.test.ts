import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRaw, parseText, reanalyze, recoverOriginal, SOURCE_PROFILES } from '../../../core/parse/index.ts';
import type { Article } from '../../../core/model/article.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const seedText = fixture('antara-nato-brussel.txt');

test('seed story: dateline London / ANTARA, no headline, the lead', () => {
  const a = parseText(seedText);
  assert.equal(a.headline, null);
  assert.deepEqual(
    { place: a.dateline?.place, agency: a.dateline?.agency, agencyId: a.dateline?.agencyId },
    { place: 'London', agency: 'ANTARA', agencyId: 'antara' },
  );
  assert.equal(a.paragraphs[0].role, 'lead');
  assert.equal(a.paragraphs[0].text.slice(0, a.dateline!.length), 'London (ANTARA) - ');
  assert.ok(a.lead.startsWith('Para menteri pertahanan negara-negara anggota'));
  assert.equal(a.language, 'id');
});

test('seed story: three direct quotes and "Menurut dia", all Mark Rutte, Sekretaris Jenderal NATO', () => {
  const a = parseText(seedText);
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 3);
  assert.deepEqual(direct.map((q) => q.cue), ['ujar', 'katanya', 'kata']);
  const menurut = a.quotes.find((q) => q.kind === 'indirect' && q.cue === 'Menurut');
  assert.ok(menurut, 'the "Menurut dia" attribution');
  assert.ok(menurut.text.startsWith('fokus tersebut perlu diperhatikan'));
  for (const q of [...direct, menurut]) {
    assert.equal(q.speaker?.name, 'Mark Rutte');
    assert.equal(q.speaker?.title, 'Sekretaris Jenderal NATO');
    assert.equal(q.speaker?.resolved, 'Sekretaris Jenderal NATO Mark Rutte');
  }
  // Ranges are indices into the paragraph text.
  for (const q of direct) assert.equal(a.paragraphs[q.paragraph].text.slice(q.start, q.end), q.text);
  assert.ok(direct[0].text.startsWith('"Ukraina akan menjadi anggota NATO'));
});

test('seed story: source credit, two Baca juga lines, the scraped headline is junk', () => {
  const a = parseText(seedText);
  assert.deepEqual(a.sourceCredits, ['Anadolu']);
  assert.deepEqual(a.related.map((r) => r.title), [
    'NATO peringatkan musim dingin terberat bagi Ukraina akibat perang',
    'Menlu Hongaria: Ukraina masuk NATO dapat berujung ke Perang Dunia III',
  ]);
  for (const r of a.related) assert.equal(a.paragraphs[r.paragraph].role, 'related');
  const last = a.paragraphs[a.paragraphs.length - 1];
  assert.equal(last.text, 'Didukung Ceko, Presiden Ukraina minta kejelasan keanggotaan di NATO');
  assert.equal(last.role, 'junk');
  assert.deepEqual(a.paragraphs.map((p) => p.role).filter((r) => r !== 'body'),
    ['lead', 'source-credit', 'related', 'related', 'junk']);
  assert.equal(recoverOriginal(a), seedText);
});

test('a clear headline line above the dateline is the headline, and the text still comes back', () => {
  const text = 'Maluku siapkan tiga kapal tambahan untuk mudik Natal\n\nAmbon (ANTARA) - Pemerintah Provinsi Maluku menyiapkan tiga kapal.\n\nKapal pertama berangkat pekan depan.';
  const a = parseText(text);
  assert.equal(a.headline, 'Maluku siapkan tiga kapal tambahan untuk mudik Natal');
  assert.equal(a.dateline?.place, 'Ambon');
  assert.equal(a.paragraphs[0].role, 'lead');
  assert.equal(recoverOriginal(a), text);
});

test('a short first sentence without a period is not taken for a headline when nothing says so', () => {
  const a = parseText('Harga cabai turun\nPedagang di pasar mengaku lega.');
  assert.equal(a.headline, null);
});

test('CRLF copy parses the same and comes back byte for byte', () => {
  const text = fixture('parse/crlf.txt');
  const a = parseText(text);
  assert.equal(a.dateline?.place, 'Kupang');
  assert.deepEqual(a.paragraphs.map((p) => p.role), ['lead', 'body', 'credit']);
  assert.equal(a.credits.reporter, 'Maria Goreti');
  assert.equal(recoverOriginal(a), text);
});

test('detik copy with one paragraph per line: place without agency, ads and video footer are junk', () => {
  const a = parseText(fixture('parse/detik.txt'));
  assert.deepEqual(a.dateline && { place: a.dateline.place, agency: a.dateline.agency }, { place: 'Jakarta', agency: null });
  assert.deepEqual(a.paragraphs.map((p) => p.role), ['lead', 'body', 'body', 'body', 'junk', 'junk', 'body', 'junk']);
  const q = a.quotes.filter((x) => x.kind === 'direct');
  assert.deepEqual(q.map((x) => x.speaker?.name), ['Maya Rosalina', 'Maya Rosalina']);
  assert.equal(q[0].speaker?.title, 'Kepala Dinas Koperasi DKI Jakarta');
});

test('English ANTARA copy: language, said-quotes, Related news, credits and copyright', () => {
  const a = parseText(fixture('parse/antara-english.txt'));
  assert.equal(a.language, 'en');
  assert.deepEqual(a.paragraphs.map((p) => p.role), ['lead', 'body', 'body', 'related', 'credit', 'credit', 'copyright']);
  assert.deepEqual(a.related.map((r) => r.title), ['Indonesia to build 500 new kitchens for school meals']);
  assert.deepEqual(a.credits, { reporter: 'Rina Marlina', editor: 'Bambang Santoso', translator: null });
  const d = a.quotes.find((q) => q.kind === 'direct');
  assert.equal(d?.cue, 'said');
  assert.equal(d?.speaker?.name, 'Hana Prasetyo');
});

test('parseText carries the provenance it is given', () => {
  const provenance = { fileName: 'x.txt', format: 'txt', importedAt: '2026-11-25T00:00:00Z', sha256: 'ab' };
  assert.deepEqual(parseText('Jakarta (ANTARA) - Isi.', { provenance }).provenance, provenance);
});

test('a desk profile is tried before the built-in ones', () => {
  const profiles = [{ id: 'suara', label: 'Suara Kita', dateline: String.raw`^(?<place>\p{Lu}+)\s*\/\s*(?<agency>SK)\s*-\s*` }];
  const a = parseText('MEDAN / SK - Banjir surut.', { profiles });
  assert.deepEqual(a.dateline && { place: a.dateline.place, agency: a.dateline.agency, agencyId: a.dateline.agencyId },
    { place: 'MEDAN', agency: 'SK', agencyId: 'suara' });
  assert.ok(SOURCE_PROFILES.some((p) => p.id === 'antara'));
});

test('parseRaw: text when given, else paragraphs; the reader\'s fields win; links attach by title', () => {
  const fromText = parseRaw({ format: 'txt', text: seedText, paragraphs: [] });
  assert.equal(fromText.dateline?.place, 'London');
  assert.equal(recoverOriginal(fromText), seedText);

  const a = parseRaw({
    format: 'nitf',
    headline: 'Stok beras aman',
    paragraphs: ['JAKARTA, KOMPAS.com - Stok beras aman.', '"Kami tidak impor," kata Kepala Bapanas Arief Santoso.', 'Baca juga: Harga Beras Turun', '  '],
    links: [{ title: 'Harga Beras Turun', url: 'https://example.id/harga-beras' }],
    credits: { editor: 'Dina' },
    sourceCredits: ['Bapanas'],
    meta: { section: 'Ekonomi', tags: ['beras'] },
    language: 'id',
  });
  assert.equal(a.headline, 'Stok beras aman');
  assert.equal(a.paragraphs.length, 3);
  assert.equal(a.dateline?.agency, 'KOMPAS.com');
  assert.equal(a.related[0].url, 'https://example.id/harga-beras');
  assert.equal(a.paragraphs[2].url, 'https://example.id/harga-beras');
  assert.equal(a.credits.editor, 'Dina');
  assert.deepEqual(a.sourceCredits, ['Bapanas']);
  assert.equal(a.meta.section, 'Ekonomi');
  assert.equal(a.meta.priority, 'biasa');
  assert.equal(a.quotes[0].speaker?.name, 'Arief Santoso');
  assert.equal(a.layout, null);

  const b = parseRaw({ format: 'ninjs', paragraphs: ['Isi berita tanpa dateline.'], dateline: { place: 'Paris', agency: 'AFP', date: '25 Nov' } });
  assert.deepEqual(b.dateline, { place: 'Paris', agency: 'AFP', date: '25 Nov', agencyId: 'afp', length: 0 });
});

test('reanalyze keeps the editor\'s texts and roles, finds the rest again, and does not mutate', () => {
  const a = parseText(seedText);
  const frozen = JSON.stringify(a);
  const edited: Article = structuredClone(a);
  // The editor rewrites a quote's cue and marks the scraped headline as body.
  edited.paragraphs[4].text = edited.paragraphs[4].text.replace('ujar Rutte', 'kata Umerov');
  edited.paragraphs[edited.paragraphs.length - 1].role = 'body';
  edited.paragraphs[13].text = 'Sumber: Reuters';
  const b = reanalyze(edited);
  assert.equal(JSON.stringify(a), frozen);
  assert.equal(b.paragraphs[4].text, edited.paragraphs[4].text);
  assert.equal(b.paragraphs[b.paragraphs.length - 1].role, 'body');
  assert.deepEqual(b.sourceCredits, ['Reuters']);
  const q = b.quotes.find((x) => x.paragraph === 4);
  assert.equal(q?.cue, 'kata');
  assert.equal(q?.speaker?.name, 'Rustem Umerov');
  assert.equal(q?.speaker?.title, 'Menteri Pertahanan Ukraina');
  assert.equal(b.dateline?.place, 'London');
  assert.equal(b.lead, a.lead);
  assert.notEqual(b.paragraphs, edited.paragraphs);
});

test('reanalyze after the dateline is edited out: no dateline, whole lead', () => {
  const a = parseText(seedText);
  const edited: Article = structuredClone(a);
  edited.paragraphs[0].text = 'Para menteri pertahanan berkumpul.';
  const b = reanalyze(edited);
  assert.equal(b.dateline, null);
  assert.equal(b.lead, 'Para menteri pertahanan berkumpul.');
});

test('recoverOriginal without a layout joins paragraphs with blank lines', () => {
  const a = parseRaw({ format: 'html', headline: 'Judul', paragraphs: ['Satu.', 'Dua.'] });
  assert.equal(recoverOriginal(a), 'Judul\n\nSatu.\n\nDua.');
});

test('empty and blank text parse to an empty story and come back', () => {
  for (const t of ['', '   ', '\n\n\r\n']) {
    const a = parseText(t);
    assert.deepEqual(a.paragraphs, []);
    assert.equal(a.dateline, null);
    assert.equal(a.lead, '');
    assert.equal(recoverOriginal(a), t);
  }
});
