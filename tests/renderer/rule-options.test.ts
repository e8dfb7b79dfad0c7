// The rule options form of Pengaturan, without a browser: every rule's options schema becomes
// fields the form can show (with labels in both languages), the values typed are checked against
// the schema before anything is saved, and the profile keeps only what differs from the defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../core/checks/rules.ts';
import { optionProblems } from '../../core/checks/options.ts';
import { BUILTIN_PROFILES, validateProfile } from '../../core/profiles/index.ts';
import { id as idCatalogue } from '../../renderer/src/i18n/id.ts';
import { en as enCatalogue } from '../../renderer/src/i18n/en.ts';
import { translator } from '../../renderer/src/i18n/translate.ts';
import {
  defaultDraft, draftOf, optionFields, optionLabelKey, parseDraft, problemText, ruleFormOf, rulesFromForm,
} from '../../renderer/src/lib/rule-options.ts';
import type { RuleMeta } from '../../core/checks/types.ts';

const meta = (id: string): RuleMeta => RULES.find((r) => r.meta.id === id)!.meta;
const antara = BUILTIN_PROFILES.find((p) => p.id === 'antara')!;
const kompas = BUILTIN_PROFILES.find((p) => p.id === 'kompas')!;
const tId = translator('id');

test('every rule option can be shown: a known field kind, a valid default, a label in both languages', () => {
  let fields = 0;
  for (const r of RULES) {
    for (const f of optionFields(r.meta)) {
      fields++;
      assert.ok(Object.hasOwn(r.meta.defaultOptions ?? {}, f.name), `${r.meta.id}.${f.name} has a default (the form shows it and resets to it)`);
      const keys = [optionLabelKey(r.meta.id, f.name)];
      if (f.kind === 'choices' || f.kind === 'enum') keys.push(...f.values.map((v) => optionLabelKey(r.meta.id, f.name, v)));
      for (const k of keys) {
        assert.ok(k in idCatalogue, `id catalogue lacks ${k}`);
        assert.ok(k in enCatalogue, `en catalogue lacks ${k}`);
      }
    }
    assert.deepEqual(optionProblems(r.meta, r.meta.defaultOptions ?? {}), [], r.meta.id);
    // The defaults read back as "nothing differs".
    assert.deepEqual(parseDraft(r.meta, defaultDraft(r.meta)), { options: undefined, problems: [] }, r.meta.id);
  }
  assert.ok(fields >= 7, `found ${fields} option fields`);
  // Every label key in the catalogue names a real option (no leftovers after a rule changes).
  const real = new Set(RULES.flatMap((r) => optionFields(r.meta).flatMap((f) => [optionLabelKey(r.meta.id, f.name), ...('values' in f ? f.values.map((v) => optionLabelKey(r.meta.id, f.name, v)) : [])])));
  const stale = Object.keys(idCatalogue).filter((k) => k.startsWith('ruleOption.') && !k.startsWith('ruleOption.error.') && !real.has(k));
  assert.deepEqual(stale, []);
});

test('the fields follow the schemas: numbers with bounds, a boolean, checkboxes, a word list, a text', () => {
  assert.deepEqual(optionFields(meta('structure/headline-too-long')), [
    { name: 'maxChars', kind: 'integer', min: 20, max: undefined },
    { name: 'maxWords', kind: 'integer', min: 3, max: undefined },
  ]);
  assert.deepEqual(optionFields(meta('language/currency-conversion')), [{ name: 'tolerance', kind: 'number', min: 0.01, max: 1 }]);
  assert.deepEqual(optionFields(meta('structure/source-credit-missing')), [{ name: 'fromText', kind: 'boolean' }]);
  assert.deepEqual(optionFields(meta('structure/credits-missing')), [{ name: 'required', kind: 'choices', values: ['reporter', 'editor', 'translator'] }]);
  assert.deepEqual(optionFields(meta('language/acronym-first-use')), [{ name: 'known', kind: 'list' }]);
  assert.deepEqual(optionFields(meta('attribution/ellipsis-quote')), [{ name: 'cut', kind: 'string' }]);
  assert.deepEqual(optionFields(meta('structure/headline-missing')), []);
});

