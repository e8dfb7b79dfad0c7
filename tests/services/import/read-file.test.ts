// Bad input from issue 8: each case gets a clear code and one-line message, and nothing else happens.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_FILE_BYTES, readStoryBytes, readStoryFile } from '../../../electron/services/import/read-file.ts';
import { ImportError } from '../../../electron/services/import/errors.ts';
import { FIXTURES, withTempDir } from './helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);

async function refuses(p: Promise<unknown>, code: string, message?: RegExp | string): Promise<ImportError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ImportError, `expected ImportError, got ${e}`);
    assert.equal(e.code, code);
    assert.ok(!e.message.includes('\n'), 'message is one line');
    if (typeof message === 'string') assert.equal(e.message, message);
    else if (message) assert.match(e.message, message);
    return e;
  }
  assert.fail(`expected ${code}`);
}

/**
 * "Quickly" is a matter of work done: this process's CPU time since `from`. The clock is not: on a
 * loaded, shared 2-core CI machine a few hundred ms of waiting for a core is ordinary, and the refusal
 * of a 50 MB file it did not read, or of a billion-laughs file it did not expand, costs a few ms of CPU.
 */
function cpuMsSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return Math.round((d.user + d.system) / 1000);
}

test('an empty file and a whitespace-only file are refused as empty', async () => {
  await refuses(readStoryFile(FIXTURES + 'empty.txt'), 'empty', 'the file is empty');
  await refuses(readStoryFile(FIXTURES + 'whitespace.txt'), 'empty');
  await refuses(readStoryBytes(new Uint8Array(0), 'x.txt'), 'empty');
});

test('a binary file renamed .txt is refused as binary', async () => {
  await refuses(readStoryFile(FIXTURES + 'binary-renamed.txt'), 'binary', 'the file is binary, not text');
});

test('a file of 50 MB + 1 byte is refused quickly, before it is read', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'besar.txt');
    const handle = await open(path, 'w');
    await handle.truncate(MAX_FILE_BYTES + 1); // sparse: refusing it must not need its bytes
    await handle.close();
    const started = process.cpuUsage();
    await refuses(readStoryFile(path), 'too-large', /the file is 52,428,801 bytes; files larger than 50 MB \(52,428,800 bytes\)/);
    assert.ok(cpuMsSince(started) < 500, `${cpuMsSince(started)} ms of CPU`);
  });
  await refuses(readStoryBytes(new Uint8Array(MAX_FILE_BYTES + 1), 'besar.txt'), 'too-large');
});

test('a 2 MB single paragraph is accepted whole', async () => {
  const paragraph = 'Pemerintah menyiapkan posko banjir, '.repeat(Math.ceil(2 * 1024 * 1024 / 36));
  const r = await readStoryBytes(enc(paragraph), 'panjang.txt');
  assert.equal(r.stories[0].text, paragraph);
  assert.ok(paragraph.length >= 2 * 1024 * 1024);
});

test('unclosed XML is refused as malformed, naming the problem', async () => {
  await refuses(readStoryFile(FIXTURES + 'unclosed.xml'), 'malformed', /^the XML is not well-formed: .*p.*body\.content/);
});

test('billion laughs is refused before parsing', async () => {
  const started = process.cpuUsage();
  await refuses(readStoryFile(FIXTURES + 'billion-laughs.xml'), 'entities', 'entity declarations are not accepted');
  assert.ok(cpuMsSince(started) < 500, `${cpuMsSince(started)} ms of CPU`);
});

test('an external entity (SYSTEM "file:///etc/passwd") is refused', async () => {
  await refuses(readStoryFile(FIXTURES + 'xxe.xml'), 'entities', 'entity declarations are not accepted');
  // Parameter entities and other spellings too.
  await refuses(readStoryBytes(enc('<?xml version="1.0"?>\n<!-- c -->\n<!doctype rss [\n<!ENTITY % p SYSTEM "http://127.0.0.1/x.dtd"> %p;]><rss/>'), 'a.xml'), 'entities');
});

test('an external DOCTYPE is ignored and never fetched', async () => {
  const calls: unknown[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (...args: unknown[]) => { calls.push(args); throw new Error('no network'); }) as typeof fetch;
  try {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf-3-6.dtd">\n'
      + '<nitf><body><body.content><p>Isi&nbsp;berita &mdash; utuh.</p></body.content></body></nitf>';
    const r = await readStoryBytes(enc(xml), 'nitf.xml');
    assert.deepEqual(r.stories[0].paragraphs, ['Isi\u00a0berita — utuh.']);
    const local = await readStoryBytes(enc('<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "file:///etc/passwd"><nitf><body><body.content><p>Aman.</p></body.content></body></nitf>'), 'n.xml');
    assert.deepEqual(local.stories[0].paragraphs, ['Aman.']);
  } finally {
    globalThis.fetch = realFetch;
  }
  assert.equal(calls.length, 0);
});

