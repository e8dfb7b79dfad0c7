import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guardZip, readCentralDirectory } from '../../../electron/services/import/zip-guard.ts';
import { deflateEntry, makeDocx, writeZip } from './helpers.ts';

test('the central directory of a real docx is read', () => {
  const entries = readCentralDirectory(makeDocx({ heading: 'J', paragraphs: ['P'] }));
  assert.ok(entries.some((e) => e.name === 'word/document.xml'));
  assert.ok(guardZip(makeDocx({ heading: 'J', paragraphs: ['P'] })).length >= 4);
});

test('declared totals over 200 MB, absurd ratios and lying sizes are zip bombs', () => {
  // Text that packs like real XML (a modest ratio): only the declared total can refuse it.
  let text = '';
  for (let i = 0; text.length < 4 * 1024 * 1024; i++) text += `<w:t>Berita ${i * 7919 % 100003}</w:t>`;
  const plain = deflateEntry('a.xml', new TextEncoder().encode(text));
  const many = Array.from({ length: 55 }, (_, i) => ({ ...plain, name: `f${i}.xml` }));
  assert.throws(() => guardZip(writeZip(many, { shareData: true })), { code: 'zip-bomb', message: /more than 200 MB/ });
  const four = deflateEntry('a.xml', new Uint8Array(4 * 1024 * 1024));
  assert.throws(() => guardZip(writeZip([four])), { code: 'zip-bomb', message: /times its packed size/ });
  const liar = deflateEntry('a.xml', new Uint8Array(4 * 1024 * 1024), 100);
  assert.throws(() => guardZip(writeZip([liar])), { code: 'zip-bomb' });
});

test('a truncated or non-zip file is unreadable', () => {
  const docx = makeDocx({ heading: 'J', paragraphs: ['P'] });
  assert.throws(() => readCentralDirectory(docx.subarray(0, docx.length - 30)), { code: 'unreadable' });
  assert.throws(() => readCentralDirectory(new TextEncoder().encode('bukan zip')), { code: 'unreadable' });
});
