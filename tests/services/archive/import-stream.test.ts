// Big WordPress WXR (and RSS) exports for the archive: streamed item by item past the 50 MB a single
// file read may hold, giving the same stories as a whole read; cancel and progress work inside one
// file (batches committed with the event loop let go between them), and a second run resumes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { importIntoArchive } from '../../../electron/services/archive/import.ts';
import { openArchive } from '../../../electron/services/archive/index.ts';
import { MAX_FILE_BYTES } from '../../../electron/services/import/read-file.ts';
import { FIXTURES, tempDir } from './helpers.ts';

const IMPORTS = path.join(FIXTURES, '..', 'import');
const HEADER = fs.readFileSync(path.join(IMPORTS, 'wxr.xml'), 'utf8').split('<item>')[0];

function post(i: number, extra = ''): string {
  return `<item>
    <title>Berita arsip nomor ${i}</title>
    <link>https://blog.contoh.example/${i}/</link>
    <dc:creator><![CDATA[rina]]></dc:creator>
    <guid isPermaLink="false">https://blog.contoh.example/?p=${i}</guid>
    <content:encoded><![CDATA[Jakarta (ANTARA) - Paragraf pertama berita ${i} tentang banjir ke-${i}.

Paragraf kedua berita ${i}.${extra}]]></content:encoded>
    <!-- komentar dengan </item> di dalamnya -->
    <wp:post_id>${i}</wp:post_id>
    <wp:post_date_gmt><![CDATA[2026-10-${String(1 + (i % 28)).padStart(2, '0')} 07:00:00]]></wp:post_date_gmt>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="nasional"><![CDATA[Nasional]]></category>
  </item>
`;
}

/** A WXR export of `n` posts and one page; `pad` bytes of blank space between two items make it big. */
function writeWxr(file: string, n: number, pad = 0): void {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, HEADER);
  for (let i = 1; i <= n; i++) {
    fs.writeSync(fd, post(i, i === 3 ? ' Kode HTML: </item><item> di dalam CDATA.' : ''));
    if (i === 2 && pad) {
      const chunk = ' '.repeat(1024 * 1024);
      for (let left = pad; left > 0; left -= chunk.length) fs.writeSync(fd, chunk.slice(0, Math.min(chunk.length, left)));
    }
  }
  fs.writeSync(fd, '<item><title>Tentang kami</title><content:encoded><![CDATA[Halaman.]]></content:encoded><wp:post_type><![CDATA[page]]></wp:post_type></item>\n</channel>\n</rss>\n');
  fs.closeSync(fd);
}

test('a WXR export past the single-file limit is streamed: every post in, the page left out, CDATA with </item> intact', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'besar.xml');
  writeWxr(file, 12, MAX_FILE_BYTES + 1024 * 1024);
  assert.ok(fs.statSync(file).size > MAX_FILE_BYTES);
  const a = openArchive(path.join(dir, 'data'));
  try {
    const seen: { done: number; total: number }[] = [];
    const r = await importIntoArchive(a, [file], { batchSize: 2, onProgress: (p) => seen.push(p) });
    assert.equal(r.files[0].error, undefined, r.files[0].error);
    assert.ok(seen.length >= 6 && seen[0].done < seen[0].total / 2, 'progress follows the bytes read');
    assert.equal(r.files[0].format, 'wxr');
    assert.equal(r.added, 12);
    const third = a.search('"berita arsip nomor 3"').results[0];
    assert.equal(third.url, 'https://blog.contoh.example/3/');
    const st = a.getStory(third.id)!;
    // The item was not cut at the "</item>" inside its CDATA (the HTML reader then drops the tags).
    assert.match(st.body, /Paragraf kedua berita 3\. Kode HTML: di dalam CDATA\./);
    assert.equal(st.section, 'Nasional');
    assert.equal(st.date, '2026-10-04T07:00:00.000Z');
  } finally {
    a.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('streamed and read whole give the same stories', async () => {
  const dir = tempDir();
  try {
    const wxr = path.join(IMPORTS, 'wxr.xml');
    const whole = openArchive(path.join(dir, 'a'));
    const streamed = openArchive(path.join(dir, 'b'));
    const r1 = await importIntoArchive(whole, [wxr]);
    const r2 = await importIntoArchive(streamed, [wxr], { streamFromBytes: 0 });
    assert.equal(r1.added, 2);
    assert.equal(r2.added, r1.added);
    const dump = (x: typeof whole) => x.search('', { limit: 10 }).results.map((h) => {
      const s = x.getStory(h.id)!;
      return { ...s, addedAt: null };
    });
    assert.deepEqual(dump(streamed), dump(whole));
    whole.close();
    streamed.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('cancel inside one WXR file stops between batches, progress moves with the file, a second run resumes', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'posts.xml');
  writeWxr(file, 60);
  const a = openArchive(path.join(dir, 'data'));
  try {
    for (const streamFromBytes of [0, Infinity]) {
      const ac = new AbortController();
      const seen: { done: number; total: number; stories: number }[] = [];
      const r = await importIntoArchive(a, [file], {
        batchSize: 10, signal: ac.signal, streamFromBytes,
        onProgress: (p) => { seen.push(p); if (p.stories >= 20) setImmediate(() => ac.abort()); },
      });
      assert.equal(r.cancelled, true, `streamFromBytes ${streamFromBytes}`);
      assert.ok(r.added < 60 && r.added >= 20, `${r.added} added before the stop`);
      // Read whole, the bar moves batch by batch (streamed, by the chunks read: this file is one chunk).
      if (streamFromBytes === Infinity) assert.ok(seen[0].done < seen[0].total, 'the first progress is not the whole file');
      const again = await importIntoArchive(a, [file], { batchSize: 10, streamFromBytes });
      assert.equal(again.cancelled, false);
      assert.ok(again.resumedFrom.length === 1, JSON.stringify(again.resumedFrom));
      assert.equal(a.stats().stories, 60);
      for (const h of a.search('', { limit: 100 }).results) a.removeStory(h.id);
      a.db.exec('DELETE FROM checkpoints');
    }
  } finally {
    a.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
