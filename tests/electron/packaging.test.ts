// `npm run dist` cannot finish here (electron-builder downloads Electron), so its configuration is
// validated against electron-builder's own JSON schema, and its targets and resources checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { ROOT } from '../helpers/tmp.ts';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('the electron-builder configuration is valid against electron-builder\'s schema', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  assert.ok(validate(pkg.build), JSON.stringify(validate.errors, null, 2));
  assert.equal(validate({ ...pkg.build, linux: { target: 42 } }), false, 'the schema does reject a broken configuration');
});

test('it builds AppImage and deb, NSIS and dmg, with our name and icon', () => {
  const b = pkg.build;
  assert.equal(b.productName, 'Meja Redaksi');
  assert.deepEqual(b.linux.target, ['AppImage', 'deb']);
  assert.deepEqual(b.win.target, ['nsis']);
  assert.deepEqual(b.mac.target, ['dmg']);
  assert.equal(b.directories.buildResources, 'build');
  const icon = fs.readFileSync(path.join(ROOT, b.linux.icon));
  assert.deepEqual([...icon.subarray(1, 4)], [0x50, 0x4e, 0x47], 'icon is a PNG');
  assert.equal(icon.readUInt32BE(16), 512, 'icon is 512 px wide');
  assert.ok(b.files.includes('dist-electron/**') && b.files.includes('dist/renderer/**'));
  assert.equal(pkg.main, 'dist-electron/main.cjs');
  assert.ok(pkg.scripts.dist.includes('electron-builder'));
});

test('the deb keeps electron-builder\'s own dependencies (xdg-utils opens links; libnss3, libgtk-3-0, …)', () => {
  // electron-builder replaces its defaults with `deb.depends` when it is set: read its own list and
  // require every entry, so a short custom list cannot drop xdg-utils (shell.openExternal needs it).
  const src = fs.readFileSync(path.join(ROOT, 'node_modules', 'app-builder-lib', 'out', 'targets', 'FpmTarget.js'), 'utf8');
  const m = /case "deb":\s*return (\[[^\]]*\]);/.exec(src.slice(src.indexOf('getDefaultDepends(target)')));
  assert.ok(m, 'electron-builder\'s default deb dependencies found');
  const defaults = JSON.parse(m[1]) as string[];
  assert.ok(defaults.includes('xdg-utils') && defaults.includes('libnss3'));
  const depends: string[] = pkg.build.deb?.depends ?? defaults;
  for (const d of defaults) assert.ok(depends.includes(d), `deb depends on ${d}`);
});

test('the project pins Node 24 and the meja command', () => {
  assert.match(pkg.devDependencies.node, /^\^?24\./);
  assert.equal(pkg.engines.node, '>=24');
  assert.equal(pkg.bin.meja, 'bin/meja.js');
});
