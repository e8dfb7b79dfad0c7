import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as nitf from '../../../core/export/nitf.ts';
import { NITF_NS } from '../../../core/export/nitf.ts';
import { loadFixture, OPTIONS } from './helpers.ts';
import { parseXml, texts, attrs } from './xml-helpers.ts';

test('NITF 3.6 in its namespace, headline in hedline/hl1, byline, distributor, dateline', () => {
  const doc = parseXml(nitf.export(loadFixture('every-role'), OPTIONS));
  const root = doc.documentElement;
  assert.equal(root.namespaceURI, NITF_NS);
  assert.equal(root.getAttribute('version'), '-//IPTC//DTD NITF 3.6//EN');
  assert.deepEqual(texts(doc, NITF_NS, 'hl1'), ['Pemerintah tetapkan harga beras medium Rp12.500 per kilogram']);
  assert.deepEqual(texts(doc, NITF_NS, 'byline'), ['Ahmad Fauzi']);
  assert.deepEqual(texts(doc, NITF_NS, 'org'), ['ANTARA']);
  assert.deepEqual(texts(doc, NITF_NS, 'dateline'), ['JAKARTA (ANTARA)']);
  assert.deepEqual(texts(doc, NITF_NS, 'location'), ['JAKARTA']);
});

test('docdata carries id, dates, urgency, slug, copyright, keywords, correction; head/meta the section', () => {
  const doc = parseXml(nitf.export(loadFixture('every-role'), OPTIONS));
  assert.deepEqual(attrs(doc, NITF_NS, 'doc-id', 'id-string'), ['ant-2026-11-25-0001']);
  assert.deepEqual(attrs(doc, NITF_NS, 'urgency', 'ed-urg'), ['2']);
  assert.deepEqual(attrs(doc, NITF_NS, 'date.issue', 'norm'), ['2026-11-23T07:05:00Z']);
  assert.deepEqual(attrs(doc, NITF_NS, 'date.release', 'norm'), ['2026-11-23T23:00:00Z']);
  assert.deepEqual(attrs(doc, NITF_NS, 'du-key', 'key'), ['harga-beras-medium']);
  assert.deepEqual(attrs(doc, NITF_NS, 'doc.copyright', 'holder'), ['ANTARA']);
  assert.deepEqual(attrs(doc, NITF_NS, 'keyword', 'key'), ['beras', 'harga pangan', 'Kemendag']);
  assert.deepEqual(attrs(doc, NITF_NS, 'correction', 'id-string'), ['ant-2026-11-23-0042']);
  const meta = Array.from(doc.getElementsByTagNameNS(NITF_NS, 'meta')).map((m) => `${m.getAttribute('name')}=${m.getAttribute('content')}`);
  assert.deepEqual(meta, ['section=Ekonomi', 'source=Kementerian Perdagangan']);
  assert.deepEqual(attrs(doc, NITF_NS, 'pubdata', 'position.section'), ['Ekonomi']);
  assert.deepEqual(texts(doc, NITF_NS, 'media-caption'), ['Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta. ANTARA FOTO/Contoh']);
});

test('body.content has the paragraphs (lead marked), Baca juga links; body.end the credits', () => {
  const doc = parseXml(nitf.export(loadFixture('every-role'), OPTIONS));
  const ps = Array.from(doc.getElementsByTagNameNS(NITF_NS, 'p'));
  assert.equal(ps[0].getAttribute('lede'), 'true');
  assert.match(ps[0].textContent ?? '', /^JAKARTA \(ANTARA\) - Pemerintah/);
  assert.equal(ps.length, 7);
  assert.deepEqual(attrs(doc, NITF_NS, 'a', 'href'), ['https://www.antaranews.com/berita/4400001/stok-beras-nasional-aman-hingga-akhir-tahun']);
  const tagline = doc.getElementsByTagNameNS(NITF_NS, 'tagline')[0];
  assert.equal(tagline.textContent, 'Pewarta: Ahmad FauziEditor: Siti Rahma');
  assert.equal(tagline.getElementsByTagNameNS(NITF_NS, 'br').length, 1);
});

test('urgency follows the priority: flash 1, urgent 2, ordinary 5', () => {
  const a = loadFixture('seed');
  for (const [priority, urg] of [['flash', '1'], ['urgent', '2'], ['biasa', '5']] as const) {
    a.meta.priority = priority;
    assert.deepEqual(attrs(parseXml(nitf.export(a, OPTIONS)), NITF_NS, 'urgency', 'ed-urg'), [urg]);
  }
});
