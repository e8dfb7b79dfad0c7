import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, resolveRuleSetting, validateProfile } from '../../../core/profiles/index.ts';

const byId = (id: string) => BUILTIN_PROFILES.find((p) => p.id === id)!;

test('the built-in desks: ANTARA by default, Kompas and detik with their house styles', () => {
  assert.equal(DEFAULT_PROFILE_ID, 'antara');
  assert.deepEqual(BUILTIN_PROFILES.map((p) => p.id), ['antara', 'kompas', 'detik']);
  const a = byId('antara');
  assert.equal(a.rupiahSpace, false);
  assert.equal(a.datelineTemplate, '{place} ({agency}) - ');
  assert.equal(a.agency, 'ANTARA');
  assert.equal(a.leadWordLimit, 35);
  assert.equal(a.leadSentenceLimit, 3);
  assert.equal(byId('kompas').rupiahSpace, true);
  assert.equal(byId('kompas').datelineTemplate, '{PLACE}, {agency} - ');
  assert.equal(byId('detik').agency, null);
  assert.equal(byId('detik').rupiahSpace, true);
  assert.equal(a.substitutions.praktek, 'praktik');
  assert.equal(a.substitutions.resiko, 'risiko');
  assert.equal(a.substitutions.himbau, 'imbau');
  for (const p of BUILTIN_PROFILES) assert.deepEqual(validateProfile(JSON.parse(JSON.stringify(p))), p);
});

test('resolveRuleSetting: profile over rule defaults; spelling never an error', () => {
  const a = byId('antara');
  assert.deepEqual(resolveRuleSetting(a, 'structure/headline-missing'), { enabled: true, severity: 'error', options: {} });
  assert.deepEqual(resolveRuleSetting(a, 'structure/headline-too-long').options, { maxChars: 90, maxWords: 14 });
  const custom = { ...a, rules: { 'structure/headline-too-long': { severity: 'info' as const, options: { maxChars: 70 } }, 'language/spelling': { severity: 'error' as const } } };
  assert.deepEqual(resolveRuleSetting(custom, 'structure/headline-too-long'), { enabled: true, severity: 'info', options: { maxChars: 70, maxWords: 14 } });
  assert.equal(resolveRuleSetting(custom, 'language/spelling').severity, 'warning');
  assert.equal(resolveRuleSetting(byId('kompas'), 'structure/credits-missing').severity, 'info');
});

test('validateProfile: a desk profile JSON round-trips; bad ones are refused with reasons', () => {
  const good = { ...byId('antara'), id: 'desk-ekonomi', name: 'Desk Ekonomi', dictionary: ['Danantara'], rules: { 'language/rupiah': { enabled: false } } };
  assert.deepEqual(validateProfile(JSON.parse(JSON.stringify(good))), good);
  assert.throws(() => validateProfile({ ...good, leadWordLimit: 'x' }), /leadWordLimit/);
  assert.throws(() => validateProfile({ ...good, rules: { 'language/nope': {} } }), /unknown rule language\/nope/);
  assert.throws(() => validateProfile({ ...good, rules: { 'language/rupiah': { severity: 'fatal' } } }), /severity/);
  assert.throws(() => validateProfile({ ...good, extra: 1 }), /Invalid desk profile/);
  assert.throws(() => validateProfile({ ...good, datelineTemplate: 'no place' }), /datelineTemplate/);
  assert.throws(() => validateProfile(null), /Invalid desk profile/);
});

test('validateProfile: the export choices (blockquotes, site address, presets) are checked', () => {
  const base = BUILTIN_PROFILES[0];
  const good = { ...base, blockquotes: true, baseUrl: 'https://www.antaranews.com', exportPresets: [{ name: 'Portal daerah', format: 'ninjs', blockquotes: false }] };
  assert.deepEqual(validateProfile(good).exportPresets, good.exportPresets);
  assert.throws(() => validateProfile({ ...base, baseUrl: 'javascript:alert(1)' }), /baseUrl/);
  assert.throws(() => validateProfile({ ...base, exportPresets: [{ name: 'PDF', format: 'pdf' }] }), /exportPresets\.0\.format/);
  assert.throws(() => validateProfile({ ...base, exportPresets: [{ name: ' ', format: 'nitf' }] }), /exportPresets\.0\.name/);
});

test('validateProfile: each rule\'s options are checked against that rule\'s schema, with the path in the message', () => {
  const base = { ...byId('antara'), id: 'desk-x', name: 'Desk X' };
  const bad = (rules: object) => () => validateProfile(JSON.parse(JSON.stringify({ ...base, rules })));
  assert.throws(bad({ 'structure/credits-missing': { options: { required: 42 } } }), /rules\.structure\/credits-missing\.options\.required: .*expected array/);
  assert.throws(bad({ 'structure/credits-missing': { options: { required: ['pewarta'] } } }), /options\.required\.0/);
  assert.throws(bad({ 'structure/headline-too-long': { options: { maxChars: 5 } } }), /maxChars/);
  assert.throws(bad({ 'structure/headline-too-long': { options: { maxWord: 10 } } }), /Unrecognized key/);
  // A rule that takes no options refuses any.
  assert.throws(bad({ 'language/rupiah': { options: { space: true } } }), /rules\.language\/rupiah\.options/);
  const ok = { 'structure/credits-missing': { options: { required: ['reporter'] } }, 'structure/headline-too-long': { severity: 'info', options: { maxChars: 70 } } };
  assert.deepEqual(validateProfile(JSON.parse(JSON.stringify({ ...base, rules: ok }))).rules, ok);
});
