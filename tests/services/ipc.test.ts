// The real handlers behind every IPC channel: malformed arguments are refused before any handler
// runs, paths are checked, and the vertical slice (import, list, open, edit, restart) holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createServices } from '../../electron/services/app-services.ts';
import { createHandlers, type Ports } from '../../electron/ipc/handlers.ts';
import { dispatch, IpcArgumentError } from '../../electron/ipc/dispatch.ts';
import { buildApi } from '../../electron/ipc/api.ts';
import { contract, INTERNAL_CHANNELS, type Channel, type EventName } from '../../electron/ipc/contract.ts';
import { tempDir, SEED } from '../helpers/tmp.ts';
import { SettingsPatchSchema } from '../../electron/services/settings.ts';
import { validateProfile } from '../../core/profiles/index.ts';

function ports(events: { event: EventName; payload: unknown }[] = []): Ports {
  return {
    version: 'test', emit: (event, payload) => { events.push({ event, payload }); },
    openFiles: async () => null, chooseFolder: async () => null, saveFile: async () => null,
    writeClipboard: () => undefined, openExternal: async () => undefined,
  };
}

test('every channel refuses malformed arguments before its handler runs', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const handlers = createHandlers(s, ports());
  for (const channel of Object.keys(contract) as Channel[]) {
    for (const bad of [42, 'x', [1], { unexpected: true }]) {
      await assert.rejects(dispatch(handlers, channel, bad), IpcArgumentError, `${channel} accepted ${JSON.stringify(bad)}`);
    }
  }
  await assert.rejects(dispatch(handlers, 'stories:get', { id: '../../etc/passwd' }), IpcArgumentError);
  await assert.rejects(dispatch(handlers, 'fs:read', { path: '/etc/passwd' }), /unknown channel/);
  await s.close();
});

test('path arguments: no traversal, no system files, only what the user chose', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const handlers = createHandlers(s, ports());
  for (const p of ['/tmp/../../etc/passwd', '/etc/passwd', 'relative.txt', '/proc/self/environ']) {
    await assert.rejects(dispatch(handlers, 'stories:import-dropped', { paths: [p], dropKey: handlers.dropKey }), /refused/, p);
  }
  await assert.rejects(dispatch(handlers, 'settings:set', { patch: { hotFolder: '/etc' } }), /refused/);
  assert.equal(s.workspace.list().length, 0);
  await s.close();
});

test('a drop main did not get from the preload is refused: forged paths, a wrong key, a symlink out', async () => {
  const data = await tempDir();
  const elsewhere = await tempDir();
  const secret = path.join(elsewhere, 'id_rsa.txt');
  await fs.writeFile(secret, 'Jakarta (ANTARA) - Kunci rahasia yang tidak boleh dibaca oleh halaman.\n');
  const s = await createServices(data, { speller: false });
  const h = createHandlers(s, ports());
  // The page names a real file outside every root: without the preload's key, or with a guess, refused.
  await assert.rejects(dispatch(h, 'stories:import-dropped', { paths: [secret] }), IpcArgumentError);
  for (const dropKey of ['', 'x'.repeat(64), h.dropKey.slice(0, -1) + (h.dropKey.endsWith('0') ? '1' : '0')]) {
    await assert.rejects(dispatch(h, 'stories:import-dropped', { paths: [secret], dropKey }), /^Error: path refused: not dropped on the window/);
  }
  // A real drop (the preload's key) of a symlink to a system file: refused on its real path, one line.
  const link = path.join(elsewhere, 'berita.txt');
  await fs.symlink('/etc/hostname', link);
  await assert.rejects(dispatch(h, 'stories:import-dropped', { paths: [link], dropKey: h.dropKey }), (e: Error) => {
    assert.match(e.message, /^path refused: .*symlinks resolved: .*berita\.txt$/);
    assert.ok(!e.message.includes('\n'));
    return true;
  });
  // A symlink inside the data folder that points out of it is not inside the data folder either.
  const inner = path.join(data, 'lewat.txt');
  await fs.symlink(secret, inner);
  assert.equal(h.grants.allowed(inner), false);
  assert.equal(h.grants.allowed(path.join(data, 'workspace')), true);
  assert.equal(s.workspace.list().length, 0, 'nothing was imported');
  // The real drop of a real file with the key goes through.
  const res = await dispatch(h, 'stories:import-dropped', { paths: [secret], dropKey: h.dropKey }) as { items: { ok: boolean }[] };
  assert.equal(res.items[0].ok, true);
  await s.close();
});

