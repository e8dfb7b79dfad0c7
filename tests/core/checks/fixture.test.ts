// A story written with the desk's common faults (tests/fixtures/checks/faulty-story.txt), through
// the parser: the faults are found, the safe fixes apply as one step, and a second pass finds no
// fix left to make. Plus a desk profile JSON as a desk would import it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseText, reanalyze } from '../../../core/parse/index.ts';
import { applyFixes, runChecks } from '../../../core/checks/index.ts';
import { validateProfile } from '../../../core/profiles/index.ts';
import { antara } from './make-article.ts';

const text = readFileSync(new URL('../../fixtures/checks/faulty-story.txt', import.meta.url), 'utf8');
const now = new Date('2026-11-24T00:00:00Z');

test('the faulty story: each planted fault is reported', () => {
  const article = parseText(text);
  const findings = runChecks(article, antara, { now });
  const ids = new Set(findings.map((f) => f.ruleId));
  for (const id of [
    'structure/dateline-malformed', 'language/rupiah', 'structure/whitespace', 'language/time-format', 'language/weekday-date',
    'attribution/quote-without-speaker', 'language/non-standard-word', 'attribution/vague-source', 'language/para',
    'language/repeated-word', 'language/kpst', 'structure/junk', 'structure/credits-missing',
  ]) assert.ok(ids.has(id), `${id} not reported; got ${[...ids].join(', ')}`);
  assert.ok(findings.some((f) => f.severity === 'error'), 'the quote without a speaker is an error');
});

test('the safe fixes apply in one step; checking again leaves no fix to make', () => {
  const article = parseText(text);
  const fixed = reanalyze(applyFixes(article, runChecks(article, antara, { now })));
  const lead = fixed.paragraphs.find((p) => p.role === 'lead')!.text;
  assert.ok(lead.startsWith('Surabaya (ANTARA) - Pemerintah Kota Surabaya menyiapkan anggaran Rp12,5 miliar untuk memperbaiki jalan rusak di lima kecamatan'), lead);
  const all = fixed.paragraphs.map((p) => p.text).join('\n');
  for (const gone of ['pukul 09:00', 'menghimbau', 'resiko', 'yang yang', 'mempengaruhi', 'SCROLL TO CONTINUE']) assert.ok(!all.includes(gone), gone);
  for (const kept of ['pukul 09.00 WIB', 'mengimbau', 'risiko', 'memengaruhi']) assert.ok(all.includes(kept), kept);
  const again = runChecks(fixed, antara, { now });
  assert.deepEqual(again.filter((f) => f.fix).map((f) => f.ruleId), []);
});

test('a desk profile exported as JSON imports and drives the checks', () => {
  const json = JSON.parse(readFileSync(new URL('../../fixtures/checks/desk-profile.json', import.meta.url), 'utf8'));
  const desk = validateProfile(json);
  assert.equal(desk.id, 'desk-jatim');
  const findings = runChecks(parseText(text), desk, { now });
  assert.ok(!findings.some((f) => f.ruleId === 'structure/headline-starts-with-verb'));
  assert.ok(findings.some((f) => f.ruleId === 'language/non-standard-word'));
});
