// Without node:sqlite (an older Electron or Node) or without FTS5 in it, the archive says so in one
// plain bilingual line, on the command line too (exit 2), instead of failing somewhere deeper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { assertFts5, FTS_MISSING_MESSAGE, loadSqlite } from '../../../electron/services/archive/schema.ts';
import { ROOT, tempDir } from '../../helpers/tmp.ts';

test('a runtime without node:sqlite: loadSqlite names what is missing', () => {
  const code = "import('./electron/services/archive/schema.ts').then((m) => { try { m.loadSqlite(); console.log('loaded'); } catch (e) { console.log(e.message); } })";
  const out = execFileSync(process.execPath, ['--no-experimental-sqlite', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  assert.ok(out.startsWith(FTS_MISSING_MESSAGE), out);
  assert.match(out, /No such built-in module: node:sqlite/);
  assert.ok(loadSqlite().DatabaseSync, 'present in the pinned Node');
});

test('an SQLite without FTS5: assertFts5 says so; a real one passes', () => {
  const noFts = { exec: () => { throw new Error('no such module: fts5'); } } as unknown as DatabaseSync;
  assert.throws(() => assertFts5(noFts), (e: Error) => e.message.startsWith(FTS_MISSING_MESSAGE) && /no such module: fts5/.test(e.message));
  const db = new (loadSqlite().DatabaseSync)(':memory:');
  assert.doesNotThrow(() => assertFts5(db));
  db.close();
});

test('the command line on such a runtime: one line, exit 2', async () => {
  const dir = await tempDir();
  const r = spawnSync(process.execPath, ['--no-experimental-sqlite', path.join(ROOT, 'bin', 'meja.js'), 'archive', 'import', path.join(ROOT, 'tests', 'fixtures', 'archive', 'stories.jsonl'), '--data', dir], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  // bin/meja.js probes the runtime before any TypeScript loads, so its line is the one printed.
  assert.match(r.stderr, /needs node:sqlite/);
});
