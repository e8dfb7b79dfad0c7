import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { openArchive, type Archive } from '../../../electron/services/archive/index.ts';
import { tempDir } from './helpers.ts';

// 2,500 stories: three rebuild steps of a thousand, so a stop can land between them.
function bigArchive(): { dir: string; a: Archive } {
  const dir = tempDir();
  const a = openArchive(dir);
  a.transaction(() => {
    for (let i = 0; i < 2500; i++) {
      const topic = i % 2 === 0 ? 'banjir rob melanda pesisir' : 'harga cabai naik di pasar';
      a.addStory({ id: `s${i}`, title: `Berita ${i}: ${topic}`, body: `Jakarta (ANTARA) - Laporan nomor ${i} tentang ${topic}.\n\nWarga diminta waspada.`, url: `https://contoh.test/${i}`, date: '2026-11-20' });
    }
  });
  return { dir, a };
}

const tables = (a: Archive) => (a.db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'fts_%_new'`).all() as { name: string }[]).map((r) => r.name);

test('a rebuild stopped midway leaves the old index answering searches, and no half-built tables', async () => {
  const { dir, a } = bigArchive();
  try {
    const before = a.search('banjir', { limit: 5 }).total;
    assert.equal(before, 1250);
    const ctl = new AbortController();
    const seen: number[] = [];
    const res = await a.rebuildIndexAsync({
      signal: ctl.signal,
      onProgress: (done) => {
        seen.push(done);
        // Searching while the rebuild runs uses the old index.
        assert.equal(a.search('banjir', { limit: 5 }).total, 1250);
        if (done === 1000) ctl.abort();
      },
    });
    assert.deepEqual(res, { stories: 2500, cancelled: true });
    assert.deepEqual(seen, [0, 1000]);
    assert.deepEqual(tables(a), []);
    assert.equal(a.search('banjir', { limit: 5 }).total, 1250);
    assert.equal(a.checkIndex(), true);
  } finally {
    a.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a finished rebuild swaps in an index holding stories added and removed while it ran', async () => {
  const { dir, a } = bigArchive();
  try {
    a.db.exec('DELETE FROM fts_stem'); // the stemmed index lost: searches find nothing
    assert.equal(a.search('banjir', { limit: 5 }).total, 0);
    const res = await a.rebuildIndexAsync({
      onProgress: (done) => {
        if (done !== 1000) return;
        // s0 is already in the new tables, s2400 not yet; both kinds of change must survive the swap.
        assert.equal(a.removeStory('s0'), true);
        assert.equal(a.removeStory('s2400'), true);
        a.addStory({ id: 'baru', title: 'Banjir bandang di lembah', body: 'Garut (ANTARA) - Banjir bandang menerjang.', url: 'https://contoh.test/baru' });
      },
    });
    assert.equal(res.cancelled, false);
    assert.equal(res.stories, 2499);
    assert.equal(a.search('banjir', { limit: 5 }).total, 1249);
    assert.deepEqual(a.search('bandang').results.map((r) => r.id), ['baru']);
    assert.equal(a.search('"Berita 0"').results.some((r) => r.id === 's0'), false);
    assert.deepEqual(tables(a), []);
    assert.equal(a.checkIndex(), true);
  } finally {
    a.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tables a rebuild left when the app closed midway are dropped on the next open', async () => {
  const { dir, a } = bigArchive();
  const run = a.rebuildIndexAsync({ onProgress: (done) => { if (done === 1000) a.close(); } });
  assert.equal((await run).cancelled, true);
  const b = openArchive(dir);
  try {
    assert.deepEqual(tables(b), []);
    assert.equal(b.search('banjir', { limit: 5 }).total, 1250);
  } finally {
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
