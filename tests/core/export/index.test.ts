import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORTERS, EXPORTER_IDS, getExporter, isExporterId } from '../../../core/export/index.ts';

test('the table lists the nine formats by id, each with its metadata and spec version', () => {
  assert.deepEqual(EXPORTER_IDS, ['html', 'markdown', 'text', 'wxr', 'wp-json', 'nitf', 'newsml', 'ninjs', 'json']);
  for (const id of EXPORTER_IDS) {
    const e = EXPORTERS[id];
    assert.equal(e.id, id);
    assert.ok(e.label.length > 0);
    assert.match(e.extension, /^[a-z.]+$/);
    assert.match(e.mediaType, /^[a-z]+\/[a-z0-9.+-]+$/);
    assert.equal(typeof e.export, 'function');
  }
  assert.match(EXPORTERS.nitf.spec, /3\.6/);
  assert.match(EXPORTERS.newsml.spec, /2\.35/);
  assert.match(EXPORTERS.ninjs.spec, /3\.1/);
  assert.match(EXPORTERS.wxr.spec, /1\.2/);
});

test('extensions are distinct, so one story exported to every format gives distinct files', () => {
  const exts = EXPORTER_IDS.map((id) => EXPORTERS[id].extension);
  assert.equal(new Set(exts).size, exts.length);
});

test('getExporter finds by id and refuses unknown ids', () => {
  assert.equal(getExporter('nitf'), EXPORTERS.nitf);
  assert.ok(isExporterId('wp-json'));
  assert.ok(!isExporterId('toString'));
  assert.throws(() => getExporter('docx'), /unknown export format "docx"/);
  assert.throws(() => getExporter('__proto__'), /unknown export format/);
});
