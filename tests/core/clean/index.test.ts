import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanArticle, renderDateline } from '../../../core/clean/index.ts';
import type { Article } from '../../../core/model/article.ts';
import { loadFixture } from '../export/helpers.ts';
import { articleArb } from '../export/arbitrary.ts';
import { ANTARA, ANTARA_CURLY, DETIK, KOMPAS } from './profiles.ts';

/** A messy copy of the every-role story, as it arrives from a CMS paste. */
function messy(): Article {
  const a = loadFixture('every-role');
  a.paragraphs[0].text = 'JAKARTA (ANTARA) -  Pemerintah  menetapkan harga\nberas medium “Rp12.500” per kilogram.';
  a.lead = a.paragraphs[0].text.slice(a.dateline!.length);
  a.paragraphs[1].text = '  “Kami ingin harga tetap terjangkau bagi semua keluarga,”   kata menteri itu.  ';
  a.quotes[0] = { ...a.quotes[0], text: '“Kami ingin harga tetap terjangkau bagi semua keluarga,”', start: 2, end: 2 + '“Kami ingin harga tetap terjangkau bagi semua keluarga,”'.length };
  a.paragraphs[4].text = 'sumber : Kementerian Perdagangan';
  a.paragraphs[5].text = 'BACA JUGA - Petani minta harga gabah dinaikkan';
  a.paragraphs[7].text = '(Pewarta: Ahmad  Fauzi / Editor: Siti Rahma)';
  a.paragraphs[8].text = 'Editor : Siti Rahma';
  return a;
}

test('cleaning returns a new article and never mutates the original', () => {
  const original = messy();
  const snapshot = JSON.stringify(original);
  const { article } = cleanArticle(original, ANTARA);
  assert.equal(JSON.stringify(original), snapshot);
  assert.notEqual(article, original);
  assert.notEqual(article.paragraphs, original.paragraphs);
});

test('whitespace and line breaks normalized; quote offsets follow their text', () => {
  const { article, changes } = cleanArticle(messy(), ANTARA);
  assert.equal(article.paragraphs[0].text, 'JAKARTA (ANTARA) - Pemerintah menetapkan harga beras medium "Rp12.500" per kilogram.');
  assert.equal(article.paragraphs[1].text, '"Kami ingin harga tetap terjangkau bagi semua keluarga," kata menteri itu.');
  const q = article.quotes[0];
  assert.equal(article.paragraphs[q.paragraph].text.slice(q.start, q.end), '"Kami ingin harga tetap terjangkau bagi semua keluarga,"');
  assert.equal(q.text, '"Kami ingin harga tetap terjangkau bagi semua keluarga,"');
  assert.ok(changes.some((c) => c.kind === 'whitespace' && c.paragraph === 1));
  assert.ok(changes.some((c) => c.kind === 'quotes' && c.paragraph === 0));
});

