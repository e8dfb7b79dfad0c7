// Round trips: a cleaned story exported to JSON, NITF, NewsML-G2 and ninjs (and WXR), then read back through
// the import door (readStoryBytes) and the parser (parseRaw), keeps its headline, dateline,
// paragraphs, quotes' text, credits and Baca juga links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORTERS } from '../../core/export/index.ts';
import { cleanArticle } from '../../core/clean/index.ts';
import { reanalyze } from '../../core/parse/index.ts';
import type { Article } from '../../core/model/article.ts';
import { readStoryBytes } from '../../electron/services/import/read-file.ts';
import { toArticle } from '../../electron/services/import/to-article.ts';
import { FIXTURES, OPTIONS, loadFixture } from '../core/export/helpers.ts';
import { ANTARA } from '../core/clean/profiles.ts';

const FORMATS = ['json', 'nitf', 'newsml', 'ninjs'] as const;

/** What a round trip must keep, in comparable form. */
function essentials(a: Article) {
  return {
    headline: a.headline,
    place: a.dateline?.place ?? null,
    agency: a.dateline?.agency ?? null,
    paragraphs: a.paragraphs.filter((p) => p.role !== 'junk').map((p) => p.text),
    credits: a.credits,
    sourceCredits: a.sourceCredits,
    date: Date.parse(a.meta.date ?? ''),
    links: a.related.map((r) => [r.title, r.url]),
  };
}

/** The seven CMS fields a desk fills. */
const CMS_FIELDS = ['slug', 'section', 'tags', 'caption', 'embargo', 'priority', 'correctionOf'] as const;

async function roundTrip(article: Article, format: (typeof FORMATS)[number] | 'wxr'): Promise<Article> {
  const e = EXPORTERS[format];
  const bytes = new TextEncoder().encode(e.export(article, OPTIONS));
  const read = await readStoryBytes(bytes, `story.${e.extension}`);
  assert.equal(read.format, format);
  assert.equal(read.stories.length, 1);
  return toArticle(read.stories[0]);
}

for (const fixture of FIXTURES) {
  for (const format of FORMATS) {
    test(`round trip ${fixture} → ${format} → import`, async () => {
      const before = cleanArticle(loadFixture(fixture), ANTARA).article;
      const after = await roundTrip(before, format);
      const want = essentials(before);
      const got = essentials(after);
      assert.equal(got.headline, want.headline);
      assert.equal(got.place, want.place);
      // ninjs carries the dateline's agency as the infoSource in the `agency` role.
      assert.equal(got.agency, want.agency);
      assert.deepEqual(got.paragraphs, want.paragraphs);
      assert.deepEqual(got.credits, want.credits);
      // The agency is not a "Sumber:" credit, and the story's date is not the export time.
      assert.deepEqual(got.sourceCredits, want.sourceCredits);
      assert.equal(got.date, want.date);
      assert.deepEqual(got.links, want.links);
      // JSON keeps the quotes as they were (speakers and all); the other formats carry text, and the
      // parser finds the same quotes in it.
      if (format === 'json') assert.deepEqual(after.quotes, before.quotes);
      else assert.deepEqual(after.quotes.map((q) => q.text), reanalyze(before).quotes.map((q) => q.text));
      for (const q of before.quotes) assert.ok(after.quotes.some((x) => x.text === q.text), `quote lost: ${q.text}`);
    });
  }
}

test('round trip keeps all seven CMS fields in every format that has a place for them', async () => {
  const before = cleanArticle(loadFixture('every-role'), ANTARA).article;
  for (const k of CMS_FIELDS) assert.ok(before.meta[k] && before.meta[k] !== 'biasa' && String(before.meta[k]) !== '', `the fixture fills ${k}`);
  for (const format of ['nitf', 'newsml', 'ninjs', 'json', 'wxr'] as const) {
    const after = await roundTrip(before, format);
    const pick = (a: Article) => Object.fromEntries(CMS_FIELDS.map((k) => [k, k === 'embargo' ? Date.parse(a.meta.embargo ?? '') : a.meta[k]]));
    assert.deepEqual(pick(after), pick(before), format);
  }
});

test('JSON is lossless through the import door: the whole story comes back, editor edits included', async () => {
  for (const fixture of FIXTURES) {
    const before = structuredClone(loadFixture(fixture));
    // What only the editor knows and the parser could not find again: a paragraph marked junk by
    // hand, a speaker corrected by hand.
    const body = before.paragraphs.findIndex((p) => p.role === 'body');
    before.paragraphs[body] = { ...before.paragraphs[body], role: 'junk' };
    if (before.quotes[0]) before.quotes[0] = { ...before.quotes[0], speaker: { name: 'Mendag Budi', title: null } };
    before.provenance ??= { fileName: 'x.txt', format: 'txt', importedAt: '2026-11-25T08:00:00Z', sha256: '0'.repeat(64) };
    const after = await roundTrip(before, 'json');
    assert.deepEqual(after, before, fixture);
  }
});

// WXR need not round-trip, but the WordPress reader reads our drafts back whole. (Titles holding
// `&` or `<` are left out: WordPress titles are HTML, and the reader keeps their entities as text.)
for (const fixture of ['seed', 'every-role', 'no-quotes'] as const) {
  test(`round trip ${fixture} → wxr → import`, async () => {
    const before = cleanArticle(loadFixture(fixture), ANTARA).article;
    assert.deepEqual(essentials(await roundTrip(before, 'wxr')), essentials(before));
  });
}
