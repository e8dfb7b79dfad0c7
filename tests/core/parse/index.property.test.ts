// Property-based tests (fast-check): the parser never throws, and the text always comes back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseRaw, parseText, reanalyze, recoverOriginal } from '../../../core/parse/index.ts';

// Pieces of wire copy, so random stories hit datelines, quotes, cues and footers, not only noise.
const PIECES = [
  'Jakarta (ANTARA) - ', 'JAKARTA, KOMPAS.com - ', 'Jakarta - ', 'PARIS, 25 Nov (AFP) - ', '"', '“', '”', ',” kata ',
  '," ujar ', 'katanya.', 'Menurut dia, ', 'Menteri Keuangan Sri Wahyuni', 'Rutte', ' mengatakan, ', 'Baca juga: ',
  'Sumber: Anadolu', 'Pewarta: Ani', 'Editor: Budi', 'COPYRIGHT © ANTARA 2026', 'ADVERTISEMENT', '\n', '\n\n', '\r\n',
  '\r\n\r\n', ' ', '\u00a0', '.', ',', '(', ')', 'Presiden', 'dia', 'bahwa ', 'harga beras naik', '🙂', '\u200b', '\ud800',
];
const wireText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 40 })
  .map((xs) => xs.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), wireText);

test('parseText never throws and recoverOriginal gives back exactly the input', () => {
  fc.assert(fc.property(anyText, (t) => {
    const a = parseText(t);
    assert.equal(recoverOriginal(a), t);
  }), { numRuns: 1500 });
});

test('every quote range lies in its paragraph, every role is known, the lead is the lead text', () => {
  fc.assert(fc.property(wireText, (t) => {
    const a = parseText(t);
    for (const q of a.quotes) {
      const p = a.paragraphs[q.paragraph];
      assert.ok(p, 'quote paragraph exists');
      const last = a.paragraphs[q.endParagraph ?? q.paragraph];
      assert.ok(q.start >= 0 && q.start <= p.text.length);
      assert.ok(q.end >= 0 && q.end <= last.text.length);
      if (q.endParagraph === undefined) assert.equal(p.text.slice(q.start, q.end), q.text);
    }
    const lead = a.paragraphs.findIndex((p) => p.role === 'lead');
    if (lead >= 0) assert.ok(a.paragraphs[lead].text.endsWith(a.lead));
    if (a.dateline) assert.ok(a.dateline.length > 0);
  }), { numRuns: 800 });
});

test('reanalyze never throws, does not mutate, and is stable on an unedited article', () => {
  fc.assert(fc.property(wireText, (t) => {
    const a = parseText(t);
    const before = JSON.stringify(a);
    const b = reanalyze(a);
    assert.equal(JSON.stringify(a), before);
    assert.deepEqual(b.quotes, a.quotes);
    assert.deepEqual(b.related, a.related);
    assert.equal(recoverOriginal(b), t);
  }), { numRuns: 500 });
});

// Structured readers hand parseRaw paragraphs and markup fields; random ones must never make it throw.
const rawStory = fc.record({
  format: fc.constantFrom('nitf', 'newsml', 'ninjs', 'rss', 'html'),
  paragraphs: fc.array(wireText, { maxLength: 8 }),
  headline: fc.option(fc.string(), { nil: null }),
  dateline: fc.option(fc.record({ place: fc.option(fc.string(), { nil: null }), agency: fc.option(fc.constantFrom('ANTARA', 'Reuters', 'KOMPAS.com', ''), { nil: null }), date: fc.option(fc.string(), { nil: null }) }), { nil: null }),
  credits: fc.option(fc.record({ reporter: fc.option(fc.string(), { nil: null }), editor: fc.option(fc.string(), { nil: null }) }), { nil: undefined }),
  links: fc.array(fc.record({ title: fc.string(), url: fc.constant('https://contoh.example/a') }), { maxLength: 3 }),
});

test('parseRaw never throws on random structured stories; a dateline with a length is the text\'s own', () => {
  fc.assert(fc.property(rawStory, (raw) => {
    const a = parseRaw(raw);
    const lead = a.paragraphs.findIndex((p) => p.role === 'lead');
    if (a.dateline && a.dateline.length > 0) {
      assert.ok(lead >= 0, 'a text dateline sits on the lead');
      assert.ok(a.paragraphs[lead].text.length >= a.dateline.length);
    }
    for (const r of a.related) assert.ok(a.paragraphs[r.paragraph], 'a related link points at a paragraph');
  }), { numRuns: 600 });
});
