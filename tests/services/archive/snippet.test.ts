import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeSnippet, escapeHtml, oneEditVariants } from '../../../electron/services/archive/search.ts';
import { stem } from '../../../core/search/text.ts';

test('whatever the body holds, a snippet has no tag but <mark> and every mark wraps a match', () => {
  const piece = fc.oneof(fc.constantFrom('<script>', '</b>', '&amp;', '"', "'", 'kata', 'mengatakan', 'Banjir', ' ', '\n\n', '<mark>'), fc.string({ maxLength: 8 }));
  fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
    const body = parts.join(' ');
    const s = makeSnippet(body, new Set(['kata', 'banjir']), []);
    const tags = s.match(/<[^>]*>/g) ?? [];
    assert.ok(tags.every((t) => t === '<mark>' || t === '</mark>'), s);
    for (const m of s.matchAll(/<mark>(.*?)<\/mark>/g)) {
      for (const w of m[1].split(/\s+/)) assert.ok(['kata', 'banjir'].includes(stem(w.toLowerCase())), m[1]);
    }
  }), { numRuns: 300 });
});

test('the snippet starts near the first match and is cut with an ellipsis', () => {
  const body = Array.from({ length: 100 }, (_, i) => `kata${i}`).join(' ') + ' banjir besar melanda kota itu kemarin sore.';
  const s = makeSnippet(body, new Set(['banjir']), []);
  assert.match(s, /^… kata96 kata97 kata98 kata99 <mark>banjir<\/mark> besar/);
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('one-edit variants hold deletions, swaps, substitutions and insertions', () => {
  const v = oneEditVariants('banjir');
  for (const w of ['bajir', 'abnjir', 'banjer', 'banjiir']) assert.ok(v.has(w), w);
  assert.ok(!v.has('banjir') && !v.has('bnajri'));
});
