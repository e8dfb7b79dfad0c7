// The desk's profiles on disk: options are validated against each rule's schema on import and save,
// and a bad profile already in the file is left out of the list instead of breaking every check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ProfileStore } from '../../electron/services/profiles.ts';
import { createServices } from '../../electron/services/app-services.ts';
import { BUILTIN_PROFILES } from '../../core/profiles/index.ts';
import { parseText } from '../../core/parse/index.ts';
import { tempDir } from '../helpers/tmp.ts';

const desk = { ...BUILTIN_PROFILES[0], id: 'desk', name: 'Desk' };

test('import refuses a rule option of the wrong shape, naming the option', async () => {
  const dir = await tempDir();
  const store = await ProfileStore.open(dir);
  const file = path.join(dir, 'desk.json');
  await fs.writeFile(file, JSON.stringify({ ...desk, rules: { 'structure/credits-missing': { options: { required: 42 } } } }));
  await assert.rejects(store.importFrom(file), /rules\.structure\/credits-missing\.options\.required/);
  assert.equal(store.get('desk'), null);
  await assert.rejects(fs.access(path.join(dir, 'profiles.json')), 'nothing written');
});

test('a bad profile already in profiles.json is left out and named; checks go on', async () => {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'profiles.json'), JSON.stringify({ version: 1, profiles: [
    { ...desk, rules: { 'structure/credits-missing': { options: { required: 42 } } } },
    { ...desk, id: 'baik', name: 'Baik' },
  ] }));
  const s = await createServices(dir, { speller: false });
  try {
    assert.equal(s.profiles.get('desk'), null);
    assert.equal(s.profiles.get('baik')?.name, 'Baik');
    assert.ok(s.notices().some((n) => /profile "desk" left out/.test(n.detail ?? '')));
    const findings = await s.stories.check(parseText('Harga naik\n\nJakarta (ANTARA) - Harga beras naik.'), s.profiles.require('baik'));
    assert.ok(findings.some((f) => f.ruleId === 'structure/credits-missing'));
    // Saving another profile keeps the bad entry in the file for the desk to repair.
    await s.profiles.save({ ...desk, id: 'lain', name: 'Lain' });
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'profiles.json'), 'utf8'));
    assert.deepEqual(onDisk.profiles.map((p: { id: string }) => p.id).sort(), ['baik', 'desk', 'lain']);
  } finally {
    await s.close();
  }
});

test('rule options set in Pengaturan survive saving, export to one JSON file and import on another desk', async () => {
  const options = {
    'structure/credits-missing': { severity: 'info' as const, options: { required: ['reporter', 'translator'] } },
    'structure/headline-too-long': { options: { maxWords: 10 } },
    'language/acronym-first-use': { options: { known: ['BRIN', 'BMKG'] } },
    'language/currency-conversion': { options: { tolerance: 0.05 } },
    'attribution/ellipsis-quote': { options: { cut: '(...)' } },
    'structure/source-credit-missing': { options: { fromText: false } },
  };
  const here = await ProfileStore.open(await tempDir());
  // A built-in profile tuned by the desk, as the settings form saves it.
  await here.save({ ...BUILTIN_PROFILES[0], rules: options });
  const file = path.join(await tempDir(), 'profil-antara.json');
  await here.exportTo('antara', file);
  assert.deepEqual(JSON.parse(await fs.readFile(file, 'utf8')).rules, options);

  const thereDir = await tempDir();
  const there = await ProfileStore.open(thereDir);
  await there.importFrom(file);
  assert.deepEqual(there.get('antara')?.rules, options);
  // …and kept on disk, so a restart reads them back.
  assert.deepEqual((await ProfileStore.open(thereDir)).get('antara')?.rules, options);
});

test('saving a profile with an option outside its schema is refused and writes nothing', async () => {
  const dir = await tempDir();
  const store = await ProfileStore.open(dir);
  await assert.rejects(store.save({ ...desk, rules: { 'structure/headline-too-long': { options: { maxWords: 2 } } } }), /rules\.structure\/headline-too-long\.options\.maxWords/);
  await assert.rejects(store.save({ ...desk, rules: { 'language/currency-conversion': { options: { tolerance: 5 } } } }), /tolerance/);
  await assert.rejects(store.save({ ...desk, rules: { 'structure/credits-missing': { options: { required: ['fotografer'] } } } }), /required/);
  assert.equal(store.get('desk'), null);
  await assert.rejects(fs.access(path.join(dir, 'profiles.json')), 'nothing written');
});
