import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDoctype, parseXml, textOf, findFirst } from '../../../electron/services/import/xml.ts';
import { ImportError } from '../../../electron/services/import/errors.ts';

test('the DOCTYPE is found after the declaration and comments, with its internal subset', () => {
  const text = '<?xml version="1.0"?>\n<!-- a > b -->\n<!DOCTYPE x SYSTEM "a>b.dtd" [ <!ENTITY e "]>"> ]>\n<x/>';
  const d = findDoctype(text);
  assert.ok(d);
  assert.equal(text.slice(d.start, d.end), '<!DOCTYPE x SYSTEM "a>b.dtd" [ <!ENTITY e "]>"> ]>');
  assert.equal(d.subset, ' <!ENTITY e "]>"> ');
  assert.equal(findDoctype('<x/>'), null);
});

test('entity declarations are refused however they are written', () => {
  for (const xml of [
    '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
    '<!doctype x [\n  <!entity a SYSTEM "file:///etc/passwd">\n]><x/>',
    '<?xml version="1.0"?><!DOCTYPE x [<!-- ] --><!ENTITY a "b">]><x/>',
  ]) {
    assert.throws(() => parseXml(xml), (e: unknown) => e instanceof ImportError && e.code === 'entities', xml);
  }
});

test('HTML named entities from external DTDs become characters; XML ones stay XML', () => {
  const doc = parseXml('<p>a&nbsp;b &amp; c&hellip; &lt;d&gt; &#8220;e&#x201D;</p>');
  assert.equal(textOf(findFirst(doc, 'p') ?? doc.documentElement), 'a\u00a0b & c… <d> “e”');
});

test('malformed XML is refused with one line naming the problem', () => {
  for (const xml of ['<a><b></a>', '<a>', 'bukan xml', '<a></a><b/>', '<a x="1" x="2"/>']) {
    assert.throws(() => parseXml(xml), (e: unknown) => e instanceof ImportError && e.code === 'malformed' && !e.message.includes('\n'), xml);
  }
});

test('property: parseXml only ever throws ImportError', () => {
  const token = fc.constantFrom('<a>', '</a>', '<b x="1">', '</b>', '<!DOCTYPE a>', '<!DOCTYPE a [', ']>', '<!ENTITY e "x">', '&e;', '&amp;', '&nbsp;', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!--', '-->', 'teks');
  fc.assert(fc.property(fc.array(fc.oneof(token, fc.string()), { maxLength: 30 }), (parts) => {
    try {
      parseXml(parts.join(''));
    } catch (e) {
      assert.ok(e instanceof ImportError, String(e));
    }
  }));
});
