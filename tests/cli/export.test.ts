// `meja export` as automation uses it: the profile drives the cleaning, --no-clean leaves the copy
// as it came, files are written atomically and never overwritten by a batch, workspace stories go
// through the app's export path, and bad output or input gives the exit codes of the foundation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { tempDir, ROOT, SEED } from '../helpers/tmp.ts';
import { checkWxr, validateNewsml, validateNitf } from '../../electron/services/validate/index.ts';

function meja(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, MEJA_DATA_DIR: '' }, timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The first line of the exported story's text (its dateline-led lead). */
function lead(out: string): string {
  return out.split('\n')[0];
}

test('--profile drives the cleaning: each desk writes the dateline its own way; --no-clean keeps the copy', async () => {
  const data = path.join(await tempDir(), 'data');
  const by = (extra: string[]) => {
    const r = meja(['export', SEED, '--format', 'text', '--data', data, ...extra]);
    assert.equal(r.code, 0, r.err);
    return lead(r.out);
  };
  assert.match(by(['--profile', 'antara']), /^London \(ANTARA\) - Para menteri/);
  assert.match(by(['--profile', 'kompas']), /^LONDON, ANTARA - Para menteri/);
  assert.match(by(['--profile', 'detik']), /^London - Para menteri/);
  // Not cleaned: the dateline as the copy wrote it, whatever the profile.
  const raw = (await fs.readFile(SEED, 'utf8')).split('\n').find((l) => l.startsWith('London'))!;
  assert.equal(by(['--profile', 'kompas', '--no-clean']), raw.trim());
});

test('--no-clean keeps the junk paragraph the cleaning pass removes (JSON carries every paragraph)', async () => {
  const data = path.join(await tempDir(), 'data');
  const roles = (extra: string[]) => {
    const r = meja(['export', SEED, '--format', 'json', '--data', data, ...extra]);
    assert.equal(r.code, 0, r.err);
    return (JSON.parse(r.out).article.paragraphs as { role: string; text: string }[]);
  };
  const raw = roles(['--no-clean']);
  assert.ok(raw.some((p) => p.role === 'junk' && /Didukung Ceko/.test(p.text)), 'the copy has its junk line');
  const cleaned = roles([]);
  assert.ok(!cleaned.some((p) => p.role === 'junk' || /Didukung Ceko/.test(p.text)), 'cleaned: the junk line is gone');
});

test('--out FILE is replaced atomically: a new file renamed over the old one, no temp file left', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'berita.xml');
  await fs.writeFile(out, 'old content');
  const before = await fs.stat(out);
  const r = meja(['export', SEED, '--format', 'nitf', '--out', out, '--data', path.join(dir, 'data')]);
  assert.equal(r.code, 0, r.err);
  const after = await fs.stat(out);
  // Written in place, the old file keeps its inode; a temp file renamed over it has a new one.
  assert.notEqual(after.ino, before.ino, 'the file was replaced by rename, not rewritten in place');
  assert.deepEqual((await fs.readdir(dir)).sort(), ['berita.xml', 'data']);
  const xml = await fs.readFile(out, 'utf8');
  assert.equal((await validateNitf(xml)).valid, true);
  assert.match(xml, /<\/nitf>\n$/);
});

test('an --out that cannot be written: exit 2, one line, nothing written', async () => {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'a-file'), 'x');
  const out = path.join(dir, 'a-file', 'berita.xml'); // a folder that is a file
  const r = meja(['export', SEED, '--format', 'nitf', '--out', out, '--data', path.join(dir, 'data')]);
  assert.equal(r.code, 2, r.err);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  assert.match(r.err, /^meja export: .*berita\.xml: cannot write there \(E[A-Z]+\)/);
  assert.deepEqual((await fs.readdir(dir)).filter((f) => f !== 'data'), ['a-file']);
});

test('a batch with one unreadable file: the others exported, exit 3 naming the refused one', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'keluar');
  const missing = path.join(dir, 'tidak-ada.txt');
  const r = meja(['export', SEED, missing, '--format', 'nitf', '--out', out, '--data', path.join(dir, 'data')]);
  assert.equal(r.code, 3, r.err);
  assert.match(r.err, /refused .*tidak-ada\.txt: no such file/);
  assert.equal((await fs.readdir(out)).length, 1);
  // Nothing readable at all: bad input, exit 2.
  assert.equal(meja(['export', missing, '--format', 'nitf', '--out', out, '--data', path.join(dir, 'data')]).code, 2);
});

