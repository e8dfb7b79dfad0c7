// The Arsip channels over the real handlers: the include-the-desk switch searches stories in work
// the archive's way (stems, body text, phrases, exclusions, filters) and pages with the archive
// without repeats; an archive story can be read whole and put on the desk; a bulk load from a
// folder reports what it added, skipped, kept undated and refused, with file names in progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createServices } from '../../electron/services/app-services.ts';
import { createHandlers, type Ports } from '../../electron/ipc/handlers.ts';
import { dispatch } from '../../electron/ipc/dispatch.ts';
import type { ArchiveImportResult, ArchiveStoryView, EventName, ProgressEvent, SearchResult } from '../../electron/ipc/contract.ts';
import { tempDir } from '../helpers/tmp.ts';

function ports(events: { event: EventName; payload: unknown }[], openFiles: (string[] | null)[] = []): Ports {
  return {
    version: 'test', emit: (event, payload) => { events.push({ event, payload }); },
    openFiles: async () => openFiles.shift() ?? null, chooseFolder: async () => null, saveFile: async () => null,
    writeClipboard: () => undefined, openExternal: async () => undefined,
  };
}

const FLOOD = 'Jakarta dilanda banjir besar\n\nJAKARTA (ANTARA) - Banjir merendam ribuan rumah di Jakarta Timur pada Senin.\n\nPetugas mengevakuasi warga ke posko pengungsian.\n\nPewarta: Andi';

async function setUp() {
  const s = await createServices(await tempDir(), { speller: false });
  const events: { event: EventName; payload: unknown }[] = [];
  const answers: (string[] | null)[] = [];
  const h = createHandlers(s, ports(events, answers));
  const a = s.archive();
  for (let i = 0; i < 5; i++) {
    a.addStory({ id: `arsip-${i}`, title: `Banjir surut di Bekasi hari ke-${i}`, body: `BEKASI (ANTARA) - Banjir di Bekasi mulai surut, hari ke-${i}.\n\nWarga membersihkan rumah.`, url: `https://x.test/${i}`, date: `2026-10-0${i + 1}T03:00:00Z`, source: 'ANTARA', section: 'Nusantara' });
  }
  await dispatch(h, 'stories:import-text', { text: FLOOD });
  return { s, h, events, answers };
}

const ids = (r: SearchResult) => r.results.map((x) => x.id);

test('include the desk: stems, body words, phrases, exclusions and filters apply to stories in work too', async () => {
  const { s, h } = await setUp();
  const q = async (args: Record<string, unknown>) => dispatch(h, 'archive:search', { includeWorkspace: true, ...args }) as Promise<SearchResult>;
  const work = s.workspace.list()[0].id;
  assert.ok(ids(await q({ query: 'kebanjiran' })).includes(work), 'stemmed: kebanjiran finds banjir');
  assert.ok(ids(await q({ query: 'banjir petugas' })).includes(work), 'a word only in the body');
  assert.ok(ids(await q({ query: '"merendam ribuan rumah"' })).includes(work), 'an exact phrase');
  assert.ok(!ids(await q({ query: 'banjir -petugas' })).includes(work), 'an exclusion');
  assert.ok(!ids(await q({ query: '"rumah ribuan"' })).includes(work), 'a phrase in the wrong order');
  assert.ok(!ids(await q({ query: 'banjir', from: '2027-01-01' })).includes(work), 'the date filter');
  assert.ok(!ids(await q({ query: 'banjir', source: 'Kompas' })).includes(work), 'the source filter');
  assert.ok(ids(await q({ query: 'banjir', source: 'antara' })).includes(work));
  assert.ok(ids(await q({ query: 'mengevak', prefix: true })).includes(work), 'the last word as a prefix while typing');
  const hit = (await q({ query: 'petugas' })).results.find((x) => x.id === work)!;
  assert.equal(hit.inWorkspace, true);
  assert.match(hit.snippet, /<mark>Petugas<\/mark>/);
  // Once exported it is in the archive: listed once, from there.
  await s.stories.exportStories([work], 'text', null);
  const after = (await q({ query: 'petugas' })).results;
  assert.equal(after.filter((x) => x.inWorkspace).length, 0, JSON.stringify(after));
  assert.equal(after.filter((x) => x.title === 'Jakarta dilanda banjir besar').length, 1, JSON.stringify(after.map((x) => x.title)));
  await s.close();
});