test('the API object has one narrow function per channel and no generic invoke', () => {
  const calls: string[] = [];
  const api = buildApi({ invoke: async (c) => { calls.push(c); return null; }, on: () => () => undefined }) as unknown as Record<string, unknown>;
  for (const [name, c] of Object.entries(contract)) {
    // Preload-only channels are not on window.meja: the page cannot name paths for main to read.
    if ((INTERNAL_CHANNELS as readonly string[]).includes(name)) assert.equal(api[c.method], undefined, c.method);
    else assert.equal(typeof api[c.method], 'function', c.method);
  }
  assert.equal(api.importDroppedPaths, undefined);
  assert.equal(api.invoke, undefined);
  assert.equal(api.send, undefined);
  assert.ok(Object.isFrozen(api));
});

test('importFiles sends paths only with the preload\'s key, else the files\' bytes', async () => {
  const calls: { c: string; a: Record<string, unknown> }[] = [];
  const t = { invoke: async (c: string, a: unknown) => { calls.push({ c, a: a as Record<string, unknown> }); return null; }, on: () => () => undefined, getPathForFile: () => '/home/redaksi/berita.txt' };
  const file = new File(['Jakarta (ANTARA) - Isi.'], 'berita.txt');
  await buildApi(t as never).importFiles([file]);
  await buildApi({ ...t, dropKey: 'k' } as never).importFiles([file]);
  assert.deepEqual(calls.map((x) => x.c), ['stories:import-bytes', 'stories:import-dropped']);
  assert.deepEqual(calls[1].a, { paths: ['/home/redaksi/berita.txt'], dropKey: 'k' });
});

test('vertical slice: import the seed, see it, open it, edit it, restart, the edit is there', async () => {
  const dir = await tempDir();
  let s = await createServices(dir, { speller: false });
  let h = createHandlers(s, ports());
  const bytes = new Uint8Array(await fs.readFile(SEED));
  const res = await dispatch(h, 'stories:import-bytes', { files: [{ name: path.basename(SEED), bytes }] }) as { items: { ok: boolean; storyIds: string[] }[] };
  assert.equal(res.items[0].ok, true);
  const [id] = res.items[0].storyIds;
  const list = await dispatch(h, 'stories:list', {}) as { id: string; source: string }[];
  assert.deepEqual(list.map((x) => x.id), [id]);
  const view = await dispatch(h, 'stories:get', { id }) as { record: { article: { paragraphs: { role: string; text: string }[]; dateline: { place: string } } }; findings: { ruleId: string }[] };
  assert.equal(view.record.article.dateline.place, 'London');
  assert.ok(view.findings.some((f) => f.ruleId === 'structure/headline-missing'));
  const paragraphs = view.record.article.paragraphs.map((p, i) => (i === 1 ? { ...p, text: 'Dukungan NATO untuk Ukraina menjadi pokok bahasan utama.' } : p));
  await dispatch(h, 'stories:save', { id, article: { headline: 'NATO bahas dukungan untuk Ukraina', paragraphs } });
  await s.close();

  s = await createServices(dir, { speller: false });
  h = createHandlers(s, ports());
  const again = await dispatch(h, 'stories:get', { id }) as typeof view;
  assert.equal(again.record.article.paragraphs[1].text, 'Dukungan NATO untuk Ukraina menjadi pokok bahasan utama.');
  assert.equal((again.record as unknown as { article: { headline: string } }).article.headline, 'NATO bahas dukungan untuk Ukraina');
  assert.ok(!again.findings.some((f) => f.ruleId === 'structure/headline-missing'));
  await s.close();
});

test('export moves the story to diekspor and into the archive, where search finds it', async () => {
  const dir = await tempDir();
  const s = await createServices(dir, { speller: false });
  const events: { event: EventName; payload: unknown }[] = [];
  const h = createHandlers(s, ports(events));
  const res = await dispatch(h, 'stories:import-text', { text: await fs.readFile(SEED, 'utf8') }) as { items: { storyIds: string[] }[] };
  const [id] = res.items[0].storyIds;
  const out = await dispatch(h, 'stories:export', { ids: [id], format: 'nitf', toFile: false }) as { ok: boolean; archiveId: string }[];
  assert.equal(out[0].ok, true, JSON.stringify(out));
  assert.equal(s.workspace.list()[0].status, 'diekspor');
  const found = await dispatch(h, 'archive:search', { query: 'Rutte' }) as { total: number; results: { id: string }[] };
  assert.ok(found.total >= 1);
  assert.ok(events.some((e) => e.event === 'batch:progress'));
  await s.close();
});

