import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as newsml from '../../../core/export/newsml.ts';
import { G2_NS, XHTML_NS, g2Guid } from '../../../core/export/newsml.ts';
import { loadFixture, OPTIONS } from './helpers.ts';
import { parseXml, texts, attrs } from './xml-helpers.ts';

test('a newsItem with guid, version, standard 2.35 and power conformance', () => {
  const doc = parseXml(newsml.export(loadFixture('every-role'), OPTIONS));
  const root = doc.documentElement;
  assert.equal(root.localName, 'newsItem');
  assert.equal(root.namespaceURI, G2_NS);
  assert.equal(root.getAttribute('guid'), 'urn:newsml:meja-redaksi:ant-2026-11-25-0001');
  assert.equal(root.getAttribute('version'), '3');
  assert.equal(root.getAttribute('standardversion'), '2.35');
  assert.equal(root.getAttribute('conformance'), 'power');
  assert.equal(g2Guid('a b/c'), 'urn:newsml:meja-redaksi:a%20b%2Fc');
});

test('itemMeta: class, provider, versionCreated, embargo, status, kanal as the service, correction signal', () => {
  const doc = parseXml(newsml.export(loadFixture('every-role'), OPTIONS));
  const im = doc.getElementsByTagNameNS(G2_NS, 'itemMeta')[0];
  assert.deepEqual(Array.from(im.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).localName),
    ['itemClass', 'provider', 'versionCreated', 'firstCreated', 'embargoed', 'pubStatus', 'service', 'edNote', 'signal', 'signal']);
  assert.deepEqual(texts(im, G2_NS, 'service'), ['Ekonomi']);
  assert.deepEqual(attrs(im, G2_NS, 'service', 'qcode'), ['mejakanal:ekonomi']);
  assert.deepEqual(attrs(im, G2_NS, 'itemClass', 'qcode'), ['ninat:text']);
  assert.deepEqual(texts(im, G2_NS, 'versionCreated'), ['2026-11-25T12:00:00+07:00']);
  assert.deepEqual(texts(im, G2_NS, 'embargoed'), ['2026-11-24T06:00:00+07:00']);
  assert.deepEqual(attrs(im, G2_NS, 'signal', 'qcode'), ['sig:correction', 'mejasig:urgent']);
});

test('contentMeta: urgency, located, infoSource for the agency and the source, creator/contributor, keywords, headline, dateline', () => {
  const doc = parseXml(newsml.export(loadFixture('every-role'), OPTIONS));
  const cm = doc.getElementsByTagNameNS(G2_NS, 'contentMeta')[0];
  assert.deepEqual(texts(cm, G2_NS, 'urgency'), ['2']);
  assert.deepEqual(texts(cm, G2_NS, 'located'), ['JAKARTA']);
  assert.deepEqual(texts(cm, G2_NS, 'infoSource'), ['ANTARA', 'Kementerian Perdagangan']);
  assert.deepEqual(texts(cm, G2_NS, 'creator'), ['Ahmad Fauzi']);
  assert.deepEqual(texts(cm, G2_NS, 'contributor'), ['Siti Rahma']);
  assert.deepEqual(attrs(cm, G2_NS, 'contributor', 'role'), ['mejarole:editor']);
  assert.deepEqual(texts(cm, G2_NS, 'keyword'), ['beras', 'harga pangan', 'Kemendag']);
  // The kanal is the item's service, not a subject (a subject reads as what the story is about).
  assert.deepEqual(texts(cm, G2_NS, 'subject'), []);
  assert.deepEqual(texts(cm, G2_NS, 'slugline'), ['harga-beras-medium']);
  assert.deepEqual(texts(cm, G2_NS, 'headline'), ['Pemerintah tetapkan harga beras medium Rp12.500 per kilogram']);
  assert.deepEqual(texts(cm, G2_NS, 'dateline'), ['JAKARTA (ANTARA)']);
});

test('contentSet/inlineXML holds an XHTML document with the story', () => {
  const doc = parseXml(newsml.export(loadFixture('special-chars'), OPTIONS));
  const inline = doc.getElementsByTagNameNS(G2_NS, 'inlineXML')[0];
  assert.equal(inline.getAttribute('contenttype'), 'application/xhtml+xml');
  const ps = texts(inline, XHTML_NS, 'p');
  assert.equal(ps.length, 6);
  assert.ok(ps[2].includes('<b>tebal</b> & tanda ]]>'));
  assert.ok(ps[1].includes('"السلام عليكم"'));
  assert.deepEqual(attrs(inline, XHTML_NS, 'a', 'href'), ['https://www.antaranews.com/berita/4400222/ekspor-kopi?src=a&b=%3Cc%3E']);
});
