import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { article, fixtureArchive } from './helpers.ts';

const fx = fixtureArchive();
const a = fx.archive;
after(() => fx.done());

const open = article('Ratna Wibisono minta daerah waspadai kenaikan harga pangan', [
  'Menteri Keuangan Ratna Wibisono meminta pemerintah daerah mewaspadai kenaikan harga pangan menjelang akhir tahun.',
  'Ratna Wibisono mengatakan Kementerian Keuangan akan memantau inflasi bersama Badan Pusat Statistik.',
  'Harga kebutuhan pokok di pasar masih stabil, kata dia.',
], { date: '2025-11-05T00:00:00Z', url: 'https://contoh.test/ekonomi/waspadai-harga-pangan' });

test('a story sharing the named people beats one sharing only common words', () => {
  const r = a.related(open, { now: new Date('2025-11-05T00:00:00Z') });
  const order = r.results.map((x) => x.id);
  assert.ok(order.length >= 2, JSON.stringify(r));
  assert.ok(['t-inflasi-1', 't-inflasi-2'].includes(order[0]), order.join());
  const umum = order.indexOf('t-umum');
  assert.ok(umum === -1 || umum > order.indexOf('t-inflasi-1'), order.join());
  assert.ok(r.results[0].shared.includes('Ratna Wibisono'), r.results[0].shared.join());
  assert.ok(r.results.length <= 5);
});

test('only stories with a URL, never the story itself, its near-duplicates, or linked stories', () => {
  const r = a.related(open, { now: new Date('2025-11-05T00:00:00Z'), limit: 10 });
  const order = r.results.map((x) => x.id);
  assert.ok(!order.includes('t-tanpa-url'));
  assert.ok(r.results.every((x) => typeof x.url === 'string' && x.url.startsWith('https://')));

  // The open story is an archived one: it never suggests itself or a copy of itself.
  const self = a.getStory('t-inflasi-1')!;
  const paras = self.body.split('\n\n');
  const again = article(self.title + ' (perbaikan)', paras, { url: null });
  assert.ok(!a.related(again, { limit: 10 }).results.some((x) => x.id === 't-inflasi-1'));
  const copy = article(self.title, paras.map((p) => p.replace('2 persen', 'dua persen')));
  assert.ok(!a.related(copy, { limit: 10 }).results.some((x) => x.id === 't-inflasi-1'));

  // Already linked (by URL or title) or excluded by the caller.
  const linked = article(open.headline!, open.paragraphs.map((p) => p.text), open.meta, [
    { title: 'Ratna Wibisono janji jaga daya beli jelang akhir tahun', url: null, paragraph: 2 },
  ]);
  assert.ok(!a.related(linked, { limit: 10 }).results.some((x) => x.id === 't-inflasi-2'));
  assert.ok(!a.related(open, { limit: 10, excludeIds: ['t-inflasi-1'] }).results.some((x) => x.id === 't-inflasi-1'));
  assert.ok(!a.related(open, { limit: 10, excludeUrls: ['https://contoh.test/ekonomi/jaga-daya-beli'] }).results.some((x) => x.id === 't-inflasi-2'));
});

test('the window leaves out older stories; a recent story wins a tie', () => {
  const r = a.related(open, { now: new Date('2025-11-05T00:00:00Z'), windowMonths: 1 });
  assert.ok(r.results.every((x) => (x.date ?? '') >= '2025-10-05'), JSON.stringify(r.results.map((x) => x.date)));
  const twin = { title: 'Jembatan Mahakam diresmikan', body: 'SAMARINDA (ANTARA) - Gubernur Kalimantan Timur Arif Santoso meresmikan jembatan Mahakam.' };
  a.addStory({ ...twin, id: 'old', url: 'https://x.test/old', date: '2023-01-01T00:00:00Z' });
  a.addStory({ id: 'new', title: 'Arif Santoso resmikan jembatan Mahakam', body: 'SAMARINDA (ANTARA) - Jembatan Mahakam diresmikan Gubernur Kalimantan Timur Arif Santoso.', url: 'https://x.test/new', date: '2025-10-30T00:00:00Z' });
  const q = article('Arif Santoso tinjau jembatan Mahakam', ['Gubernur Kalimantan Timur Arif Santoso meninjau jembatan Mahakam.'], { date: '2025-11-05T00:00:00Z' });
  const ids = a.related(q).results.map((x) => x.id);
  assert.ok(ids.indexOf('new') >= 0 && ids.indexOf('new') < ids.indexOf('old'), ids.join());
});
