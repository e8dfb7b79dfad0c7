// The app runs its services from an esbuild bundle (CommonJS) inside Electron. Bundle them the same
// way and run them under Node: import, check (with the speller's word list), export, archive search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { mainOptions, preloadOptions } from '../../scripts/esbuild-options.ts';
import type { createServices as createServicesType } from '../../electron/services/app-services.ts';
import { tempDir, ROOT, SEED } from '../helpers/tmp.ts';

test('the bundled services work as the app will run them', async () => {
  const dir = await tempDir();
  // Inside the project, so the bundle finds node_modules (the speller's word list) as the app does.
  const out = path.join(ROOT, 'dist-electron', `services-test-${process.pid}.cjs`);
  try {
    await build({ ...mainOptions, sourcemap: false, entryPoints: [path.join(ROOT, 'electron', 'services', 'app-services.ts')], outfile: out });
    const { createServices } = createRequire(import.meta.url)(out) as { createServices: typeof createServicesType };
    const s = await createServices(path.join(dir, 'data'));
    const res = await s.stories.importPaths([SEED]);
    const [id] = res.items[0].storyIds;
    assert.ok(id, JSON.stringify(res));
    const view = await s.stories.view(id);
    assert.ok(view.findings.some((f) => f.ruleId === 'structure/headline-missing'));
    const typo = await s.stories.importText('Jakarta (ANTARA) - Menteri itu membahas anggran daerah dalam rapat pada Rabu.');
    const typoView = await s.stories.view(typo.items[0].storyIds[0]);
    assert.ok(typoView.findings.some((f) => f.ruleId === 'language/spelling'), 'the Indonesian word list loads from the bundle');
    const exported = await s.stories.exportStories([id], 'nitf', null);
    assert.equal(exported[0].ok, true, JSON.stringify(exported));
    assert.ok(s.archive().search('Rutte', {}).total >= 1);
    await s.close();
  } finally {
    await fs.rm(out, { force: true });
  }
});

test('the sandboxed preload bundle requires nothing but electron', async () => {
  const r = await build({ ...preloadOptions, sourcemap: false, write: false, entryPoints: [path.join(ROOT, 'electron', 'preload', 'index.ts')], outfile: 'preload.cjs' });
  const code = r.outputFiles?.[0].text ?? '';
  const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
  assert.deepEqual([...required], ['electron']);
  assert.match(code, /exposeInMainWorld\("meja"/);
});