test('include the desk: limit and offset page one list, no story twice, the total counts both', async () => {
  const { s, h } = await setUp();
  const page = async (offset: number) => dispatch(h, 'archive:search', { query: 'banjir', includeWorkspace: true, limit: 2, offset }) as Promise<SearchResult>;
  const pages = [await page(0), await page(2), await page(4)];
  assert.equal(pages[0].total, 6);
  assert.deepEqual(pages.map((p) => p.results.length), [2, 2, 2]);
  const seen = pages.flatMap(ids);
  assert.equal(new Set(seen).size, 6, seen.join());
  assert.equal(pages[0].results[0].inWorkspace, true, 'stories in work come first');
  assert.ok(pages.slice(1).every((p) => p.results.every((x) => !x.inWorkspace)));
  await s.close();
});

test('an archive story is read whole, and opened on the desk as a new story (once)', async () => {
  const { s, h, events } = await setUp();
  const st = await dispatch(h, 'archive:get', { id: 'arsip-3' }) as ArchiveStoryView;
  assert.equal(st.title, 'Banjir surut di Bekasi hari ke-3');
  assert.match(st.body, /Warga membersihkan rumah\./);
  assert.equal(await dispatch(h, 'archive:get', { id: 'tidak-ada' }), null);
  const before = s.workspace.list().length;
  const { storyId } = await dispatch(h, 'archive:open', { id: 'arsip-3' }) as { storyId: string };
  const rec = await s.stories.record(storyId);
  assert.equal(rec.article.headline, 'Banjir surut di Bekasi hari ke-3');
  assert.equal(rec.article.meta.url, 'https://x.test/3');
  assert.ok(rec.article.paragraphs.some((p) => /Warga membersihkan rumah/.test(p.text)));
  assert.equal(s.workspace.list().length, before + 1);
  assert.ok(events.some((e) => e.event === 'stories:changed'));
  const again = await dispatch(h, 'archive:open', { id: 'arsip-3' }) as { storyId: string };
  assert.equal(again.storyId, storyId, 'opening it again gives the same story, not a copy');
  await assert.rejects(dispatch(h, 'archive:open', { id: 'tidak-ada' }), /tidak ditemukan/);
  await s.close();
});

test('bulk load of a folder: added, duplicates, undated and refused lines reported; progress names the file', async () => {
  const { s, h, events, answers } = await setUp();
  const folder = await tempDir();
  await fs.writeFile(path.join(folder, 'a.jsonl'), [
    JSON.stringify({ id: 'm1', title: 'Gempa guncang Palu', body: 'PALU (ANTARA) - Gempa mengguncang Palu.\n\nWarga panik.', url: 'https://x.test/m1', date: '2026-10-21' }),
    JSON.stringify({ id: 'm2', title: 'Gempa susulan di Palu', body: 'PALU (ANTARA) - Gempa susulan terjadi.\n\nTidak ada korban.', url: 'https://x.test/m2', date: '05/06/2026' }),
    'bukan json',
    JSON.stringify({ id: 'm3', title: 'Banjir surut di Bekasi hari ke-1', body: 'BEKASI (ANTARA) - Banjir di Bekasi mulai surut, hari ke-1.\n\nWarga membersihkan rumah.', url: 'https://x.test/1' }),
  ].join('\n') + '\n');
  answers.push([folder]);
  const r = await dispatch(h, 'archive:import-dialog', { folders: true }) as ArchiveImportResult;
  assert.equal(r.added, 2);
  assert.equal(r.duplicates, 1);
  assert.equal(r.undatedCount, 1);
  assert.deepEqual(r.undated.map((u) => [u.file, u.line, u.title, u.date]), [['a.jsonl', 2, 'Gempa susulan di Palu', '05/06/2026']]);
  assert.equal(r.errorCount, 1);
  assert.deepEqual(r.errors.map((e) => [e.file, e.line]), [['a.jsonl', 3]]);
  assert.deepEqual(r.files.map((f) => [f.name, f.added, f.duplicates]), [['a.jsonl', 2, 1]]);
  const prog = events.filter((e) => e.event === 'batch:progress').map((e) => e.payload as ProgressEvent).filter((p) => !p.finished);
  assert.ok(prog.length >= 1);
  assert.equal(prog.at(-1)!.current, 'a.jsonl');
  assert.deepEqual(prog.at(-1)!.counts, { added: 2, duplicates: 1, undated: 1, errors: 1 });
  assert.equal(await dispatch(h, 'archive:import-dialog', { folders: true }), null, 'the dialog cancelled: nothing');
  await s.close();
});

