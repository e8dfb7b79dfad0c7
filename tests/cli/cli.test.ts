// The command line as automation sees it: stdout carries only the command's output, exit codes are
// the same for every verb, bad input is one line on stderr and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { tempDir, ROOT, SEED } from '../helpers/tmp.ts';

function meja(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, MEJA_DATA_DIR: '', ...env }, timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('list on a new or missing folder prints an empty JSON array and creates nothing', async () => {
  const dir = path.join(await tempDir(), 'belum-ada');
  const r = meja(['list', '--data', dir, '--json']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), []);
  await assert.rejects(fs.access(dir));
});

test('list on an existing folder without a workspace creates nothing in it', async () => {
  const dir = await tempDir();
  const r = meja(['list', '--data', dir, '--json']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), []);
  assert.deepEqual(await fs.readdir(dir), []);
});

test('a story damaged behind an intact index: list drops it and says so on stderr; import takes it again', async () => {
  const dir = await tempDir();
  const first = JSON.parse(meja(['import', SEED, '--data', dir, '--json']).out);
  const id = first.storyIds[0] as string;
  await fs.writeFile(path.join(dir, 'workspace', 'stories', `${id}.json`), '{"rusak":');
  const list = meja(['list', '--data', dir, '--json']);
  assert.equal(list.code, 0, list.err);
  assert.deepEqual(JSON.parse(list.out), [], 'stdout stays pure JSON');
  assert.match(list.err, /^meja list: the story "[^"]+" \(.+\.json\) was damaged .*set aside, not deleted, as .+\.corrupt-/m);
  const again = meja(['import', SEED, '--data', dir, '--json']);
  assert.equal(again.code, 0, again.err);
  const item = JSON.parse(again.out);
  assert.notEqual(item.duplicate, true);
  assert.notEqual(item.storyIds[0], id);
});

test('a corrupt settings file is set aside and import says so on stderr', async () => {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'settings.json'), '{');
  const r = meja(['import', SEED, '--data', dir, '--json']);
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).ok, true);
  assert.match(r.err, /^meja import: .*settings\.json was damaged .*set aside, not deleted, as .*settings\.json\.corrupt-/m);
});

test('import then list share one workspace; MEJA_DATA_DIR works like --data', async () => {
  const dir = await tempDir();
  const imp = meja(['import', SEED, '--json'], { MEJA_DATA_DIR: dir });
  assert.equal(imp.code, 0, imp.err);
  const item = JSON.parse(imp.out.trim());
  assert.equal(item.ok, true);
  assert.equal(item.storyIds.length, 1);
  const list = JSON.parse(meja(['list', '--data', dir, '--json']).out);
  assert.equal(list.length, 1);
  assert.equal(list[0].id, item.storyIds[0]);
  assert.equal(list[0].status, 'baru');
  assert.ok(list[0].errorCount >= 1, 'the seed story has error findings (no headline)');
});