test('quote marks follow the desk: straight or curly, consistently, headline included', () => {
  const a = messy();
  a.headline = 'Menteri: "Harga beras turun"';
  const straight = cleanArticle(a, ANTARA).article;
  const curly = cleanArticle(a, ANTARA_CURLY).article;
  const all = (x: Article) => [x.headline, ...x.paragraphs.map((p) => p.text)].join('\n');
  assert.doesNotMatch(all(straight), /[“”‘’]/);
  assert.doesNotMatch(all(curly), /"/);
  assert.equal(curly.headline, 'Menteri: “Harga beras turun”');
  assert.equal(curly.paragraphs[1].text, '“Kami ingin harga tetap terjangkau bagi semua keluarga,” kata menteri itu.');
});

test('the dateline takes the desk form; lead and dateline length stay consistent', () => {
  const cases: [typeof ANTARA, string, string][] = [
    [ANTARA, 'London (ANTARA) - ', 'London'],
    [KOMPAS, 'LONDON, ANTARA - ', 'LONDON'],
    [DETIK, 'London - ', 'London'],
  ];
  for (const [profile, prefix, place] of cases) {
    const { article } = cleanArticle(loadFixture('seed'), profile);
    const lead = article.paragraphs[0].text;
    assert.ok(lead.startsWith(prefix + 'Para menteri'), `${profile.id}: ${lead.slice(0, 30)}`);
    assert.equal(article.dateline!.length, prefix.length);
    assert.equal(article.dateline!.place, place);
    assert.equal(article.lead, lead.slice(prefix.length));
  }
  assert.equal(renderDateline('{place} ({agency}) - ', 'Kairo', null), 'Kairo - ');
  assert.equal(renderDateline('{PLACE}, {agency} - ', 'Kairo', null), 'KAIRO - ');
});

test('junk paragraphs removed; quotes and Baca juga links re-pointed at their paragraphs', () => {
  const before = loadFixture('seed');
  const { article, changes } = cleanArticle(before, ANTARA);
  assert.equal(article.paragraphs.length, before.paragraphs.length - 1);
  assert.ok(!article.paragraphs.some((p) => p.role === 'junk'));
  assert.deepEqual(changes.filter((c) => c.kind === 'junk').map((c) => c.after), [null]);
  for (const q of article.quotes) {
    const src = before.quotes.find((x) => x.text === q.text)!;
    assert.equal(article.paragraphs[q.paragraph].text.slice(q.start, q.end), before.paragraphs[src.paragraph].text.slice(src.start, src.end));
  }
  for (const r of article.related) {
    assert.equal(article.paragraphs[r.paragraph].role, 'related');
    assert.equal(article.paragraphs[r.paragraph].url, r.url);
  }
});

test('Baca juga lines: one form, links kept, unsafe links dropped, missing link records added', () => {
  const a = messy();
  a.related = [{ ...a.related[0], url: 'javascript:alert(1)' }];
  a.paragraphs[2].url = 'javascript:alert(1)';
  a.paragraphs[5].url = 'https://www.antaranews.com/berita/4400002/petani';
  const { article } = cleanArticle(a, ANTARA);
  const rel = article.paragraphs.filter((p) => p.role === 'related');
  assert.deepEqual(rel.map((p) => [p.text, p.url]), [
    ['Baca juga: Stok beras nasional aman hingga akhir tahun', null],
    ['Baca juga: Petani minta harga gabah dinaikkan', 'https://www.antaranews.com/berita/4400002/petani'],
  ]);
  assert.deepEqual(article.related.map((r) => [r.title, r.url, article.paragraphs[r.paragraph].role]), [
    ['Stok beras nasional aman hingga akhir tahun', null, 'related'],
    ['Petani minta harga gabah dinaikkan', 'https://www.antaranews.com/berita/4400002/petani', 'related'],
  ]);
});

test('credits normalized to one "Pewarta: …" / "Editor: …" line each, fields filled from the lines', () => {
  const a = messy();
  a.credits = { reporter: null, editor: null, translator: null };
  const { article, changes } = cleanArticle(a, ANTARA);
  assert.deepEqual(article.credits, { reporter: 'Ahmad Fauzi', editor: 'Siti Rahma', translator: null });
  assert.deepEqual(article.paragraphs.filter((p) => p.role === 'credit').map((p) => p.text), ['Pewarta: Ahmad Fauzi', 'Editor: Siti Rahma']);
  assert.ok(changes.some((c) => c.kind === 'credits'));
  const special = cleanArticle(loadFixture('special-chars'), ANTARA).article;
  assert.deepEqual(special.paragraphs.slice(-2).map((p) => p.text), ['Pewarta: Nur Aini', 'Editor: Budi Santoso']);
});

test('Sumber lines normalized', () => {
  const { article } = cleanArticle(messy(), ANTARA);
  assert.deepEqual(article.paragraphs.filter((p) => p.role === 'source-credit').map((p) => p.text), ['Sumber: Kementerian Perdagangan']);
});

test('the fixes hook applies the checks\' safe fixes last, and they are listed', () => {
  const fixes = (a: Article): Article => ({
    ...a,
    paragraphs: a.paragraphs.map((p) => ({ ...p, text: p.text.replace(/Rp (\d)/g, 'Rp$1') })),
  });
  const a = loadFixture('no-quotes');
  a.paragraphs[1].text = 'Kerugian ditaksir Rp 5.000.000 per rumah.';
  const { article, changes } = cleanArticle(a, ANTARA, { fixes });
  assert.equal(article.paragraphs[1].text, 'Kerugian ditaksir Rp5.000.000 per rumah.');
  assert.deepEqual(changes.filter((c) => c.kind === 'fixes').map((c) => [c.paragraph, c.after]), [[1, 'Kerugian ditaksir Rp5.000.000 per rumah.']]);
});

test('a clean story is left as it is', () => {
  const once = cleanArticle(loadFixture('seed'), ANTARA).article;
  const twice = cleanArticle(once, ANTARA);
  assert.deepEqual(twice.changes, []);
  assert.deepEqual(twice.article, once);
});

for (const profile of [ANTARA, ANTARA_CURLY, KOMPAS, DETIK]) {
  test(`property (${profile.id}): idempotent, never mutates, offsets stay inside their paragraphs`, () => {
    fc.assert(fc.property(articleArb, (article) => {
      const snapshot = JSON.stringify(article);
      const once = cleanArticle(article, profile);
      assert.equal(JSON.stringify(article), snapshot, 'input mutated');
      const twice = cleanArticle(once.article, profile);
      assert.deepEqual(twice.changes, [], 'second pass changed something');
      assert.equal(JSON.stringify(twice.article), JSON.stringify(once.article));
      const a = once.article;
      for (const q of a.quotes) {
        assert.ok(q.paragraph >= 0 && q.paragraph < a.paragraphs.length);
        assert.ok(q.start >= 0 && q.start <= a.paragraphs[q.paragraph].text.length);
      }
      for (const r of a.related) assert.equal(a.paragraphs[r.paragraph]?.role, 'related');
      assert.ok(!a.paragraphs.some((p) => p.role === 'junk'));
    }), { numRuns: 200 });
  });
}

test('a credit name whose quote mark sits by trimmed punctuation settles in one pass', () => {
  const seed = loadFixture('seed');
  const article: Article = { ...seed, credits: { ...seed.credits, reporter: "'/" } };
  const once = cleanArticle(article, ANTARA_CURLY).article;
  const twice = cleanArticle(once, ANTARA_CURLY).article;
  assert.equal(once.credits.reporter, '’');
  assert.equal(twice.credits.reporter, once.credits.reporter);
});

test('a quote mark inside the dateline keeps one form across cleans (found by the property test)', () => {
  const a = loadFixture('no-quotes');
  a.dateline = { place: 'Ambon', agency: "'", date: null, length: 'Ambon (ANTARA) - '.length };
  a.paragraphs[0].text = 'Ambon (ANTARA) - ' + a.paragraphs[0].text.replace(/^.*? - /, '');
  const once = cleanArticle(a, ANTARA_CURLY);
  assert.match(once.article.paragraphs[0].text, /^Ambon \(‘\) - /);
  assert.deepEqual(cleanArticle(once.article, ANTARA_CURLY).changes, []);
});
