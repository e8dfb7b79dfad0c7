// Property-based tests for the checks: on arbitrary copy (parsed text and hand-built articles with
// hostile markup and odd offsets) no rule throws, every finding points inside its paragraph, the
// article is never mutated, and applying every fix never throws and leaves plain strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, runChecks } from '../../../core/checks/index.ts';
import { parseText, reanalyze } from '../../../core/parse/index.ts';
import { BUILTIN_PROFILES } from '../../../core/profiles/index.ts';
import type { Article } from '../../../core/model/article.ts';
import type { Finding } from '../../../core/model/finding.ts';
import { articleArb, HOSTILE } from '../export/arbitrary.ts';

const WORDS = ['Jakarta', '(ANTARA)', '-', 'kata', 'Rutte', '"Kami', 'siap,"', 'ujarnya.', 'Rp', '5.000', 'pukul', '10:00', 'WIB', 'para', 'negara', 'di', 'tulis', 'resiko', 'Baca juga:', 'Pewarta:', 'menhan', 'Kamis', '(25/11)', '\n\n', '\n', ' ', '…', '"', '(', ')'];
const copyArb = fc.array(fc.oneof(fc.constantFrom(...WORDS, ...HOSTILE), fc.string({ maxLength: 12 })), { maxLength: 80 }).map((xs) => xs.join(' '));

function inBounds(a: Article, f: Finding): void {
  if (f.paragraph >= 0) {
    const len = a.paragraphs[f.paragraph]?.text.length;
    assert.ok(len !== undefined, `${f.ruleId}: paragraph ${f.paragraph} does not exist`);
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= len, `${f.ruleId}: range ${f.start}-${f.end} outside 0-${len}`);
  }
  assert.ok(f.message && !/\{\{/.test(f.message), `${f.ruleId}: message "${f.message}"`);
}

for (const profile of BUILTIN_PROFILES) {
  test(`property (${profile.id}): checks never throw on parsed copy, findings stay in range, fixes apply`, () => {
    fc.assert(fc.property(copyArb, (text) => {
      const article = parseText(text);
      const snapshot = JSON.stringify(article);
      const findings = runChecks(article, profile, { now: new Date('2026-11-25T03:00:00Z') });
      assert.equal(JSON.stringify(article), snapshot, 'article mutated');
      for (const f of findings) inBounds(article, f);
      const fixed = reanalyze(applyFixes(article, findings.filter((f) => f.fix)));
      assert.ok(fixed.paragraphs.every((p) => typeof p.text === 'string'));
    }), { numRuns: 150 });
  });
}

test('property: checks never throw on hand-built articles with hostile text and odd offsets', () => {
  fc.assert(fc.property(articleArb, (article) => {
    const findings = runChecks(article, BUILTIN_PROFILES[0], { locale: 'en' });
    for (const f of findings) assert.equal(typeof f.ruleId, 'string');
    applyFixes(article, findings.filter((f) => f.fix));
  }), { numRuns: 150 });
});
