// The biggest texts: a ~50 MB text is refused at once with a plain line (no story is that long; it
// cost 3 GB to import), and a story just under the per-story limit goes the whole in-app way
// (import, open, edit, save) in bounded time and memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createServices } from '../../electron/services/app-services.ts';
import { createHandlers, type Ports } from '../../electron/ipc/handlers.ts';
import { dispatch } from '../../electron/ipc/dispatch.ts';
import { MAX_STORY_CHARS } from '../../electron/services/stories.ts';
import { MAX_PARAGRAPHS } from '../../electron/ipc/contract.ts';
import { tempDir, ROOT } from '../helpers/tmp.ts';

const ports: Ports = {
  version: 'test', emit: () => undefined, openFiles: async () => null, chooseFolder: async () => null, saveFile: async () => null,
  writeClipboard: () => undefined, openExternal: async () => undefined,
};

/** Wire-like text of about `chars` characters: a dateline lead, then varied body paragraphs (`long`: ~3x longer). */
function wireText(chars: number, long = false): string {
  const parts = ['Jakarta (ANTARA) - Pemerintah daerah membahas anggaran tahun depan dalam rapat yang berlangsung hingga malam.'];
  let n = parts[0].length;
  const tail = long ? ' Rapat juga mendengar laporan dinas terkait, usulan warga dari musyawarah desa, serta catatan badan pemeriksa keuangan atas belanja tahun lalu yang belum tuntas.' : '';
  for (let i = 0; n < chars; i++) {
    const p = `Paragraf ke-${i} menjelaskan rincian belanja daerah untuk pos ${i % 97}, termasuk pendidikan, kesehatan, dan jalan desa di kecamatan ${i % 31}.${tail}`;
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n');
}

test('a ~50 MB text is refused with one plain line, quickly, and nothing is written', async () => {
  const dir = await tempDir();
  const file = path.join(dir, 'raksasa.txt');
  await fs.writeFile(file, wireText(48 * 1024 * 1024));
  const data = path.join(dir, 'data');
  const t = Date.now();
  // The command's own CPU time (user + system, from time(1)) is what "quickly" means: wall time on a
  // loaded, shared 2-core machine is mostly waiting for a core.
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, path.join(ROOT, 'bin', 'meja.js'), 'import', file, '--data', data], { encoding: 'utf8', env: { ...process.env, MEJA_DATA_DIR: '' }, timeout: 300_000 });
  const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('Command exited'));
  const [rssKb, userS, sysS] = lines.pop()!.split(' ').map(Number);
  const maxRssMb = rssKb / 1024;
  const cpuMs = (userS + sysS) * 1000;
  assert.equal(r.status, 2, r.stderr);
  assert.deepEqual(lines, [`meja import: ${file}: one story holds 48.0 million characters; a story can hold at most 4 million (split the file into stories)`]);
  assert.ok(cpuMs < 20_000, `refused in ${cpuMs.toFixed(0)} ms of CPU (${Date.now() - t} ms on the clock)`);
  assert.ok(maxRssMb < 800, `refusing took ${maxRssMb.toFixed(0)} MB of memory`);
  const s = await createServices(data, { speller: false });
  assert.equal(s.workspace.list().length, 0);
  assert.deepEqual(await fs.readdir(path.join(data, 'workspace', 'stories')), []);
  await s.close();
});

test('a story just under the limit: imported, opened, edited and saved in the app\'s own path', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const h = createHandlers(s, ports);
  const text = wireText(MAX_STORY_CHARS - 64 * 1024, true);
  const rss0 = process.memoryUsage().rss;
  // Bounded time is bounded work: this process's CPU time (the import, open and save all run here,
  // worker threads included), not the clock, which on a loaded 2-core CI machine ran to 146 s for
  // about 16 s of CPU.
  const t = Date.now();
  const cpu0 = process.cpuUsage();
  const res = await dispatch(h, 'stories:import-bytes', { files: [{ name: 'panjang.txt', bytes: new TextEncoder().encode(text) }] }) as { items: { ok: boolean; storyIds: string[]; error?: unknown }[] };
  assert.equal(res.items[0].ok, true, JSON.stringify(res.items[0].error));
  const [id] = res.items[0].storyIds;
  const view = await dispatch(h, 'stories:get', { id }) as { record: { article: { headline: string | null; paragraphs: { role: string; text: string; url?: string | null }[] } } };
  const paragraphs = view.record.article.paragraphs;
  assert.ok(paragraphs.length > 10_000 && paragraphs.length <= MAX_PARAGRAPHS, `${paragraphs.length} paragraphs`);
  paragraphs[1] = { ...paragraphs[1], text: 'Paragraf yang disunting oleh redaktur.' };
  await dispatch(h, 'stories:save', { id, article: { headline: 'Anggaran daerah', paragraphs } });
  const back = await s.stories.record(id);
  assert.equal(back.article.paragraphs[1].text, 'Paragraf yang disunting oleh redaktur.');
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const grewMb = (process.memoryUsage().rss - rss0) / 1024 / 1024;
  assert.ok(cpuMs < 60_000, `took ${cpuMs.toFixed(0)} ms of CPU (${Date.now() - t} ms on the clock)`);
  assert.ok(grewMb < 1500, `memory grew by ${grewMb.toFixed(0)} MB`);
  // The same story pasted one character over the limit is refused plainly.
  const over = await dispatch(h, 'stories:import-text', { text: 'x'.repeat(MAX_STORY_CHARS + 1) }) as { items: { ok: boolean; error: { code: string; message: string } }[] };
  assert.equal(over.items[0].ok, false);
  assert.equal(over.items[0].error.code, 'too-large');
  // Under the character limit but more paragraphs than a save can carry: refused too, never stranded.
  const many = await dispatch(h, 'stories:import-text', { text: wireText(3 * 1024 * 1024) }) as typeof over;
  assert.equal(many.items[0].ok, false);
  assert.match(many.items[0].error.message, /^one story has \d+ paragraphs; a story can have at most 20000/);
  assert.equal(s.workspace.list().length, 1, 'only the story that fits was stored');
  await s.close();
});