/** Services on an archive whose index another version wrote, its rebuild deferred as the app does. */
async function outdatedArchiveApp() {
  const { outdatedArchive } = await import('./archive/helpers.ts');
  const dir = await tempDir();
  outdatedArchive(dir);
  const s = await createServices(dir, { speller: false, archive: { rebuild: 'defer' } });
  const events: { event: EventName; payload: unknown }[] = [];
  return { s, h: createHandlers(s, ports(events)), events };
}

test('an archive index from another version: the app opens at once and rebuilds it in steps with progress and Batal', async () => {
  const { s, h, events } = await outdatedArchiveApp();
  const builds = () => events.filter((e) => e.event === 'batch:progress').map((e) => e.payload as ProgressEvent).filter((p) => p.kind === 'index-build');
  // The first use starts the rebuild in the background; meanwhile search says so plainly.
  await assert.rejects(dispatch(h, 'archive:search', { query: 'inflasi' }), /sedang dibangun ulang/);
  assert.ok(builds().length >= 1, 'a progress bar for the rebuild');
  // Batal: it stops, stays pending, and does not start again by itself.
  await dispatch(h, 'batch:cancel', { batchId: builds()[0].batchId });
  // The rebuild notices Batal at its next step: wait for its last progress event (a fixed 50 ms was
  // too short when a busy machine delays that step).
  for (const end = Date.now() + 10_000; !builds().some((p) => p.finished) && Date.now() < end;) await new Promise((r) => setTimeout(r, 10));
  assert.ok(builds().some((p) => p.finished));
  assert.equal(s.archive().indexRebuildPending, true);
  const before = builds().length;
  await assert.rejects(dispatch(h, 'archive:search', { query: 'inflasi' }), /sedang dibangun ulang/);
  assert.equal(builds().length, before, 'no new rebuild after Batal');
  // The editor's own rebuild finishes it.
  const r = await dispatch(h, 'archive:rebuild', {}) as { cancelled: boolean };
  assert.equal(r.cancelled, false);
  const found = await dispatch(h, 'archive:search', { query: 'inflasi' }) as SearchResult;
  assert.ok(found.total > 0);
  await s.close();
});

test('left alone, the background rebuild finishes and search answers', async () => {
  const { s, h } = await outdatedArchiveApp();
  await assert.rejects(dispatch(h, 'archive:stats', {}).then(() => dispatch(h, 'archive:search', { query: 'inflasi' })), /sedang dibangun ulang/);
  // A deadline in time, not a count of 20 ms naps: under load each nap is longer, and the rebuild slower.
  for (const end = Date.now() + 30_000; s.archive().indexRebuildPending && Date.now() < end;) await new Promise((r) => setTimeout(r, 20));
  assert.equal(s.archive().indexRebuildPending, false);
  assert.ok((await dispatch(h, 'archive:search', { query: 'inflasi' }) as SearchResult).total > 0);
  await s.close();
});

test('Batal on an archive bulk load in the app stops it between batches; a second load resumes', async () => {
  const { s, h, answers } = await setUp();
  const folder = await tempDir();
  const file = path.join(folder, 'banyak.jsonl');
  await fs.writeFile(file, Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: `b${i}`, title: `Berita massal nomor ${i} tentang hal ${i * 7}`, body: `JAKARTA (ANTARA) - Isi berita massal ${i}, hal ${i * 13}.\n\nParagraf kedua ${i * 17}.`, url: `https://x.test/b${i}`, date: '2026-10-01' })).join('\n') + '\n');
  let cancelled = false;
  const h2 = createHandlers(s, {
    ...ports([], answers),
    emit: (event, payload) => {
      const p = payload as ProgressEvent;
      if (event === 'batch:progress' && !p.finished && !cancelled) {
        cancelled = true;
        void dispatch(h2, 'batch:cancel', { batchId: p.batchId });
      }
    },
  });
  void h;
  answers.push([file]);
  const r = await dispatch(h2, 'archive:import-dialog', {}) as ArchiveImportResult;
  assert.equal(r.cancelled, true);
  assert.ok(r.added > 0 && r.added < 1000, `${r.added} added before Batal`);
  answers.push([file]);
  const again = await dispatch(h, 'archive:import-dialog', {}) as ArchiveImportResult;
  assert.equal(again.cancelled, false);
  assert.equal(r.added + again.added, 1000);
  await s.close();
});
