// Electron hardening checked by a tool: @doyensec/electronegativity over main, preload and the page,
// with no finding of high severity, and each remaining finding explained in docs/SECURITY.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir, ROOT } from '../helpers/tmp.ts';

// AvailableSecurityFixesGlobalCheck downloads Electron's release list; with no network it crashes
// the tool, so it is left out here (see docs/SECURITY.md).
test('electronegativity finds nothing of high severity, and every other finding is explained', async () => {
  const out = path.join(await tempDir(), 'findings.csv');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'), '-i', path.join(ROOT, 'electron'), '-o', out, '-r', '-v', 'false', '-e', '45.0.0', '-x', 'AvailableSecurityFixesGlobalCheck'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.ok(fs.existsSync(out), `electronegativity wrote no report: ${r.stderr}`);
  const rows = fs.readFileSync(out, 'utf8').trim().split('\n').slice(1).map((l) => l.match(/^([A-Z_]+),"([A-Z]+)"/)).filter((m): m is RegExpMatchArray => !!m);
  const high = rows.filter((m) => m[2] === 'HIGH' || m[2] === 'CRITICAL').map((m) => m[1]);
  assert.deepEqual(high, [], `high-severity findings: ${high.join(', ')}`);
  const security = fs.readFileSync(path.join(ROOT, 'docs', 'SECURITY.md'), 'utf8');
  for (const id of new Set(rows.map((m) => m[1]))) assert.ok(security.includes(id), `${id} is not explained in docs/SECURITY.md`);
});
