// Bad input through the command line, as automation meets it: each hostile or broken file is one
// line on stderr and exit 2 from `parse`, `import` and `archive import`, and the data folder (the
// stories, their originals, the index, the archive's stories) is exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { tempDir, ROOT, SEED } from '../helpers/tmp.ts';
import { deflateEntry, FIXTURES, writeZip } from '../services/import/helpers.ts';

function meja(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  // Asynchronous, so a listener in this process can answer (or notice) a connection meanwhile.
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), ...args], { cwd: ROOT, env: { ...process.env, MEJA_DATA_DIR: '' } });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => { out += d; });
    c.stderr.on('data', (d) => { err += d; });
    c.on('exit', (code) => resolve({ code, out, err }));
  });
}

/** Every file of the data folder but the lock and SQLite's own side files, with its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || /\.meja\.lock|archive\.sqlite/.test(e.name)) continue;
    const f = path.join(e.parentPath, e.name);
    out[path.relative(dir, f)] = (await fs.readFile(f)).toString('base64');
  }
  return out;
}

test('each bad file: parse, import and archive import exit 2 with one line, and nothing in the data folder changes', async () => {
  const work = await tempDir();
  const bomb = path.join(work, 'bom.docx');
  const zero = deflateEntry('word/document.xml', new Uint8Array(4 * 1024 * 1024));
  await fs.writeFile(bomb, writeZip([zero]));
  const BAD: [string, RegExp][] = [
    [path.join(FIXTURES, 'billion-laughs.xml'), /entity declarations are not accepted/],
    [path.join(FIXTURES, 'xxe.xml'), /entity declarations are not accepted/],
    [path.join(FIXTURES, 'empty.txt'), /empty/],
    [path.join(FIXTURES, 'binary-renamed.txt'), /binary|not text/i],
    [path.join(FIXTURES, 'not-a-zip.docx'), /zip/i],
    [path.join(FIXTURES, 'not-ninjs.json'), /ninjs/i],
    [path.join(FIXTURES, 'unclosed.xml'), /./],
    [bomb, /zip bomb|times its packed size|more than/i],
  ];
  // A data folder with work in it: one story in the workspace, one in the archive.
  const data = path.join(work, 'data');
  assert.equal((await meja(['import', SEED, '--data', data])).code, 0);
  assert.equal((await meja(['archive', 'import', SEED, '--data', data])).code, 0);
  const before = await snapshot(data);
  const stats = async () => JSON.parse((await meja(['archive', 'stats', '--data', data, '--json'])).out).stories as number;
  const archived = await stats();
  assert.equal(archived, 1);

  for (const [file, why] of BAD) {
    const name = path.basename(file);
    for (const args of [['parse', file], ['import', file, '--data', data], ['archive', 'import', file, '--data', data]]) {
      const r = await meja(args);
      assert.equal(r.code, 2, `${args[0]} ${args[1]} ${name}: exit ${r.code}; ${r.err}`);
      assert.equal(r.out, '', `${args[0]} ${name}: nothing on stdout`);
      // `archive import` draws its progress (\r1/1) on stderr too; the message is the other line.
      const lines = r.err.split('\n').filter((l) => l.replace(/\r?\d+\/\d+/g, '').trim());
      assert.equal(lines.length, 1, `${args[0]} ${name}: one line, got ${r.err}`);
      assert.match(r.err, why, `${args[0]} ${name}`);
    }
    assert.deepEqual(await snapshot(data), before, `${name}: the data folder is unchanged`);
    assert.equal(await stats(), archived, `${name}: the archive is unchanged`);
  }
});

test('an external DOCTYPE or entity URL is never fetched: a listener on its port sees no connection', async () => {
  const seen: string[] = [];
  const server = net.createServer((sock) => { seen.push('connection'); sock.destroy(); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  try {
    const dir = await tempDir();
    const doctype = path.join(dir, 'nitf-doctype.xml');
    await fs.writeFile(doctype, `<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "http://127.0.0.1:${port}/nitf-3-6.dtd">\n<nitf><body><body.content><p>Jakarta (ANTARA) - Isi berita utuh.</p></body.content></body></nitf>`);
    const entity = path.join(dir, 'xxe-port.xml');
    await fs.writeFile(entity, `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "http://127.0.0.1:${port}/rahasia">]><rss><channel><item><title>&x;</title></item></channel></rss>`);
    const ok = await meja(['parse', doctype, '--json']);
    assert.equal(ok.code, 0, ok.err);
    assert.match(JSON.parse(ok.out).lead, /Isi berita utuh/);
    const refused = await meja(['parse', entity]);
    assert.equal(refused.code, 2);
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(seen, [], 'nothing connected to the DTD or entity host');
  } finally {
    server.close();
  }
});