test('changing the language tells main, which rebuilds the menu in that language', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const seen: string[] = [];
  const h = createHandlers(s, { ...ports(), settingsChanged: (next) => { seen.push(next.language); } });
  await dispatch(h, 'settings:set', { patch: { language: 'en' } });
  assert.deepEqual(seen, ['en']);
  await assert.rejects(dispatch(h, 'settings:set', { patch: { language: 'fr' } }));
  assert.equal(s.settings.get().language, 'en');
  await s.close();
});

test('an archive index rebuild reports progress and stops on batch:cancel, the old index kept', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const archive = s.archive();
  archive.transaction(() => {
    for (let i = 0; i < 2200; i++) archive.addStory({ id: `r${i}`, title: `Banjir rob ke-${i}`, body: `Semarang (ANTARA) - Banjir rob ke-${i} menggenangi jalan.`, url: `https://contoh.test/r${i}` });
  });
  const events: { event: EventName; payload: unknown }[] = [];
  const p = ports(events);
  const h = createHandlers(s, p);
  let pressed = false;
  // Ports are read on each event, so the test's emit goes in after the handlers are made.
  p.emit = (event, payload) => {
    events.push({ event, payload });
    const e = payload as { batchId: string; done: number; finished: boolean };
    // The editor presses Batal once the first thousand stories are in.
    if (event === 'batch:progress' && e.done === 1000 && !e.finished && !pressed) {
      pressed = true;
      void dispatch(h, 'batch:cancel', { batchId: e.batchId });
    }
  };
  const res = await dispatch(h, 'archive:rebuild', {}) as { stories: number; cancelled: boolean };
  assert.deepEqual({ stories: res.stories, cancelled: res.cancelled }, { stories: 2200, cancelled: true });
  const steps = events.filter((e) => e.event === 'batch:progress').map((e) => (e.payload as { done: number; finished: boolean }));
  assert.deepEqual(steps.map((e) => e.done), [0, 1000, 1]);
  assert.equal(steps.at(-1)!.finished, true);
  const found = async (q: string) => (await dispatch(h, 'archive:search', { query: q }) as { results: { id: string }[] }).results.map((r) => r.id);
  assert.deepEqual(await found('"rob ke-2150"'), ['r2150']);
  const full = await dispatch(h, 'archive:rebuild', {}) as { stories: number; cancelled: boolean };
  assert.equal(full.cancelled, false);
  assert.deepEqual(await found('"rob ke-2150"'), ['r2150']);
  await s.close();
});

/** A valid argument for each channel that takes fields (ids filled in by the test). */
function validArgs(id: string, dir: string): Partial<Record<Channel, Record<string, unknown>>> {
  return {
    'stories:get': { id },
    'stories:import-text': { text: 'Jakarta (ANTARA) - Isi.', html: '<p>Isi.</p>' },
    'stories:import-bytes': { files: [{ name: 'a.txt', bytes: new Uint8Array([65]) }] },
    'stories:import-dropped': { paths: [path.join(dir, 'a.txt')], dropKey: 'k' },
    'stories:save': { id, article: { headline: 'Judul', paragraphs: [{ role: 'lead', text: 'Teras.', url: 'https://contoh.id/a' }] } },
    'stories:set-status': { id, status: 'disunting' },
    'stories:set-meta': { id, meta: { slug: 'a', section: 'b', tags: ['c'], caption: 'd', embargo: '2026-01-01T10:00:00+07:00', priority: 'urgent', headline: 'e', datelinePlace: 'f', reporter: 'g', editor: 'h', translator: 'i' } },
    'stories:restore': { id, revisionId: id },
    'stories:delete': { id },
    'stories:fix-all': { id },
    'stories:clean-preview': { id },
    'stories:clean': { id },
    'stories:export-preview': { id, format: 'nitf' },
    'stories:export': { ids: [id], format: 'nitf', toFile: false },
    'stories:correct': { id },
    'stories:replace-all': { query: 'a', replacement: 'b', caseSensitive: true, wholeWord: false },
    'stories:insert-related': { id, links: [{ title: 'Judul', url: 'https://contoh.id/a' }] },
    'archive:search': { query: 'a', from: '2026-01-01', to: '2026-02-01', source: 's', section: 's', author: 'a', sort: 'date', limit: 5, offset: 0, includeWorkspace: true },
    'archive:related': { id, limit: 5 },
    'batch:cancel': { batchId: id },
    'settings:set': { patch: { language: 'en', theme: 'dark', profileId: 'antara', editorName: 'Rina', hotFolder: dir, archiveDir: dir, quoteStyle: 'curly', window: { x: 1, y: 2, width: 900, height: 700, maximized: false } } },
    'profiles:save': { profile: { id: 'desk', name: 'Desk', agency: 'ANTARA', datelineTemplate: '{PLACE} (ANTARA) -' } },
    'profiles:export': { id: 'antara' },
    'clipboard:write': { html: '<p>a</p>', text: 'a' },
    'shell:open-external': { url: 'https://antaranews.com/' },
  };
}