test('an internal subset without entities is tolerated', async () => {
  const r = await readStoryBytes(enc('<!DOCTYPE nitf [ <!ATTLIST p id ID #IMPLIED> ]><nitf><body><body.content><p>Ya.</p></body.content></body></nitf>'), 'n.xml');
  assert.deepEqual(r.stories[0].paragraphs, ['Ya.']);
});

test('an unknown entity is malformed, not silently dropped', async () => {
  await refuses(readStoryBytes(enc('<nitf><body><body.content><p>&tidakada;</p></body.content></body></nitf>'), 'n.xml'), 'malformed');
});

test('XML of another kind is an unknown format; so is a missing file or a folder unreadable', async () => {
  await refuses(readStoryBytes(enc('<?xml version="1.0"?><invoice><total>3</total></invoice>'), 'faktur.xml'), 'unknown-format');
  await refuses(readStoryFile(FIXTURES + 'tidak-ada.txt'), 'unreadable', /ENOENT/);
  await refuses(readStoryFile(FIXTURES), 'unreadable');
});

test('JSON that is not ninjs is refused', async () => {
  await refuses(readStoryFile(FIXTURES + 'not-ninjs.json'), 'not-ninjs', 'the JSON is not a ninjs story');
});

test('a feed with no items holds no story', async () => {
  await refuses(readStoryBytes(enc('<rss version="2.0"><channel><title>Kosong</title></channel></rss>'), 'kosong.xml'), 'empty');
});

test('file names with Indonesian, Arabic and emoji characters read normally', async () => {
  await withTempDir(async (dir) => {
    const names = ['Berita Banjir – Ñusantara édisi 1.txt', 'خبر عاجل من جاكرتا.txt', '🔥 berita panas 🇮🇩.txt'];
    await mkdir(join(dir, 'فولدر 📁'));
    for (const name of names) await writeFile(join(dir, 'فولدر 📁', name), `Jakarta (ANTARA) - Isi ${name}.`);
    for (const name of names) {
      const r = await readStoryFile(join(dir, 'فولدر 📁', name));
      assert.equal(r.stories[0].text, `Jakarta (ANTARA) - Isi ${name}.`);
    }
  });
});

test('the same bytes always give the same sha256, read from a path or as bytes', async () => {
  const a = await readStoryFile(FIXTURES + 'story-utf8.txt');
  const { readFile } = await import('node:fs/promises');
  const b = await readStoryBytes(await readFile(FIXTURES + 'story-utf8.txt'), 'lain.txt');
  assert.equal(a.sha256, b.sha256);
});

test('property: arbitrary bytes under any name give stories or an ImportError, never anything else', async () => {
  const fc = (await import('fast-check')).default;
  const { readPastedHtml, readPastedText } = await import('../../../electron/services/import/read-file.ts');
  const names = fc.constantFrom('a.txt', 'a.xml', 'a.json', 'a.html', 'a.docx', 'tanpa-ekstensi');
  const prefix = fc.constantFrom('', '<?xml version="1.0"?>', '<nitf>', '<rss version="2.0"><channel>', '{"uri":"x",', 'PK\u0003\u0004', '\uFEFF', '[25/11/26 14.03] A: ');
  await fc.assert(fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 300 }), names, async (p, bytes, name) => {
    const all = new Uint8Array([...new TextEncoder().encode(p), ...bytes]);
    try {
      const r = await readStoryBytes(all, name);
      assert.ok(r.stories.length > 0);
    } catch (e) {
      assert.ok(e instanceof ImportError, String(e));
    }
  }), { numRuns: 300 });
  fc.assert(fc.property(fc.string(), (s) => {
    for (const fn of [readPastedText, readPastedHtml]) {
      try {
        fn(s);
      } catch (e) {
        assert.ok(e instanceof ImportError && e.code === 'empty', String(e));
      }
    }
  }));
});

test('PDF, old Word and RTF files are named as formats we do not read', async () => {
  await refuses(readStoryBytes(enc('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'laporan.pdf'), 'unknown-format', /PDF files are not read/);
  await refuses(readStoryBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'lama.doc'), 'unknown-format', /save it as \.docx/);
  await refuses(readStoryBytes(enc('{\\rtf1\\ansi Jakarta (ANTARA) - Isi.}'), 'a.rtf'), 'unknown-format', /RTF/);
});