test('parse --json prints exactly the agreed keys', () => {
  const r = meja(['parse', SEED, '--json']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.deepEqual(Object.keys(j).sort(), ['credits', 'dateline', 'headline', 'language', 'lead', 'paragraphs', 'provenance', 'quotes', 'related', 'sourceCredits'].sort());
  assert.deepEqual(j.dateline, { place: 'London', agency: 'ANTARA', date: null });
  assert.equal(j.provenance.format, 'txt');
  assert.match(j.provenance.sha256, /^[0-9a-f]{64}$/);
});

test('parse of several files prints one line each, in order, with a file key', () => {
  const r = meja(['parse', SEED, SEED, '--json']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.deepEqual(lines.map((l) => l.file), [SEED, SEED]);
});

test('parse of a feed prints each item with its file and item index', () => {
  const feed = path.join(ROOT, 'tests', 'fixtures', 'import', 'rss.xml');
  const r = meja(['parse', feed, '--json']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.length > 1);
  assert.deepEqual(lines.map((l) => [l.file, l.item]), lines.map((_l, i) => [feed, i]));
  assert.ok(lines.every((l) => 'paragraphs' in l && 'dateline' in l));
});

test('bad input: one line on stderr, exit 2, nothing written', async () => {
  const dir = await tempDir();
  const empty = path.join(dir, 'kosong.txt');
  await fs.writeFile(empty, '');
  const data = path.join(dir, 'data');
  const r = meja(['import', empty, '--data', data]);
  assert.equal(r.code, 2);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  await assert.rejects(fs.access(data), 'exit 2 wrote nothing: not even the data folder');
  const emptyDir = path.join(dir, 'map-kosong');
  await fs.mkdir(emptyDir);
  assert.equal(meja(['import', emptyDir, '--data', data]).code, 2);
  await assert.rejects(fs.access(data));
  assert.deepEqual(JSON.parse(meja(['list', '--data', data, '--json']).out), []);
  await assert.rejects(fs.access(data));
  const missing = meja(['parse', path.join(dir, 'tidak-ada.txt'), '--json']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no such file/);
  assert.equal(meja(['terbang']).code, 2);
  assert.equal(meja(['list', '--nope']).code, 2);
});

test('a batch with a bad file imports the rest and exits 3, naming the refused file', async () => {
  const dir = await tempDir();
  const bad = path.join(dir, 'rusak.txt');
  await fs.writeFile(bad, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  const r = meja(['import', SEED, bad, '--data', path.join(dir, 'data')]);
  assert.equal(r.code, 3, r.err);
  assert.match(r.err, /rusak\.txt/);
  assert.equal(JSON.parse(meja(['list', '--data', path.join(dir, 'data'), '--json']).out).length, 1);
});

test('check exits 1 on error findings and prints findings as JSON', async () => {
  const dir = await tempDir();
  const r = meja(['check', SEED, '--profile', 'antara', '--data', dir, '--json']);
  assert.equal(r.code, 1, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.file, SEED);
  assert.ok(j.findings.some((f: { ruleId: string; severity: string }) => f.ruleId === 'structure/headline-missing' && f.severity === 'error'));
  const unknown = meja(['check', SEED, '--profile', 'tidak-ada', '--data', dir]);
  assert.equal(unknown.code, 2);
});

test('check and fix create no data folder: a missing one means the built-in profiles (XDG_CONFIG_HOME empty too)', async () => {
  const dir = await tempDir();
  const home = path.join(dir, 'home');
  await fs.mkdir(home);
  const env = { HOME: home, XDG_CONFIG_HOME: '', MEJA_DATA_DIR: '' };
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), 'check', SEED, '--json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  assert.equal(r.status, 1, r.stderr);
  assert.ok(JSON.parse(r.stdout).findings.length > 0);
  const f = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), 'fix', SEED], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  assert.match(f.stdout, /London \(ANTARA\) - /, f.stderr);
  // Nothing in the cwd, nothing under HOME: the check only read.
  assert.deepEqual((await fs.readdir(dir)).sort(), ['home']);
  assert.deepEqual(await fs.readdir(home), []);
  const data = path.join(dir, 'belum-ada');
  assert.equal(meja(['check', SEED, '--data', data, '--json']).code, 1);
  await assert.rejects(fs.access(data));
});

test('check over several files is a batch: a bad file is named, the others checked, exit 3', async () => {
  const dir = await tempDir();
  const empty = path.join(dir, 'kosong.txt');
  await fs.writeFile(empty, '');
  const data = path.join(dir, 'data');
  const r = meja(['check', empty, SEED, '--data', data, '--json']);
  assert.equal(r.code, 3, r.err);
  assert.match(r.err, /kosong\.txt/);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.file), [empty, SEED]);
  assert.ok(lines[0].error);
  assert.ok(lines[1].findings.some((x: { ruleId: string }) => x.ruleId === 'structure/headline-missing'));
  // Text output too, and every file bad: exit 2.
  const t = meja(['check', SEED, empty, '--data', data]);
  assert.equal(t.code, 3);
  assert.match(t.out, /headline-missing/);
  assert.equal(meja(['check', empty, empty, '--data', data]).code, 2);
  // A feed holds several stories: each is checked, with its item index.
  const feed = meja(['check', path.join(ROOT, 'tests', 'fixtures', 'import', 'rss.xml'), '--data', data, '--json']);
  assert.ok(feed.code === 0 || feed.code === 1, feed.err);
  const items = feed.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(items.length > 1);
  assert.deepEqual(items.map((l) => l.item), items.map((_l, i) => i));
});

