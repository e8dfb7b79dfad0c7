import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openArchive } from '../../../electron/services/archive/index.ts';
import { fixtureArchive, tempDir } from './helpers.ts';

const fx = fixtureArchive();
const a = fx.archive;
after(() => fx.done());

const ids = (r: { results: { id: string }[] }) => r.results.map((x) => x.id);

test('the archive lives in <dataDir>/archive.sqlite and reports its size', () => {
  assert.ok(existsSync(path.join(fx.dir, 'archive.sqlite')));
  const s = a.stats();
  assert.equal(s.stories, 10);
  assert.ok(s.indexBytes > 0 && s.storeBytes > 0);
});

test('stemming: `mengatakan` finds stories that say `kata`, and `kata` finds `mengatakan`', () => {
  const r = a.search('mengatakan');
  assert.ok(ids(r).includes('t-inflasi-1')); // has both
  assert.ok(ids(r).includes('t-inflasi-2')); // only "kata Ratna Wibisono"
  assert.ok(ids(r).includes('t-umum')); // only "mengatakan"
  const k = a.search('kata');
  assert.deepEqual(new Set(ids(k)), new Set(ids(r)));
  assert.match(k.results.find((x) => x.id === 't-umum')!.snippet, /<mark>mengatakan<\/mark>/);
});

test('case and accents do not matter', () => {
  assert.deepEqual(ids(a.search('BULOG')).sort(), ['t-beras', 't-beras-stok']);
  assert.deepEqual(ids(a.search('bulóg')).sort(), ['t-beras', 't-beras-stok']);
});

test('an exact phrase matches only the words in that order', () => {
  const r = a.search('"harga beras"');
  assert.deepEqual(ids(r), ['t-beras']);
  assert.match(r.results[0].snippet, /<mark>Harga beras<\/mark>|<mark>harga beras<\/mark>/);
  assert.equal(a.search('"beras harga"').total, 0);
});

test('exclusions drop words and phrases, stemmed', () => {
  assert.deepEqual(ids(a.search('beras -surabaya')), ['t-beras-stok']);
  assert.deepEqual(ids(a.search('beras -"musim hujan"')), ['t-beras-stok']);
  assert.deepEqual(ids(a.search('"harga beras" -operasi')), []);
  // `-mengungsi` excludes the flood story, which says `mengungsi` (stem `ungsi`).
  assert.ok(!ids(a.search('warga -pengungsi')).includes('t-banjir'));
});

test('filters: date range, source, section, author', () => {
  assert.deepEqual(ids(a.search('harga', { from: '2025-10-15', to: '2025-11-01' })).sort(), ['t-inflasi-1', 't-umum']);
  assert.deepEqual(ids(a.search('beras', { source: 'kompas' })), ['t-beras-stok']);
  assert.deepEqual(ids(a.search('menang', { section: 'Olahraga' })), ['t-bola']);
  assert.deepEqual(ids(a.search('banjir', { author: 'andi' })), ['t-banjir']);
  assert.deepEqual(ids(a.search('banjir', { author: 'sari' })), []);
  // No words: the filtered archive, newest first.
  assert.deepEqual(ids(a.search('', { author: 'Andi Lubis' })), ['t-banjir', 't-bola']);
});

test('sort by date and pagination', () => {
  const all = a.search('harga', { sort: 'date', limit: 50 });
  const dates = all.results.map((x) => x.date ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse());
  assert.ok(all.total >= 4);
  const p1 = a.search('harga', { sort: 'date', limit: 2, offset: 0 });
  const p2 = a.search('harga', { sort: 'date', limit: 2, offset: 2 });
  assert.equal(p1.total, all.total);
  assert.deepEqual([...ids(p1), ...ids(p2)], ids(all).slice(0, 4));
  const rel = a.search('harga', { limit: 50 });
  assert.deepEqual(new Set(ids(rel)), new Set(ids(all)));
  assert.ok(rel.results.every((x, i) => i === 0 || x.score <= rel.results[i - 1].score));
});

