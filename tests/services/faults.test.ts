// A full disk (a small tmpfs) and a read-only data folder (the tmpfs remounted read-only: tests run
// as root, and root ignores chmod): a clear message, no corruption, and the last good save kept.
import { after, test } from 'node:test';
import os from 'node:os';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openWorkspace } from '../../electron/services/workspace/store.ts';
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
