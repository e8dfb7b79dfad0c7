// A full disk (a small tmpfs) and a read-only data folder (the tmpfs remounted read-only: tests run
// as root, and root ignores chmod): a clear message, no corruption, and the last good save kept.
import { after, test } from 'node:test';
import os from 'node:os';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openWorkspace } from '../../electron/services/workspace/store.ts';
import { createServices } from '../../electron/services/app-services.ts';
import { createHandlers, type Ports } from '../../electron/ipc/handlers.ts';
import { dispatch } from '../../electron/ipc/dispatch.ts';
import { ROOT, SEED } from '../helpers/tmp.ts';
import { emptyCredits, emptyMeta, type Article } from '../../core/model/article.ts';

const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

const article = (text: string): Article => ({
  headline: null, dateline: null, lead: text, paragraphs: [{ role: 'lead', text }], quotes: [], related: [],
  sourceCredits: [], credits: emptyCredits(), language: 'id', provenance: null, meta: emptyMeta(),
});
const original = { text: 'x', fileName: 'x.txt', format: 'txt', sha256: 'cd'.repeat(32) };

async function tmpfs(t: { skip(m: string): void }, size: string): Promise<string | null> {
  if (process.getuid?.() !== 0) {
    t.skip('needs root to mount a tmpfs (CI and the dev machines run as root)');
    return null;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'meja-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  cleanups.push(async () => {
    execFileSync('umount', ['-l', dir]);
    await fs.rm(dir, { recursive: true, force: true });
  });
  return dir;
}

test('a full disk: the save is refused with a plain message and the last good save is kept', async (t) => {
  const dir = await tmpfs(t, '1m');
  if (!dir) return;
  const ws = await openWorkspace(dir);
  const rec = await ws.create({ article: article('versi yang tersimpan'), original });
  await ws.flushIndex();
  const filler = path.join(dir, 'pengisi.bin');
  await fs.writeFile(filler, Buffer.alloc(1024 * 1024)).catch(() => undefined);
  await assert.rejects(ws.saveEdit(rec.id, article(`suntingan besar ${'kata '.repeat(100_000)}`)), /\[disk-full\] the disk is full/);
  const back = JSON.parse(await fs.readFile(path.join(dir, 'workspace', 'stories', `${rec.id}.json`), 'utf8'));
  assert.equal(back.article.paragraphs[0].text, 'versi yang tersimpan', 'the story file is not corrupted');
  await fs.rm(filler);
  await ws.saveEdit(rec.id, article('tersimpan setelah ruang kembali'));
  assert.equal((await ws.get(rec.id))!.article.paragraphs[0].text, 'tersimpan setelah ruang kembali');
  await ws.close();
});

test('a read-only data folder: it opens, and a save is refused plainly without damage', async (t) => {
  const dir = await tmpfs(t, '4m');
  if (!dir) return;
  const ws = await openWorkspace(dir);
  const rec = await ws.create({ article: article('sebelum hanya-baca'), original });
  await ws.close();
  execFileSync('mount', ['-o', 'remount,ro', dir]);
  const ro = await openWorkspace(dir);
  assert.equal(ro.list().length, 1);
  await assert.rejects(ro.saveEdit(rec.id, article('tidak bisa disimpan')), /\[read-only\]/);
  assert.equal((await ro.get(rec.id))!.article.paragraphs[0].text, 'sebelum hanya-baca');
});

const noPorts: Ports = {
  version: 'test', emit: () => undefined, openFiles: async () => null, chooseFolder: async () => null, saveFile: async () => null,
  writeClipboard: () => undefined, openExternal: async () => undefined,
};
const WIRE = 'Jakarta (ANTARA) - Rapat anggaran daerah berlangsung hingga malam.\n\nGubernur hadir dalam rapat.\n';