test('check reads a dateline through the desk profile\'s own source profile (JAKARTA, TEMPO.CO - )', async () => {
  const dir = await tempDir();
  const data = path.join(dir, 'data');
  await fs.mkdir(data);
  const { BUILTIN_PROFILES } = await import('../../core/profiles/index.ts');
  const tempo = { ...BUILTIN_PROFILES[1], id: 'tempo', name: 'Tempo', agency: 'TEMPO.CO', sourceProfiles: [{ id: 'tempo', label: 'Tempo', agency: 'TEMPO.CO', form: 'comma' }] };
  await fs.writeFile(path.join(data, 'profiles.json'), JSON.stringify({ version: 1, profiles: [tempo] }));
  const story = path.join(dir, 'tempo.txt');
  await fs.writeFile(story, 'Harga beras naik\n\nJAKARTA, TEMPO.CO - Harga beras naik tajam pekan ini di pasar tradisional.\n\nPara pedagang mengeluhkan sepinya pembeli.\n');
  const ids = (profile: string) => JSON.parse(meja(['check', story, '--profile', profile, '--data', data, '--json']).out).findings.map((f: { ruleId: string }) => f.ruleId);
  assert.ok(!ids('tempo').some((id: string) => id.startsWith('structure/dateline')));
  assert.ok(ids('kompas').includes('structure/dateline-missing'), 'a desk without it does not read that dateline');
});

test('check --profile runs the rule options the desk saved in its profile', async () => {
  const dir = await tempDir();
  const data = path.join(dir, 'data');
  await fs.mkdir(data);
  const { BUILTIN_PROFILES } = await import('../../core/profiles/index.ts');
  // As Pengaturan saves it: the built-in ANTARA profile, tuned: no `Editor:` line asked, another cut mark.
  const tuned = { ...BUILTIN_PROFILES[0], rules: { 'structure/credits-missing': { options: { required: ['reporter'] } }, 'attribution/ellipsis-quote': { options: { cut: '(...)' } } } };
  await fs.writeFile(path.join(data, 'profiles.json'), JSON.stringify({ version: 1, profiles: [tuned] }));
  const messages = (args: string[]) => JSON.parse(meja(['check', SEED, ...args, '--json']).out).findings
    .filter((f: { ruleId: string }) => f.ruleId === 'structure/credits-missing' || f.ruleId === 'attribution/ellipsis-quote')
    .map((f: { message: string }) => f.message).sort();
  assert.deepEqual(messages(['--profile', 'antara', '--data', data]), [
    'Baris kredit "Pewarta:" belum ada.',
    'Kutipan dibuka dengan elipsis; pakai konvensi kurung desk ("(...)").',
  ]);
  // Without the desk's profile the rules' defaults apply.
  assert.deepEqual(messages(['--profile', 'antara', '--data', path.join(dir, 'kosong')]), [
    'Baris kredit "Editor:" belum ada.',
    'Baris kredit "Pewarta:" belum ada.',
    'Kutipan dibuka dengan elipsis; pakai konvensi kurung desk ("[...]").',
  ]);
});

test('check piped into a reader that stops early (| head) exits quietly, with no EPIPE stack', async () => {
  const { spawn } = await import('node:child_process');
  const files = Array.from({ length: 60 }, () => SEED);
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'meja.js'), 'check', ...files, '--data', path.join(await tempDir(), 'd')], { cwd: ROOT, env: { ...process.env, MEJA_DATA_DIR: '' } });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  // Read one chunk, then close the pipe as `head -1` does.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.doesNotMatch(err, /EPIPE|Error:|at /, err);
  assert.notEqual(code, 70);
});

test('fix keeps a text file\'s layout: CRLF, blank lines and credit lines as they were', async () => {
  const dir = await tempDir();
  const input = path.join(dir, 'crlf.txt');
  const out = path.join(dir, 'out.txt');
  const text = 'Harga naik\r\n\r\nJakarta (ANTARA) - Harga beras naik menjadi Rp 15.000 per kilogram.\r\n\r\nPara pedagang mengeluhkan resiko rugi.\r\nPewarta: Ani\r\nEditor: Budi\r\n';
  await fs.writeFile(input, text);
  const r = meja(['fix', input, '--out', out, '--data', path.join(dir, 'data')]);
  assert.equal(r.code, 0, r.err);
  assert.equal(await fs.readFile(out, 'utf8'), text.replace('Rp 15.000', 'Rp15.000').replace('resiko', 'risiko'));
});

