import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isIgnoredName, listImportable } from '../../../electron/services/import/list-files.ts';
import { withTempDir } from './helpers.ts';

test('temporary and hidden names are recognised', () => {
  for (const name of ['a.tmp', 'A.TMP', '~$laporan.docx', '~lock', 'unduhan.part', 'x.crdownload', '.DS_Store', '.rahasia.txt', 'Thumbs.db', 'b.swp', 'c.txt~']) {
    assert.equal(isIgnoredName(name), true, name);
  }
  for (const name of ['berita.txt', 'laporan.docx', 'feed.xml', 'tmp-berita.txt', 'partai.txt']) assert.equal(isIgnoredName(name), false, name);
});

test('folders expand recursively, in name order, without temporary files; given files are kept', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'masuk', 'sub'), { recursive: true });
    await mkdir(join(dir, 'masuk', '.git'));
    for (const f of ['masuk/b.txt', 'masuk/a.xml', 'masuk/sub/c.json', 'masuk/x.tmp', 'masuk/~$d.docx', 'masuk/e.part', 'masuk/.git/config', 'masuk/🔥 berita.txt', 'masuk/خبر.txt', 'lepas.txt']) {
      await writeFile(join(dir, f), 'isi');
    }
    await symlink(join(dir, 'masuk'), join(dir, 'masuk', 'sub', 'loop'));
    const files = await listImportable([join(dir, 'masuk'), join(dir, 'lepas.txt'), join(dir, 'hilang.txt'), join(dir, 'masuk')]);
    assert.deepEqual(files, [
      join(dir, 'masuk', 'a.xml'),
      join(dir, 'masuk', 'b.txt'),
      join(dir, 'masuk', 'sub', 'c.json'),
      join(dir, 'masuk', 'خبر.txt'),
      join(dir, 'masuk', '🔥 berita.txt'),
      join(dir, 'lepas.txt'),
      join(dir, 'hilang.txt'),
    ]);
  });
});