/** Every leaf of `v` replaced, one at a time, by each value of another type (null aside: often allowed). */
function* mutations(v: unknown, at: (string | number)[] = []): Generator<{ at: string; value: unknown; replace: (root: unknown) => unknown }> {
  const kind = (x: unknown) => (Array.isArray(x) ? 'array' : x instanceof Uint8Array ? 'bytes' : typeof x);
  if (v && typeof v === 'object' && !(v instanceof Uint8Array)) {
    for (const [k, child] of Object.entries(v)) yield* mutations(child, [...at, Array.isArray(v) ? Number(k) : k]);
    if (at.length === 0) return;
  }
  for (const wrong of [42, 'x', true, [], {}]) {
    if (kind(wrong) === kind(v)) continue;
    const replace = (root: unknown) => {
      const copy = structuredClone(root) as Record<string | number, unknown>;
      let o = copy;
      for (const k of at.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
      o[at.at(-1)!] = wrong;
      return copy;
    };
    yield { at: at.join('.'), value: wrong, replace };
  }
}

test('every field of every channel, given a wrong type, is refused in one line and changes nothing', async () => {
  const dir = await tempDir();
  const s = await createServices(dir, { speller: false });
  const h = createHandlers(s, ports());
  const res = await dispatch(h, 'stories:import-text', { text: await fs.readFile(SEED, 'utf8') }) as { items: { storyIds: string[] }[] };
  const [id] = res.items[0].storyIds;
  const before = { story: JSON.stringify(await s.stories.record(id)), settings: JSON.stringify(s.settings.get()), profiles: JSON.stringify(s.profiles.list()) };
  const valid = validArgs(id, dir);
  // A real profile (every field present) under a new id, so each of its fields is tried.
  valid['profiles:save'] = { profile: { ...structuredClone(s.profiles.list()[0]), id: 'desk-uji' } };
  let fed = 0;
  for (const [channel, args] of Object.entries(valid) as [Channel, Record<string, unknown>][]) {
    // The unmutated argument passes, so each refusal below is the wrong field's doing.
    assert.ok(contract[channel].args.safeParse(args).success, `${channel}: the valid sample is valid`);
    if (channel === 'settings:set') assert.ok(SettingsPatchSchema.strict().safeParse(args.patch).success);
    if (channel === 'profiles:save') validateProfile(args.profile);
    for (const m of mutations(args)) {
      const bad = m.replace(args);
      await assert.rejects(dispatch(h, channel, bad), (e: Error) => {
        assert.ok(e instanceof IpcArgumentError, `${channel} ${m.at}=${JSON.stringify(m.value)}: ${e.message}`);
        assert.ok(!e.message.includes('\n'), `${channel} ${m.at}: one line, got ${e.message}`);
        return true;
      }, `${channel} accepted ${m.at}=${JSON.stringify(m.value)}`);
      fed++;
    }
  }
  assert.ok(fed > 300, `${fed} wrong fields fed`);
  // Unknown fields are refused too, not silently kept.
  await assert.rejects(dispatch(h, 'settings:set', { patch: { nope: 1 } }), IpcArgumentError);
  await assert.rejects(dispatch(h, 'profiles:save', { profile: { ...valid['profiles:save']!.profile as object, extra: true } }), IpcArgumentError);
  assert.equal(JSON.stringify(await s.stories.record(id)), before.story, 'the story is unchanged');
  assert.equal(JSON.stringify(s.settings.get()), before.settings, 'the settings are unchanged');
  assert.equal(JSON.stringify(s.profiles.list()), before.profiles, 'the profiles are unchanged');
  await s.close();
});

test('links are http(s) only: insert-related refuses others, a save drops them, nothing else is stored', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const h = createHandlers(s, ports());
  const res = await dispatch(h, 'stories:import-text', { text: await fs.readFile(SEED, 'utf8') }) as { items: { storyIds: string[] }[] };
  const [id] = res.items[0].storyIds;
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:x', 'https://a b', 'ftp://contoh.id/x']) {
    await assert.rejects(dispatch(h, 'stories:insert-related', { id, links: [{ title: 'x', url }] }), IpcArgumentError, url);
  }
  // The seed story has room for one more Baca juga line; the save below leaves it only two paragraphs.
  const ok = await dispatch(h, 'stories:insert-related', { id, links: [{ title: 'Judul', url: 'https://www.antaranews.com/berita/1' }] }) as { record: { article: { related: { url: string | null }[] } } };
  assert.ok(ok.record.article.related.some((r) => r.url === 'https://www.antaranews.com/berita/1'));
  const view = await dispatch(h, 'stories:save', { id, article: { headline: 'Judul', paragraphs: [{ role: 'lead', text: 'Jakarta (ANTARA) - Teras berita.' }, { role: 'related', text: 'Baca juga: Judul lain', url: 'javascript:alert(2)' }] } }) as { record: { article: { paragraphs: { url?: string | null }[]; related: { url: string | null }[] } } };
  const urls = [...view.record.article.paragraphs.map((p) => p.url), ...view.record.article.related.map((r) => r.url)].filter(Boolean);
  assert.deepEqual(urls, []);
  await s.close();
});

