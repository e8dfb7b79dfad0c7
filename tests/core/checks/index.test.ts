import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, formatMessage, runChecks, RULES } from '../../../core/checks/index.ts';
import { antara, kompas, makeArticle, serialize } from './make-article.ts';

const story = '# NATO bahas Ukraina\n\nLondon(ANTARA)- Harga Rp 5.000 naik  tajam pada pukul 10:00 WIB.\n\nPemerintah menghimbau warga.\n\nPewarta: Y\n\nEditor: A';

test('findings come sorted by paragraph, then start', () => {
  const f = runChecks(makeArticle(story), antara);
  assert.ok(f.length >= 5);
  for (let i = 1; i < f.length; i++) assert.ok(f[i - 1].paragraph < f[i].paragraph || (f[i - 1].paragraph === f[i].paragraph && f[i - 1].start <= f[i].start), `order at ${i}`);
  assert.deepEqual(new Set(f.map((x) => x.ruleId)), new Set(['structure/dateline-malformed', 'language/rupiah', 'structure/whitespace', 'language/time-format', 'language/non-standard-word']));
});

test('messages are Indonesian by default and English on request', () => {
  const a = makeArticle(story);
  const id = runChecks(a, antara).find((f) => f.ruleId === 'language/rupiah')!;
  const en = runChecks(a, antara, { locale: 'en' }).find((f) => f.ruleId === 'language/rupiah')!;
  assert.equal(id.message, 'Tulis "Rp5.000", bukan "Rp 5.000".');
  assert.equal(en.message, 'Write "Rp5.000", not "Rp 5.000".');
  assert.equal(formatMessage({ id: 'a {{x}} b', en: '' }, 'id', {}), 'a {{x}} b');
});

test('a profile turns rules off and changes their severity', () => {
  const a = makeArticle(story);
  const off = runChecks(a, { ...antara, rules: { 'language/rupiah': { enabled: false }, 'language/time-format': { severity: 'error' } } });
  assert.ok(!off.some((f) => f.ruleId === 'language/rupiah'));
  assert.equal(off.find((f) => f.ruleId === 'language/time-format')!.severity, 'error');
  assert.ok(!runChecks(a, kompas).some((f) => f.ruleId === 'language/rupiah'), 'Kompas writes Rp 5.000');
});

test('applyFixes applies every safe fix, right to left, without touching the input', () => {
  const a = makeArticle(story);
  const before = JSON.stringify(a);
  const fixed = applyFixes(a, runChecks(a, antara));
  assert.equal(JSON.stringify(a), before);
  assert.equal(serialize(fixed), '# NATO bahas Ukraina\n\nLondon (ANTARA) - Harga Rp5.000 naik tajam pada pukul 10.00 WIB.\n\nPemerintah mengimbau warga.\n\nPewarta: Y\n\nEditor: A');
  // Running the checks again on the fixed text leaves no fix to make.
  const again = runChecks(makeArticle(serialize(fixed)), antara);
  assert.deepEqual(again.filter((f) => f.fix), []);
});

test('applyFixes keeps the dateline length and the lead in step with a dateline fix', () => {
  const a = makeArticle('# J\n\nLondon (ANTARA News) - Harga Rp 5.000.');
  assert.equal(a.dateline!.length, 23);
  // The agency's old name is only proposed (a suggestion): applied here as a person would.
  const findings = runChecks(a, antara).map((f) => (f.ruleId === 'structure/dateline-malformed' && f.suggestions ? { ...f, fix: f.suggestions[0].edits } : f));
  const fixed = applyFixes(a, findings);
  assert.equal(fixed.paragraphs[0].text, 'London (ANTARA) - Harga Rp5.000.');
  assert.equal(fixed.dateline!.length, 18);
  assert.equal(fixed.lead, 'Harga Rp5.000.');
});

test('applyFixes skips a fix that overlaps one already taken, and headline edits use paragraph -1', () => {
  const a = makeArticle('# Judul\n\nJakarta (ANTARA) - abcdef.');
  const base = { ruleId: 'x/y', severity: 'info' as const, category: 'structure', message: 'm', paragraph: 0, start: 0, end: 0 };
  const out = applyFixes(a, [
    { ...base, start: 19, fix: [{ paragraph: 0, start: 19, end: 21, text: 'XY' }] },
    { ...base, start: 20, fix: [{ paragraph: 0, start: 20, end: 23, text: 'Q' }] },
    { ...base, paragraph: -1, fix: [{ paragraph: -1, start: 0, end: 1, text: 'j' }] },
  ]);
  assert.equal(serialize(out), '# judul\n\nJakarta (ANTARA) - XYcdef.');
});

test('every rule is in RULES once and every message has both languages', () => {
  assert.ok(RULES.length >= 40);
  for (const r of RULES) for (const m of Object.values(r.meta.messages)) assert.ok(m.id && m.en, r.meta.id);
});
