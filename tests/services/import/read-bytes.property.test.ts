// Any bytes under any file name: the readers either read a story or refuse with an ImportError
// (one clear reason), never another exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readStoryBytes } from '../../../electron/services/import/read-file.ts';
import { ImportError } from '../../../electron/services/import/errors.ts';

const enc = new TextEncoder();
// Pieces of the formats, so random input reaches the XML, JSON and zip readers, not only the text one.
const PIECES = ['<?xml version="1.0"?>', '<nitf>', '<body.content><p>', '</p>', '<rss><channel><item><title>', '<newsItem>', '{"uri":"x","body_text":"', '"}',
  '<!DOCTYPE x [<!ENTITY e "x">]>', '&e;', 'PK\u0003\u0004', 'Jakarta (ANTARA) - ', '[25/11/26 14.03] Budi: ', '\u00e2\u20ac\u0153', '\uFEFF', '\u0000'];
const bytes = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 600 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 20 }).map((xs) => enc.encode(xs.join(''))),
);
const names = fc.constantFrom('a.txt', 'a.xml', 'a.json', 'a.html', 'a.docx', 'a.rss', 'a.md', 'a', 'a.nitf', 'a.odt');

test('readStoryBytes reads or refuses with an ImportError, never anything else', async () => {
  await fc.assert(fc.asyncProperty(bytes, names, async (b, name) => {
    try {
      const r = await readStoryBytes(b, name);
      assert.ok(Array.isArray(r.stories));
    } catch (err) {
      assert.ok(err instanceof ImportError, `${name}: ${(err as Error)?.stack ?? err}`);
    }
  }), { numRuns: 500 });
});