test('several documents on stdout: JSON Lines for the JSON formats, refused (exit 2, nothing printed) for the others', async () => {
  const data = path.join(await tempDir(), 'data');
  const json = meja(['export', SEED, SEED, '--format', 'ninjs', '--data', data]);
  assert.equal(json.code, 0, json.err);
  const lines = json.out.trim().split('\n');
  assert.equal(lines.length, 2);
  for (const l of lines) assert.equal(JSON.parse(l).standard.name, 'ninjs');
  const xml = meja(['export', SEED, SEED, '--format', 'nitf', '--data', data]);
  assert.equal(xml.code, 2);
  assert.equal(xml.out, '');
  assert.match(xml.err, /give --out FOLDER/);
});

test('a batch to a folder never overwrites: same names get -1, -2 as in the app', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'keluar');
  const r = meja(['export', SEED, SEED, '--format', 'html', '--out', out, '--data', path.join(dir, 'data')]);
  assert.equal(r.code, 0, r.err);
  const files = (await fs.readdir(out)).sort();
  assert.equal(files.length, 2, files.join(', '));
  assert.ok(files.some((f) => /-1\.html$/.test(f)), files.join(', '));
  // A second run into the same folder adds files; the first ones stay.
  assert.equal(meja(['export', SEED, '--format', 'html', '--out', out, '--data', path.join(dir, 'data')]).code, 0);
  assert.equal((await fs.readdir(out)).length, 3);
});

test('WXR: several stories in one file that the WordPress importer takes', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'wp.xml');
  const r = meja(['export', SEED, SEED, '--format', 'wxr', '--out', out, '--data', path.join(dir, 'data')]);
  assert.equal(r.code, 0, r.err);
  const xml = await fs.readFile(out, 'utf8');
  assert.equal((await checkWxr(xml)).valid, true);
  assert.equal(xml.match(/<item>/g)?.length, 2);
});

test('--blockquote puts quote-led paragraphs in <blockquote>; without it there is none', async () => {
  const data = path.join(await tempDir(), 'data');
  const plain = meja(['export', SEED, '--format', 'html', '--data', data]);
  assert.equal(plain.code, 0, plain.err);
  assert.doesNotMatch(plain.out, /<blockquote>/);
  const quoted = meja(['export', SEED, '--format', 'html', '--blockquote', '--data', data]);
  assert.match(quoted.out, /<blockquote><p>"Ukraina akan menjadi anggota NATO/);
});

test('meja export <id> goes through the app export path: record, archive entry, revision, next version', async () => {
  const dir = await tempDir();
  const data = path.join(dir, 'data');
  const imp = meja(['import', SEED, '--data', data, '--json']);
  assert.equal(imp.code, 0, imp.err);
  const id = JSON.parse(imp.out.trim()).storyIds[0];
  const first = meja(['export', id, '--format', 'newsml', '--data', data, '--base-url', 'https://desk.example']);
  assert.equal(first.code, 0, first.err);
  assert.equal((await validateNewsml(first.out)).valid, true);
  assert.match(first.out, /version="1"/);
  const list = JSON.parse(meja(['list', '--data', data, '--json']).out);
  assert.equal(list[0].status, 'diekspor');
  assert.equal(JSON.parse(meja(['archive', 'stats', '--data', data, '--json']).out).stories, 1);
  // The record's file name is the store's business: find it by the id.
  const files = await fs.readdir(path.join(data, 'workspace', 'stories'), { recursive: true });
  const record = JSON.parse(await fs.readFile(path.join(data, 'workspace', 'stories', files.find((f) => f.includes(id))!), 'utf8'));
  assert.equal(record.exports.length, 1);
  assert.equal(record.exports[0].format, 'newsml');
  assert.ok(record.revisions.some((r: { reason: string }) => r.reason === 'export'));
  // Exported again (a corrected story): the next version, so G2 consumers replace the old one.
  const second = meja(['export', id, '--format', 'newsml', '--data', data]);
  assert.match(second.out, /version="2"/);
});

test("without --profile the app's cleaning applies, the editor's quote-mark setting included; --profile uses the desk's own", async () => {
  const data = path.join(await tempDir(), 'data');
  await fs.mkdir(data, { recursive: true });
  await fs.writeFile(path.join(data, 'settings.json'), JSON.stringify({ version: 1, settings: { quoteStyle: 'curly' } }));
  const app = meja(['export', SEED, '--format', 'text', '--data', data]);
  assert.equal(app.code, 0, app.err);
  assert.match(app.out, /“Ukraina akan menjadi anggota NATO/);
  const desk = meja(['export', SEED, '--format', 'text', '--profile', 'antara', '--data', data]);
  assert.match(desk.out, /"Ukraina akan menjadi anggota NATO/);
});
