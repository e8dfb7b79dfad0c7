// An archive whose index another version wrote: opened at once with the rebuild deferred (big
// archives, the app), or rebuilt before returning (small ones, the command line). While deferred,
// search and Baca juga say so plainly, exact title lookups and new stories still work, and the
// stepwise rebuild brings everything back, the stories added meanwhile included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { openArchive, IndexRebuildPendingError } from '../../../electron/services/archive/index.ts';
import { article, outdatedArchive } from './helpers.ts';

test('deferred: opens at once, search says the index is being rebuilt, the stepwise rebuild brings it back', async () => {
  const dir = outdatedArchive();
  try {
    const a = openArchive(dir, { rebuild: 'defer' });
    assert.equal(a.indexRebuildPending, true);
    assert.throws(() => a.search('inflasi'), IndexRebuildPendingError);
    assert.throws(() => a.related(article('Ratna Wibisono', ['Ratna Wibisono bicara inflasi.'])), /sedang dibangun ulang/);
    assert.equal(a.resolveTitle('Ratna Wibisono: inflasi Oktober tetap terkendali')?.id, 't-inflasi-1', 'exact titles still resolve');
    a.addStory({ id: 'baru', title: 'Inflasi November terkendali', body: 'JAKARTA (ANTARA) - Inflasi November terkendali.\n\nBPS mencatat.', url: 'https://x.test/baru', date: '2025-11-20T02:00:00Z' });
    const seen: number[] = [];
    const res = await a.rebuildIndexAsync({ onProgress: (done) => seen.push(done) });
    assert.equal(res.cancelled, false);
    assert.equal(a.indexRebuildPending, false);
    assert.ok(seen.length >= 2);
    const ids = a.search('inflasi').results.map((x) => x.id);
    assert.ok(ids.includes('t-inflasi-1') && ids.includes('baru'), ids.join());
    a.close();
    // Done for good: the next open needs nothing.
    const b = openArchive(dir, { rebuild: 'defer' });
    assert.equal(b.indexRebuildPending, false);
    b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cancelled rebuild leaves it pending; small archives ("auto") and "now" rebuild while opening', async () => {
  const dir = outdatedArchive();
  try {
    const a = openArchive(dir, { rebuild: 'defer' });
    const ctl = new AbortController();
    ctl.abort();
    assert.equal((await a.rebuildIndexAsync({ signal: ctl.signal })).cancelled, true);
    assert.equal(a.indexRebuildPending, true);
    a.close();
    const progress: number[] = [];
    const b = openArchive(dir, { onRebuildProgress: (d) => progress.push(d) });
    assert.equal(b.indexRebuildPending, false, 'the fixture archive is small: rebuilt on open');
    assert.ok(progress.length > 0);
    assert.ok(b.search('inflasi').total > 0);
    b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