test('a bad value is refused with an Indonesian message naming the option; a good one keeps only what differs', () => {
  const h = meta('structure/headline-too-long');
  const bad = (draft: Record<string, string>) => parseDraft(h, { ...defaultDraft(h), ...draft });
  const below = bad({ maxWords: '2' });
  assert.equal(below.options, undefined);
  assert.equal(problemText(tId, h.id, below.problems[0]), 'Panjang judul paling banyak (kata): Paling kecil 3.');
  assert.equal(tId(bad({ maxWords: 'sepuluh' }).problems[0].key), 'Harus berupa angka, misalnya 12 atau 0,5.');
  assert.equal(tId(bad({ maxWords: '10,5' }).problems[0].key), 'Harus bilangan bulat.');
  assert.equal(tId(bad({ maxChars: ' ' }).problems[0].key), 'Isi nilainya.');
  assert.deepEqual(bad({ maxWords: '10' }), { options: { maxWords: 10 }, problems: [] });

  const c = meta('language/currency-conversion');
  assert.deepEqual(parseDraft(c, { tolerance: '0,05' }), { options: { tolerance: 0.05 }, problems: [] }, 'a decimal comma is read');
  assert.equal(problemText(tId, c.id, parseDraft(c, { tolerance: '2' }).problems[0]), 'Selisih kurs yang masih diterima (0,1 = 10%): Paling besar 1.');
  assert.equal(translator('en')('ruleOption.error.max', { max: 1 }), 'At most 1.');

  const credits = meta('structure/credits-missing');
  assert.deepEqual(parseDraft(credits, { required: ['editor', 'reporter'] }).options, undefined, 'the defaults in another order are still the defaults');
  assert.deepEqual(parseDraft(credits, { required: ['translator', 'reporter'] }).options, { required: ['reporter', 'translator'] });
  assert.deepEqual(parseDraft(meta('language/acronym-first-use'), { known: ' BRIN\n\nBMKG\nBRIN ' }).options, { known: ['BRIN', 'BMKG'] });
  assert.deepEqual(parseDraft(meta('structure/source-credit-missing'), { fromText: false }).options, { fromText: false });
});

test('the rules table: options saved beside on/off and severity, a bad one listed, reset drops them', () => {
  const form = ruleFormOf(kompas);
  const credits = 'structure/credits-missing';
  assert.deepEqual(form[credits].options, { required: ['reporter', 'editor'] }, 'the form shows the default when the profile has none');
  assert.deepEqual(rulesFromForm(kompas, form), { rules: kompas.rules, invalid: [] }, 'an untouched form saves the profile as it was');

  form[credits] = { ...form[credits], options: { required: ['reporter'] } };
  const withOptions = rulesFromForm(kompas, form);
  assert.deepEqual(withOptions.invalid, []);
  assert.deepEqual(withOptions.rules[credits], { severity: 'info', options: { required: ['reporter'] } });
  // The result is a profile the services accept, and reads back into the same form.
  const saved = validateProfile({ ...kompas, id: 'desk', name: 'Desk', rules: withOptions.rules });
  assert.deepEqual(ruleFormOf(saved)[credits].options, { required: ['reporter'] });

  const h = 'structure/headline-too-long';
  form[h] = { ...form[h], options: { ...form[h].options, maxWords: '1' } };
  const refused = rulesFromForm(kompas, form);
  assert.deepEqual(refused.invalid.map((r) => r.id), [h]);
  assert.equal(refused.invalid[0].problems[0].field, 'maxWords');

  // "Kembalikan bawaan": the defaults again, and the profile loses the options (its severity stays).
  form[h] = { ...form[h], options: defaultDraft(meta(h)) };
  form[credits] = { ...form[credits], options: defaultDraft(meta(credits)) };
  assert.deepEqual(rulesFromForm(kompas, form), { rules: kompas.rules, invalid: [] });
});

test('a profile\'s options read into the form as they are, defaults filling the rest', () => {
  const p = { ...antara, rules: { 'structure/headline-too-long': { options: { maxWords: 10 } } } };
  assert.deepEqual(ruleFormOf(p)['structure/headline-too-long'].options, { maxChars: '90', maxWords: '10' });
  assert.deepEqual(draftOf(meta('language/acronym-first-use'), { known: ['BRIN', 'BMKG'] }), { known: 'BRIN\nBMKG' });
  assert.deepEqual(rulesFromForm(p, ruleFormOf(p)).rules, p.rules);
});
