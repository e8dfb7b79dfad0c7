import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, looksBinary } from '../../../electron/services/import/decode.ts';

const story = 'Jakarta (ANTARA) - “Kami siap,” ujar dia. Café.\n';

test('BOMs are obeyed and stripped', () => {
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(story)])).text, story);
  const le = Buffer.from(story, 'utf16le');
  assert.deepEqual(decodeText(new Uint8Array([0xff, 0xfe, ...le])), { text: story, encoding: 'utf-16le', repaired: false });
  const be = Buffer.from(le).swap16();
  assert.equal(decodeText(new Uint8Array([0xfe, 0xff, ...be])).encoding, 'utf-16be');
});

test('UTF-16 without a BOM is recognised rather than called binary', () => {
  const r = decodeText(new Uint8Array(Buffer.from('Jakarta (ANTARA) - Pemerintah menyiapkan posko.', 'utf16le')));
  assert.equal(r.encoding, 'utf-16le');
  assert.equal(r.text, 'Jakarta (ANTARA) - Pemerintah menyiapkan posko.');
});

test('an XML declaration naming ISO-8859-1 is honoured when the bytes are not UTF-8', () => {
  const bytes = new Uint8Array([...Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><p>Caf'), 0xe9, ...Buffer.from('</p>')]);
  const r = decodeText(bytes);
  assert.equal(r.text, '<?xml version="1.0" encoding="ISO-8859-1"?><p>Café</p>');
});

test('binary content and empty content are refused', () => {
  assert.throws(() => decodeText(new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x00, 0x00, 0x01])), { code: 'binary' });
  assert.throws(() => decodeText(new Uint8Array([0xfe, 0xff, 0, 0x20, 0, 0x0a])), { code: 'empty' });
  assert.equal(looksBinary(new TextEncoder().encode('Teks biasa\twith tab\r\n')), false);
  assert.equal(looksBinary(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41)))), true);
});
