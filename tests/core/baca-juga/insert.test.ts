// Baca juga insertion keeps its own rules whatever the story and however many links are asked for:
// the placement check (structure/baca-juga-placement) stays silent on the output, links that do not
// fit are handed back with a reason, and nothing of the story is lost or reordered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { insertBacaJuga, type LinkToInsert } from '../../../core/baca-juga/insert.ts';
import { runChecks } from '../../../core/checks/index.ts';
import placement from '../../../core/checks/structure/baca-juga-placement.ts';
import type { Paragraph } from '../../../core/model/article.ts';
import { antara, makeArticle } from '../checks/make-article.ts';

const links = (n: number): LinkToInsert[] => Array.from({ length: n }, (_, i) => ({ title: `Tautan ${i + 1}`, url: `https://x.test/${i + 1}` }));
const shape = (ps: Paragraph[]) => ps.map((p) => (p.role === 'related' ? `BJ(${p.text.slice(11)})` : p.role)).join(' ');
const placementFindings = (a: ReturnType<typeof makeArticle>, profile = antara) => runChecks(a, profile, {}, [placement]);

test('three links into a lead and four body paragraphs: spacing tightens, never stacked, never last', () => {
  const a = makeArticle('# J\n\nBrussel (ANTARA) - Teras.\n\nDua.\n\nTiga.\n\nEmpat.\n\nLima.\n\nPewarta: Andi');
  const { article, declined } = insertBacaJuga(a, links(3), { bacaJugaAfter: 2, bacaJugaEvery: 4, bacaJugaMax: 3 });
  assert.equal(shape(article.paragraphs), 'lead body BJ(Tautan 1) body BJ(Tautan 2) body BJ(Tautan 3) body credit');
  assert.deepEqual(declined, []);
  assert.deepEqual(placementFindings(article), []);
});

test('more links than places: the extra ones are handed back as no-slot, not stacked at the end', () => {
  const a = makeArticle('# J\n\nBrussel (ANTARA) - Teras.\n\nDua.\n\nTiga.\n\nPewarta: Andi');
  const { article, declined } = insertBacaJuga(a, links(3), { bacaJugaAfter: 2, bacaJugaEvery: 4, bacaJugaMax: 5 });
  assert.equal(shape(article.paragraphs), 'lead body BJ(Tautan 1) body credit');
  assert.deepEqual(declined.map((d) => [d.title, d.reason]), [['Tautan 2', 'no-slot'], ['Tautan 3', 'no-slot']]);
});

test('a lead and one body paragraph has no place at all: every link comes back', () => {
  const a = makeArticle('# J\n\nBrussel (ANTARA) - Teras.\n\nDua.');
  const { article, declined } = insertBacaJuga(a, links(1), antara);
  assert.equal(article.paragraphs.length, 2);
  assert.deepEqual(declined.map((d) => d.reason), ['no-slot']);
});

test('past the desk maximum (existing links count): the rest come back as max; a link already there as linked', () => {
  const a = makeArticle('# J\n\nBrussel (ANTARA) - Teras.\n\nDua.\n\nBaca juga: Lama\n\nTiga.\n\nEmpat.\n\nLima.\n\nEnam.\n\nTujuh.\n\nDelapan.');
  a.paragraphs[2].url = 'https://x.test/1';
  const { article, declined } = insertBacaJuga(a, links(4), { bacaJugaAfter: 2, bacaJugaEvery: 2, bacaJugaMax: 2 });
  assert.deepEqual(declined.map((d) => [d.title, d.reason]), [['Tautan 1', 'linked'], ['Tautan 3', 'max'], ['Tautan 4', 'max']]);
  assert.equal(article.paragraphs.filter((p) => p.role === 'related').length, 2);
  assert.deepEqual(placementFindings(article), []);
});

test('the desk positions come first when there is room: after the 2nd paragraph, then every 4th', () => {
  const a = makeArticle('# J\n\n' + ['Brussel (ANTARA) - Teras.', ...Array.from({ length: 11 }, (_, i) => `P${i + 2}.`)].join('\n\n'));
  const { article } = insertBacaJuga(a, links(3), { bacaJugaAfter: 2, bacaJugaEvery: 4, bacaJugaMax: 3 });
  const at = article.paragraphs.flatMap((p, i) => (p.role === 'related' ? [i] : []));
  // After story paragraphs 2, 6 and 10 (each earlier link shifts the later ones by one).
  assert.deepEqual(at, [2, 7, 12]);
});

const storyArb = fc.record({
  body: fc.integer({ min: 0, max: 14 }),
  // Existing links, each after a story paragraph (by position) — only inputs the check accepts are kept.
  existing: fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { maxLength: 3 }),
  credit: fc.boolean(),
  junkAt: fc.option(fc.integer({ min: 1, max: 14 })),
  links: fc.integer({ min: 0, max: 8 }),
  after: fc.integer({ min: 1, max: 6 }),
  every: fc.integer({ min: 1, max: 6 }),
  max: fc.integer({ min: 1, max: 6 }),
});

test('property: whatever the story and the number of links, the placement check stays silent and nothing is lost', () => {
  fc.assert(fc.property(storyArb, (s) => {
    const parts = ['Brussel (ANTARA) - Teras.'];
    for (let i = 1; i <= s.body; i++) {
      parts.push(`Paragraf ${i + 1}.`);
      if (s.existing.includes(i + 1) && i < s.body) parts.push(`Baca juga: Lama ${i + 1}`);
      if (s.junkAt === i) parts.push('!! SCROLL TO CONTINUE');
    }
    if (s.credit) parts.push('Pewarta: Andi');
    const a = makeArticle('# J\n\n' + parts.join('\n\n'));
    const profile = { ...antara, bacaJugaAfter: s.after, bacaJugaEvery: s.every, bacaJugaMax: s.max };
    fc.pre(placementFindings(a, profile).length === 0);
    const asked = links(s.links);
    const { article, declined } = insertBacaJuga(a, asked, profile);
    assert.deepEqual(placementFindings(article, profile), [], shape(article.paragraphs));
    const added = article.paragraphs.filter((p) => p.role === 'related' && p.url?.startsWith('https://x.test/'));
    assert.equal(added.length + declined.length, asked.length, 'every link is either inserted or handed back');
    assert.deepEqual(added.map((p) => p.url), asked.filter((l) => !declined.some((d) => d.url === l.url)).map((l) => l.url), 'in the order given');
    assert.deepEqual(article.paragraphs.filter((p) => !added.includes(p)), a.paragraphs, 'the story itself untouched');
    // Declined only when really full: at the maximum, or no free place left.
    if (declined.some((d) => d.reason === 'no-slot')) {
      const again = insertBacaJuga(article, links(1).map((l) => ({ ...l, url: 'https://x.test/extra' })), { ...profile, bacaJugaMax: 99 });
      assert.deepEqual(again.declined.map((d) => d.reason), ['no-slot'], 'a no-slot decline left a free place unused');
    }
  }), { numRuns: 400 });
});
