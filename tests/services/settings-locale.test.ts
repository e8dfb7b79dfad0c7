// Chromium's locale (date and time inputs) comes from the language setting, read before the app is ready.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SettingsStore, chromiumLocaleSync } from '../../electron/services/settings.ts';
import { tempDir } from '../helpers/tmp.ts';

test('the Chromium locale follows the saved language; a missing or damaged file gives Indonesian', async () => {
  const dir = await tempDir();
  assert.equal(chromiumLocaleSync(dir), 'id-ID');
  const store = await SettingsStore.open(dir);
  await store.set({ language: 'en' });
  assert.equal(chromiumLocaleSync(dir), 'en-GB');
  await store.set({ language: 'id' });
  assert.equal(chromiumLocaleSync(dir), 'id-ID');
  await fs.writeFile(path.join(dir, 'settings.json'), '{ half a file');
  assert.equal(chromiumLocaleSync(dir), 'id-ID');
});