test('snippets are escaped HTML with only <mark> tags', () => {
  const r = a.search('banjir');
  const s = r.results.find((x) => x.id === 't-banjir')!.snippet;
  assert.ok(!s.includes('<script'), s);
  assert.match(s, /&lt;script&gt;alert\(&#39;x&#39;\)&lt;\/script&gt;/);
  const tags = s.match(/<[^>]*>/g) ?? [];
  assert.ok(tags.length > 0 && tags.every((t) => t === '<mark>' || t === '</mark>'), tags.join(' '));
});

test('typo tolerance for longer words', () => {
  const r = a.search('evakuasu');
  assert.deepEqual(ids(r), ['t-banjir']);
  assert.deepEqual(r.corrected, { evakuasu: ['evakuasi'] });
  assert.match(r.results[0].snippet, /<mark>evakuasi<\/mark>/);
  assert.deepEqual(ids(a.search('Wybisana')), []); // two edits: no match
  assert.ok(ids(a.search('Wibisnoo')).includes('t-inflasi-1')); // one transposition
  assert.ok(ids(a.search('Wibisno')).includes('t-inflasi-1')); // one edit
  assert.equal(a.search('bres').total, 0); // short words are never guessed
});

test('as-you-type: the unfinished last word matches as a prefix', () => {
  assert.equal(a.search('Wibis').total, 0);
  const r = a.search('Ratna Wibis', { prefix: true });
  assert.deepEqual(new Set(r.results.map((x) => x.id)), new Set(['t-inflasi-1', 't-inflasi-2', 't-tanpa-url']));
  assert.match(r.results[0].snippet, /<mark>Ratna Wibisono<\/mark>/);
  // Once a space follows, the word is finished.
  assert.equal(a.search('Wibis ', { prefix: true }).total, 0);
  assert.deepEqual(a.search('evaku', { prefix: true }).results.map((x) => x.id), ['t-banjir']);
  // A last word still too short is left out rather than emptying the list.
  assert.deepEqual(a.search('evakuasi Be', { prefix: true }).results.map((x) => x.id), ['t-banjir']);
  assert.equal(a.search('evakuasi Be').total, 0);
});

test('dates: unambiguous forms are read, ambiguous ones kept undated', () => {
  assert.equal(a.getStory('t-kebijakan')!.date, '2025-10-20T17:00:00.000Z', 'a day without a zone is the desk\'s: 00:00 WIB');
  assert.equal(a.getStory('t-ambigu')!.date, null);
});

test('duplicates: same URL, same text, near-identical text', () => {
  const base = a.getStory('t-inflasi-1')!;
  assert.deepEqual(a.addStory({ title: 'Lain', body: 'Teks lain sama sekali.', url: base.url }), { id: 'arsip-' + a.addStory({ title: 'Lain', body: 'Teks lain sama sekali.', url: base.url }).id.slice(6), duplicateOf: 't-inflasi-1' });
  assert.equal(a.addStory({ title: base.title, body: base.body.replace(/\n\n/g, '\n\n  ').toUpperCase() }).duplicateOf, 't-inflasi-1');
  const near = base.body.replace('2 persen', 'dua persen');
  assert.equal(a.addStory({ title: base.title, body: near, url: 'https://lain.test/x' }).duplicateOf, 't-inflasi-1');
  assert.equal(a.stats().stories, 10);
  // The same id again is a corrected re-export: it replaces the story.
  const r = a.addStory({ ...base, id: 't-bola', title: 'Timnas menang tipis atas Vietnam (ralat)', body: 'HANOI (Reuters) - Tim nasional menang 2-0.', url: 'https://contoh.test/olahraga/timnas-menang', date: base.date ?? undefined, authors: [] });
  assert.equal(r.updated, true);
  assert.equal(a.getStory('t-bola')!.title, 'Timnas menang tipis atas Vietnam (ralat)');
  assert.deepEqual(ids(a.search('2-0')), ['t-bola']);
  assert.equal(a.stats().stories, 10);
});

test('rebuildIndex restores search from the stored stories', () => {
  const before = ids(a.search('inflasi'));
  a.db.exec('DELETE FROM fts_stem');
  assert.equal(a.search('inflasi').results.length, 0);
  const seen: number[] = [];
  a.rebuildIndex((done) => seen.push(done));
  assert.deepEqual(ids(a.search('inflasi')), before);
  assert.equal(seen.at(-1), 10);
  assert.equal(a.checkIndex(), true);
});

test('a damaged index is detected on opening after a crash and rebuilt', () => {
  const dir = tempDir();
  try {
    const b = openArchive(dir);
    b.addStory({ id: 'x1', title: 'Kereta cepat', body: 'Kereta cepat melaju di Bandung.', url: 'https://x.test/1' });
    // Leave without close(), as a crash would, then corrupt the stemmed index's data blocks behind FTS5's back.
    b.db.close();
    const raw = new DatabaseSync(path.join(dir, 'archive.sqlite'), { defensive: false });
    raw.exec(`UPDATE fts_stem_data SET block = zeroblob(length(block)) WHERE id > 10`);
    raw.close();
    const c = openArchive(dir);
    assert.equal(c.checkIndex(), true);
    assert.equal(c.indexCheckPending, false);
    assert.deepEqual(c.search('kereta').results.map((x) => x.id), ['x1']);
    // verifyIndex (what the app runs when a big archive's check was deferred) finds and mends damage too.
    c.db.close();
    const raw2 = new DatabaseSync(path.join(dir, 'archive.sqlite'), { defensive: false });
    raw2.exec(`UPDATE fts_head_data SET block = zeroblob(length(block)) WHERE id > 10`);
    raw2.close();
    const d = openArchive(dir, { checkIndex: 'never' });
    assert.deepEqual(d.verifyIndex(), { damaged: true });
    assert.deepEqual(d.verifyIndex(), { damaged: false });
    assert.deepEqual(d.search('kereta').results.map((x) => x.id), ['x1']);
    d.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the integrity check in a worker thread tells a sound index from a damaged one, as the check on the caller\'s connection does', async () => {
  const dir = tempDir();
  try {
    const b = openArchive(dir);
    for (let i = 0; i < 200; i++) b.addStory({ id: `w${i}`, title: `Kereta cepat ${i}`, body: `Kereta cepat melaju di Bandung, hari ke-${i}.`, url: `https://x.test/${i}` });
    assert.equal(await b.checkIndexAsync(), true);
    b.close();
    const raw = new DatabaseSync(path.join(dir, 'archive.sqlite'), { defensive: false });
    raw.exec(`UPDATE fts_head_data SET block = zeroblob(length(block)) WHERE id > 10`);
    raw.close();
    const c = openArchive(dir, { checkIndex: 'never' });
    assert.equal(await c.checkIndexAsync(), false);
    assert.equal(c.checkIndex(), false, 'the same verdict as on the caller\'s connection');
    c.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('resolveTitle: exact, then fuzzy, else null', () => {
  const e = a.resolveTitle('Baca juga: Harga beras naik di Surabaya menjelang musim hujan');
  assert.deepEqual(e, { id: 't-beras', url: 'https://contoh.test/ekonomi/harga-beras-surabaya', title: 'Harga beras naik di Surabaya menjelang musim hujan', exact: true });
  const f = a.resolveTitle('Harga beras naik di Surabaya jelang musim hujan');
  assert.equal(f?.id, 't-beras');
  assert.equal(f?.exact, false);
  assert.equal(a.resolveTitle('Gubernur resmikan jembatan baru di Kupang'), null);
});
