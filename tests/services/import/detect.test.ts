import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectTextFormat, rootElement } from '../../../electron/services/import/detect.ts';

test('content decides before the extension', () => {
  assert.equal(detectTextFormat('<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "x.dtd"><nitf/>', 'berita.txt'), 'nitf');
  assert.equal(detectTextFormat('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>', 'a.txt'), 'newsml');
  assert.equal(detectTextFormat('<rss version="2.0"><channel/></rss>', 'a.xml'), 'rss');
  assert.equal(detectTextFormat('<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel/></rss>', 'a.xml'), 'wxr');
  assert.equal(detectTextFormat('<feed xmlns="http://www.w3.org/2005/Atom"/>', 'a.xml'), 'atom');
  assert.equal(detectTextFormat('{"uri": "x"}', 'a.txt'), 'json-like');
  assert.equal(detectTextFormat('<!DOCTYPE html><html><p>x</p></html>', 'a.txt'), 'html');
  assert.equal(detectTextFormat('<p>Potongan HTML</p>', 'a.txt'), 'html');
  assert.equal(detectTextFormat('[25/11/26 14.03] Rina: Bogor (ANTARA) - Banjir.', 'chat.txt'), 'whatsapp');
  assert.equal(detectTextFormat('Jakarta (ANTARA) - Isi.', 'a.html'), 'html');
  assert.equal(detectTextFormat('Jakarta (ANTARA) - Isi.', 'a.txt'), 'txt');
  assert.equal(detectTextFormat('[Foto] Jakarta (ANTARA) - Isi.', 'a.txt'), 'txt');
  assert.equal(detectTextFormat('<?xml version="1.0"?><faktur/>', 'a.xml'), 'xml-unknown');
});

test('the root element is found past the prolog', () => {
  assert.equal(rootElement('\uFEFF<?xml version="1.0"?>\n<!-- <rss> -->\n<!DOCTYPE nitf [ <!ATTLIST p id ID #IMPLIED> ]>\n<nitf a="1">')?.name, 'nitf');
});
