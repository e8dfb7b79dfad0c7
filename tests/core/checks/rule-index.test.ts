// The build fails when a rule in RULES lacks its test file or its docs (ESLint's checkRuleFiles).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../../core/checks/index.ts';
import { checkRuleMeta } from '../../../core/checks/rule-tester.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const REQUIRED = [
  'structure/headline-missing', 'structure/dateline-malformed', 'structure/lead-too-long', 'structure/credits-missing', 'structure/junk',
  'structure/baca-juga-placement', 'attribution/quote-without-speaker', 'attribution/first-mention-without-title', 'attribution/vague-source',
  'attribution/name-inconsistent', 'language/rupiah', 'language/non-standard-word', 'language/spelling', 'language/currency-conversion',
];

test('every rule has its module file, its test file with valid and invalid cases, and docs', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    assert.ok(existsSync(path.join(root, 'core/checks', `${id}.ts`)), `${id}: core/checks/${id}.ts`);
    const testFile = path.join(root, 'tests/core/checks', `${id}.test.ts`);
    assert.ok(existsSync(testFile), `${id}: missing tests/core/checks/${id}.test.ts`);
    const src = readFileSync(testFile, 'utf8');
    // `\b` so that `invalid: [` alone does not pass for the valid cases.
    assert.match(src, /\bvalid:\s*\[/, `${id}: no valid cases`);
    assert.match(src, /\binvalid:\s*\[/, `${id}: no invalid cases`);
    assert.ok(src.includes(`'${id}'`), `${id}: the test file does not run this rule`);
    assert.doesNotThrow(() => checkRuleMeta(rule), `${id}: docs or messages incomplete`);
  }
});

test('every rule file under core/checks/<category>/ is listed in RULES, once', () => {
  const ids = RULES.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
  for (const cat of ['structure', 'attribution', 'language', 'ethics']) {
    for (const f of readdirSync(path.join(root, 'core/checks', cat))) {
      assert.ok(ids.includes(`${cat}/${f.replace(/\.ts$/, '')}`), `${cat}/${f} is not in RULES`);
    }
  }
});

test('the rule ids automation relies on exist with their severities and fixability', () => {
  const byId = new Map(RULES.map((r) => [r.meta.id, r.meta]));
  for (const id of REQUIRED) assert.ok(byId.has(id), id);
  assert.equal(byId.get('structure/headline-missing')!.severity, 'error');
  assert.equal(byId.get('structure/dateline-malformed')!.fixable, true);
  assert.equal(byId.get('language/rupiah')!.fixable, true);
  assert.equal(byId.get('language/non-standard-word')!.fixable, true);
  assert.notEqual(byId.get('language/spelling')!.severity, 'error');
  for (const r of RULES) if (r.meta.category === 'ethics') assert.ok(!r.meta.fixable, `${r.meta.id}: ethics rules never edit`);
});