test('path traversal in every path argument is refused: drops, hot folder, archive folder, profile export', async () => {
  const dir = await tempDir();
  const s = await createServices(dir, { speller: false });
  let saveDialogs = 0;
  const h = createHandlers(s, { ...ports(), saveFile: async () => { saveDialogs++; return null; } });
  const link = path.join(dir, 'sistem');
  await fs.symlink('/etc', link);
  const TRAVERSALS = ['../../etc/passwd', '/tmp/../../etc/passwd', `${dir}/../../etc`, '/etc', '/etc/passwd', '/proc/self/environ', 'relatif/berkas.txt', `${link}/passwd`, link, '/dev/null', 'C:\\Windows\\system32', '\0/etc/passwd'];
  const before = JSON.stringify(s.settings.get());
  for (const p of TRAVERSALS) {
    await assert.rejects(dispatch(h, 'stories:import-dropped', { paths: [p], dropKey: h.dropKey }), /refused|invalid arguments/, `drop ${p}`);
    await assert.rejects(dispatch(h, 'settings:set', { patch: { hotFolder: p } }), /refused|invalid arguments/, `hotFolder ${p}`);
    await assert.rejects(dispatch(h, 'settings:set', { patch: { archiveDir: p } }), /refused|invalid arguments/, `archiveDir ${p}`);
    await assert.rejects(dispatch(h, 'profiles:export', { id: p }), IpcArgumentError, `profile id ${p}`);
  }
  assert.equal(saveDialogs, 0, 'no dialog was opened with a forged name');
  assert.equal(JSON.stringify(s.settings.get()), before, 'no setting changed');
  assert.equal(s.workspace.list().length, 0, 'nothing was imported');
  await s.close();
});

test('shell:open-external opens only allow-listed https links: the real handler never calls the shell for others', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const opened: string[] = [];
  const h = createHandlers(s, { ...ports(), openExternal: async (url) => { opened.push(url); } });
  for (const url of ['http://www.antaranews.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://evil.example/', 'https://antaranews.com.evil.example/', 'https://user:pw@antaranews.com/', 'https://antaranews.com:8443/', 'data:text/html,x', '']) {
    assert.deepEqual(await dispatch(h, 'shell:open-external', { url }), { opened: false }, url);
  }
  assert.deepEqual(opened, []);
  assert.deepEqual(await dispatch(h, 'shell:open-external', { url: 'https://www.antaranews.com/berita/1' }), { opened: true });
  assert.deepEqual(opened, ['https://www.antaranews.com/berita/1']);
  await s.close();
});

test('profiles:save carries rule options through the contract; an option outside its schema is refused in one line, nothing saved', async () => {
  const s = await createServices(await tempDir(), { speller: false });
  const h = createHandlers(s, ports());
  const antara = structuredClone(s.profiles.require('antara'));
  const rules = { 'structure/credits-missing': { options: { required: ['reporter'] } }, 'language/currency-conversion': { options: { tolerance: 0.05 } } };
  const list = await dispatch(h, 'profiles:save', { profile: { ...antara, rules } }) as { id: string; rules: unknown }[];
  assert.deepEqual(list.find((p) => p.id === 'antara')?.rules, rules);
  const before = JSON.stringify(s.profiles.list());
  await assert.rejects(dispatch(h, 'profiles:save', { profile: { ...antara, rules: { 'structure/headline-too-long': { options: { maxWords: 2 } } } } }), (e: Error) => {
    assert.ok(e instanceof IpcArgumentError);
    assert.match(e.message, /profile\.rules\.structure\/headline-too-long\.options\.maxWords/);
    assert.ok(!e.message.includes('\n'));
    return true;
  });
  assert.equal(JSON.stringify(s.profiles.list()), before, 'the profiles are unchanged');
  await s.close();
});
