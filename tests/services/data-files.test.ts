// settings.json and profiles.json through their real open paths: a corrupt file is set aside (kept,
// renamed) with a notice and the app starts with defaults; a file without a version is migrated; a
// file from a newer version is set aside unchanged rather than rewritten in the old shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SettingsStore, SETTINGS_VERSION, defaultSettings } from '../../electron/services/settings.ts';
import { ProfileStore, PROFILES_VERSION } from '../../electron/services/profiles.ts';
import { createServices } from '../../electron/services/app-services.ts';
import { migrate, TooNewError } from '../../electron/services/migrate.ts';
import { tempDir } from '../helpers/tmp.ts';

async function asideFiles(dir: string, name: string, why: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((f) => f.startsWith(`${name}.${why}-`));
}

test('a corrupt settings.json is set aside with a notice; the app starts with the defaults', async () => {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'settings.json'), '{"version":1,"settings":{"language":');
  const s = await SettingsStore.open(dir);
  assert.deepEqual(s.get(), defaultSettings());
  const [aside] = await asideFiles(dir, 'settings.json', 'corrupt');
  assert.ok(aside);
  assert.equal(await fs.readFile(path.join(dir, aside), 'utf8'), '{"version":1,"settings":{"language":');
  assert.equal(s.notices.length, 1);
  assert.equal(s.notices[0].kind, 'set-aside');
  assert.equal(s.notices[0].movedTo, path.join(dir, aside));
});

test('settings of a newer version are set aside unchanged, not rewritten as this version', async () => {
  const dir = await tempDir();
  const text = JSON.stringify({ version: SETTINGS_VERSION + 1, settings: { ...defaultSettings(), language: 'en', kelak: true } });
  await fs.writeFile(path.join(dir, 'settings.json'), text);
  const s = await SettingsStore.open(dir);
  assert.equal(s.get().language, 'id');
  const [aside] = await asideFiles(dir, 'settings.json', 'newer');
  assert.equal(await fs.readFile(path.join(dir, aside), 'utf8'), text);
  assert.match(s.notices[0].detail, /newer version/);
});

test('settings written without a version (keys at the top level) are migrated and kept', async () => {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'settings.json'), JSON.stringify({ language: 'en', theme: 'dark' }));
  const s = await SettingsStore.open(dir);
  assert.equal(s.get().language, 'en');
  assert.equal(s.get().theme, 'dark');
  assert.equal(s.notices[0]?.kind, 'migrated');
  await s.set({ editorName: 'Ani' });
  assert.equal(JSON.parse(await fs.readFile(path.join(dir, 'settings.json'), 'utf8')).version, SETTINGS_VERSION);
});

test('a corrupt profiles.json is set aside with a notice; the built-in profiles remain', async () => {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'profiles.json'), 'tidak json');
  const p = await ProfileStore.open(dir);
  assert.ok(p.get('antara'));
  assert.equal((await asideFiles(dir, 'profiles.json', 'corrupt')).length, 1);
  assert.equal(p.notices[0].kind, 'set-aside');
  await fs.writeFile(path.join(dir, 'profiles.json'), JSON.stringify({ version: PROFILES_VERSION + 1, profiles: [] }));
  const again = await ProfileStore.open(dir);
  assert.equal((await asideFiles(dir, 'profiles.json', 'newer')).length, 1);
  assert.match(again.notices[0].detail, /newer version/);
});

test('the services gather every notice of the data folder in one list', async () => {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'settings.json'), '[');
  await fs.writeFile(path.join(dir, 'profiles.json'), '[');
  const s = await createServices(dir, { speller: false });
  try {
    const files = s.notices().filter((n) => n.kind === 'set-aside').map((n) => path.basename(n.file)).sort();
    assert.deepEqual(files, ['profiles.json', 'settings.json']);
  } finally {
    await s.close();
  }
});

test('migrate: steps run one version at a time; a newer version is refused; a bad version is an error', () => {
  const steps = { 0: (d: Record<string, unknown>) => ({ ...d, a: 1 }), 1: (d: Record<string, unknown>) => ({ ...d, b: (d.a as number) + 1 }) };
  assert.deepEqual(migrate({ x: 0 }, 2, steps), { data: { x: 0, a: 1, b: 2, version: 2 }, from: 0 });
  assert.deepEqual(migrate({ version: 2, x: 0 }, 2, steps), { data: { version: 2, x: 0 }, from: 2 });
  assert.throws(() => migrate({ version: 3 }, 2, steps), TooNewError);
  assert.throws(() => migrate({ version: 'dua' }, 2, steps), /unreadable data version/);
  assert.throws(() => migrate({ version: 0 }, 3, steps), /no migration from data version 2/);
  assert.throws(() => migrate([], 2, steps), /not a data object/);
});