/** Every file under `dir` with its bytes, to prove a refused operation changed nothing. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const f = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, f), (await fs.readFile(f)).toString('base64'));
  }
  return out;
}

test('a read-only data folder: the app itself (createServices with the lock) starts to read, and says so', async (t) => {
  const dir = await tmpfs(t, '4m');
  if (!dir) return;
  let s = await createServices(dir, { speller: false, lock: 'app' });
  let h = createHandlers(s, noPorts);
  const res = await dispatch(h, 'stories:import-text', { text: WIRE }) as { items: { storyIds: string[] }[] };
  const [id] = res.items[0].storyIds;
  await dispatch(h, 'stories:export', { ids: [id], format: 'nitf', toFile: false });
  await s.close();
  // The index out of step with the story files, as after a crash: opening rebuilds it in memory only.
  await fs.rm(path.join(dir, 'workspace', 'index.json'));
  execFileSync('mount', ['-o', 'remount,ro', dir]);
  const before = await snapshot(dir);

  s = await createServices(dir, { speller: false, lock: 'app' });
  h = createHandlers(s, noPorts);
  const info = await dispatch(h, 'app:get-info', {}) as { notices: { kind: string }[] };
  assert.ok(info.notices.some((n) => n.kind === 'read-only'), 'the app says the folder is read-only');
  assert.equal((await dispatch(h, 'stories:list', {}) as unknown[]).length, 1);
  const view = await dispatch(h, 'stories:get', { id }) as { record: { article: { paragraphs: { text: string }[] } } };
  assert.match(view.record.article.paragraphs[0].text, /Rapat anggaran/);
  assert.equal((await dispatch(h, 'archive:search', { query: 'anggaran' }) as { total: number }).total, 1, 'the archive reads');
  // Every write is refused with its bracketed code, one line, and nothing on disk changes.
  const refused = (e: Error) => /^\[read-only\] the data folder is read-only/.test(e.message) && !e.message.includes('\n') && !/EROFS/.test(e.message);
  await assert.rejects(dispatch(h, 'stories:save', { id, article: { headline: 'Judul', paragraphs: [{ role: 'lead', text: 'Suntingan.' }] } }), refused);
  await assert.rejects(dispatch(h, 'settings:set', { patch: { language: 'en' } }), refused);
  assert.equal(s.settings.get().language, 'id', 'the refused setting is not kept in memory either');
  const imp = await dispatch(h, 'stories:import-text', { text: WIRE.replace('Jakarta', 'Bogor') }) as { items: { ok: boolean; error: { code: string; message: string } }[] };
  assert.equal(imp.items[0].ok, false);
  assert.equal(imp.items[0].error.code, 'read-only');
  await s.close();
  assert.deepEqual(await snapshot(dir), before, 'nothing in the folder changed');

  // A writing command refuses at once: exit 2, one line.
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), 'import', SEED, '--data', dir], { encoding: 'utf8', env: { ...process.env, MEJA_DATA_DIR: '' } });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^meja import: \[read-only\] the data folder is read-only[^\n]*\n$/);
  execFileSync('mount', ['-o', 'remount,rw', dir]);
});

test('a full disk: import, export to the archive and settings each say "disk full" plainly, and nothing is damaged', async (t) => {
  const dir = await tmpfs(t, '3m');
  if (!dir) return;
  const s = await createServices(dir, { speller: false, lock: 'app' });
  const h = createHandlers(s, noPorts);
  const a = await dispatch(h, 'stories:import-text', { text: WIRE }) as { items: { storyIds: string[] }[] };
  const b = await dispatch(h, 'stories:import-text', { text: WIRE.replace('Jakarta', 'Bogor').replace('anggaran', 'banjir') }) as { items: { storyIds: string[] }[] };
  await dispatch(h, 'stories:export', { ids: a.items[0].storyIds, format: 'nitf', toFile: false });
  const filler = path.join(dir, 'pengisi.bin');
  await fs.writeFile(filler, Buffer.alloc(8 * 1024 * 1024)).catch(() => undefined);
  const diskFull = /^\[disk-full\] the disk is full/;

  const out = await dispatch(h, 'stories:export', { ids: b.items[0].storyIds, format: 'nitf', toFile: false }) as { ok: boolean; error?: string }[];
  assert.equal(out[0].ok, false);
  assert.match(out[0].error!, diskFull, 'the archive says the disk is full (not "no such savepoint")');
  await assert.rejects(dispatch(h, 'settings:set', { patch: { language: 'en' } }), (e: Error) => diskFull.test(e.message));
  const imp = await dispatch(h, 'stories:import-text', { text: `Medan (ANTARA) - ${'Berita panjang sekali. '.repeat(20_000)}` }) as { items: { ok: boolean; error: { code: string; message: string } }[] };
  assert.equal(imp.items[0].ok, false);
  assert.equal(imp.items[0].error.code, 'disk-full');
  assert.match(imp.items[0].error.message, diskFull);
  await s.close();

  // Room again: everything opens whole, the first export is in the archive, the second story waits.
  await fs.rm(filler);
  const again = await createServices(dir, { speller: false, lock: 'app' });
  assert.equal(again.workspace.list().length, 2);
  assert.equal(again.archive().checkIndex(), true);
  assert.equal(again.archive().stats().stories, 1);
  assert.equal(again.settings.get().language, 'id');
  const h2 = createHandlers(again, noPorts);
  const retry = await dispatch(h2, 'stories:export', { ids: b.items[0].storyIds, format: 'nitf', toFile: false }) as { ok: boolean }[];
  assert.equal(retry[0].ok, true);
  await again.close();
});

test('an archive first opened on a full disk blames the disk, not a missing FTS5', async (t) => {
  const dir = await tmpfs(t, '1m');
  if (!dir) return;
  await fs.writeFile(path.join(dir, 'pengisi.bin'), Buffer.alloc(2 * 1024 * 1024)).catch(() => undefined);
  const s = await createServices(dir, { speller: false });
  assert.throws(() => s.archive(), (e: Error) => /^\[(disk-full|io-error)\]/.test(e.message) && !/FTS5|node:sqlite/.test(e.message));
  await s.close();
});
