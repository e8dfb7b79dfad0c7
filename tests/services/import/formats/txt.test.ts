import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { FIXTURES } from '../helpers.ts';

const expected = readFileSync(FIXTURES + 'story-utf8.txt', 'utf8');

for (const [file, encoding] of [
  ['story-utf8.txt', 'utf-8'],
  ['story-utf16le-bom.txt', 'utf-16le'],
  ['story-utf16be-bom.txt', 'utf-16be'],
] as const) {
  test(`${file} decodes as ${encoding} to the same text`, async () => {
    const r = await readStoryFile(FIXTURES + file);
    assert.equal(r.format, 'txt');
    assert.equal(r.encoding, encoding);
    assert.equal(r.originalText, expected);
    assert.equal(r.stories.length, 1);
    assert.deepEqual(r.stories[0], { format: 'txt', text: expected, paragraphs: [] });
    assert.match(r.sha256, /^[0-9a-f]{64}$/);
  });
}

test('Windows-1252 text is read as Windows-1252', async () => {
  const r = await readStoryFile(FIXTURES + 'story-cp1252.txt');
  assert.equal(r.encoding, 'windows-1252');
  assert.match(r.stories[0].text!, /Café Léon/);
  assert.match(r.stories[0].text!, /“Kami tidak ingin warga terlambat mengungsi,” ujar dia/);
});

test('UTF-8-read-as-1252 mojibake is repaired and never shown', async () => {
  const r = await readStoryFile(FIXTURES + 'story-mojibake.txt');
  assert.equal(r.repairedMojibake, true);
  assert.match(r.originalText!, /Kota Bogor \(Café\)/);
  assert.match(r.originalText!, /“Kami tidak ingin/);
  assert.doesNotMatch(r.originalText!, /â€|Ã©/);
});

test('a file mixing UTF-8 and Windows-1252 lines reads right in both', async () => {
  const r = await readStoryFile(FIXTURES + 'mixed-encodings.txt');
  assert.equal(r.encoding, 'mixed');
  assert.equal(r.originalText, 'Baris pertama: café dalam UTF-8.\nBaris kedua: café dalam Windows-1252 “kutipan”.\n');
});
