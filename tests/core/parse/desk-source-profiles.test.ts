// A desk adds its own dateline sources in its desk profile: templates, validated, passed to the parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deskSourceProfiles, parseText, reanalyze } from '../../../core/parse/index.ts';
import { BUILTIN_PROFILES, validateProfile } from '../../../core/profiles/index.ts';
import { runChecks } from '../../../core/checks/index.ts';

const tempo = { id: 'tempo', label: 'Tempo', agency: 'TEMPO.CO', form: 'comma' as const };
const jawaPos = { id: 'jawapos', label: 'Jawa Pos', agency: 'Jawa Pos', form: 'parenthesized' as const };
const TEMPO = 'Harga beras naik\n\nJAKARTA, TEMPO.CO - Harga beras naik tajam pekan ini di pasar tradisional.\n\nPara pedagang mengeluhkan sepinya pembeli.';
const JP = 'Harga beras naik\n\nSurabaya (Jawa Pos) - Harga beras naik tajam pekan ini di pasar tradisional.\n\nPara pedagang mengeluhkan sepinya pembeli.';

test('without the desk\'s source profile these datelines are not read', () => {
  assert.equal(parseText(TEMPO).dateline, null);
  assert.equal(parseText(JP).dateline, null);
});

test('a desk source profile reads its dateline, comma and parenthesized forms', () => {
  const profiles = deskSourceProfiles([tempo, jawaPos]);
  const t = parseText(TEMPO, { profiles });
  assert.deepEqual([t.dateline?.place, t.dateline?.agency, t.dateline?.agencyId], ['JAKARTA', 'TEMPO.CO', 'tempo']);
  assert.equal(t.lead, 'Harga beras naik tajam pekan ini di pasar tradisional.');
  const j = parseText(JP, { profiles });
  assert.deepEqual([j.dateline?.place, j.dateline?.agency, j.dateline?.agencyId], ['Surabaya', 'Jawa Pos', 'jawapos']);
  // reanalyze (after an edit) keeps it when given the same profiles.
  assert.equal(reanalyze(t, { profiles }).dateline?.agency, 'TEMPO.CO');
  // The agency is literal: `TEMPOXCO` is not `TEMPO.CO`.
  assert.equal(parseText(TEMPO.replace('TEMPO.CO', 'TEMPOXCO'), { profiles }).dateline, null);
});

test('a Tempo desk profile: validated, and its dateline passes its own checks', () => {
  const desk = validateProfile(JSON.parse(JSON.stringify({
    ...BUILTIN_PROFILES[1], id: 'tempo', name: 'Tempo', agency: 'TEMPO.CO', datelineTemplate: '{PLACE}, {agency} - ', sourceProfiles: [tempo],
  })));
  const a = parseText(TEMPO, { profiles: deskSourceProfiles(desk.sourceProfiles) });
  const ids = runChecks(a, desk, {}).map((f) => f.ruleId);
  assert.ok(!ids.some((id) => id.startsWith('structure/dateline')), ids.join(', '));
});

test('a source profile with a pattern, a bad form or a bad id is refused', () => {
  const base = { ...BUILTIN_PROFILES[0], id: 'desk-x', name: 'Desk X' };
  assert.throws(() => validateProfile({ ...base, sourceProfiles: [{ ...tempo, agency: '(a+)+$' }] }), /agency/);
  assert.throws(() => validateProfile({ ...base, sourceProfiles: [{ ...tempo, form: 'regex' }] }), /form/);
  assert.throws(() => validateProfile({ ...base, sourceProfiles: [{ ...tempo, id: 'Tempo Co' }] }), /id/);
  assert.throws(() => validateProfile({ ...base, sourceProfiles: [{ ...tempo, dateline: '^x' }] }), /Unrecognized key/);
});