// Atomic replacement, --profile, --no-clean and the batch cases are in export.test.ts.
test('export writes NITF to --out; an unknown format is bad input', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'berita.xml');
  const r = meja(['export', SEED, '--format', 'nitf', '--out', out, '--data', path.join(dir, 'data')]);
  assert.equal(r.code, 0, r.err);
  const xml = await fs.readFile(out, 'utf8');
  assert.match(xml, /<nitf[\s>]/);
  assert.match(xml, /London/);
  assert.equal(meja(['export', SEED, '--format', 'pdf']).code, 2);
});

test('archive rebuild rebuilds the index from the stored stories; search finds them after', async () => {
  const dir = await tempDir();
  const imp = meja(['archive', 'import', path.join(ROOT, 'tests', 'fixtures', 'archive', 'stories.jsonl'), '--data', dir, '--json']);
  assert.equal(imp.code, 0, imp.err);
  const stored = JSON.parse(meja(['archive', 'stats', '--data', dir, '--json']).out).stories;
  assert.ok(stored > 0);
  const before = JSON.parse(meja(['search', 'inflasi', '--data', dir, '--json']).out).results.map((r: { id: string }) => r.id);
  assert.ok(before.length > 0);
  const r = meja(['archive', 'rebuild', '--data', dir, '--json']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), { stories: stored, cancelled: false });
  assert.deepEqual(JSON.parse(meja(['search', 'inflasi', '--data', dir, '--json']).out).results.map((x: { id: string }) => x.id), before);
});

const SYSTEM_NODE = '/usr/bin/node';
const systemMajor = existsSync(SYSTEM_NODE) ? Number(spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout.trim()) : null;

test('on the system Node 20 meja says in one line what it lacks (type stripping, node:sqlite) and exits 2', {
  skip: systemMajor === null ? `no ${SYSTEM_NODE} here` : systemMajor >= 24 ? `${SYSTEM_NODE} is Node ${systemMajor}: nothing to refuse` : false,
}, () => {
  const r = spawnSync(SYSTEM_NODE, [path.join(ROOT, 'bin', 'meja.js'), 'list', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^meja: needs .*node:sqlite.*Node 24/);
});

test('a Node without node:sqlite, or without type stripping, gets one line naming what is missing', () => {
  for (const [flag, missing] of [['--no-experimental-sqlite', 'node:sqlite'], ['--no-experimental-strip-types', 'TypeScript type stripping']]) {
    const r = spawnSync(process.execPath, [flag, path.join(ROOT, 'bin', 'meja.js'), 'list', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, `meja: needs ${missing}, which this Node (${process.versions.node}) lacks: use Node 24 as the project pins it ("npm run -s meja -- …")\n`);
  }
});

test('an internal error is caught: exit 70, one line, no stack trace', async () => {
  const dir = await tempDir();
  const notAFolder = path.join(dir, 'berkas');
  await fs.writeFile(notAFolder, 'x');
  const r = meja(['import', SEED, '--data', notAFolder]);
  assert.equal(r.code, 70, r.err);
  assert.equal(r.out, '');
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  assert.match(r.err, /^meja import: internal error: /);
  assert.doesNotMatch(r.err, /\n\s+at /);
});

test('a damaged data file is reported on stderr: a writing verb sets it aside, check (which only reads) names it', async () => {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'profiles.json'), 'rusak');
  const r = meja(['check', SEED, '--data', dir, '--json']);
  assert.equal(r.code, 1, r.err);
  assert.ok(JSON.parse(r.out).findings.length > 0, 'stdout stays the findings JSON');
  assert.match(r.err, /profiles\.json: unreadable, built-in profiles used/);
  assert.equal(await fs.readFile(path.join(dir, 'profiles.json'), 'utf8'), 'rusak', 'check leaves the folder as it was');
  const imp = meja(['import', SEED, '--data', dir]);
  assert.equal(imp.code, 0, imp.err);
  assert.match(imp.err, /^meja import: .*profiles\.json was damaged .*set aside, not deleted, as .*profiles\.json\.corrupt-/m);
});
