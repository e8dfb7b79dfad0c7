import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as wxr from '../../../core/export/wxr.ts';
import { WXR_NAMESPACES } from '../../../core/export/wxr.ts';
import { loadFixture, OPTIONS } from './helpers.ts';
import { parseXml, texts } from './xml-helpers.ts';

const WP = WXR_NAMESPACES.wp;

test('WXR 1.2: rss 2.0 with the WordPress namespaces, version 1.2, no DOCTYPE', () => {
  const out = wxr.export(loadFixture('every-role'), OPTIONS);
  assert.doesNotMatch(out, /<!DOCTYPE/i);
  const doc = parseXml(out);
  assert.equal(doc.documentElement.localName, 'rss');
  assert.equal(doc.documentElement.getAttribute('version'), '2.0');
  for (const [k, v] of Object.entries(WXR_NAMESPACES)) assert.equal(doc.documentElement.getAttribute(`xmlns:${k}`), v);
  assert.deepEqual(texts(doc, WP, 'wxr_version'), ['1.2']);
});

test('an item is a draft post with date, slug, HTML content in CDATA, category and tags', () => {
  const out = wxr.export(loadFixture('every-role'), OPTIONS);
  const doc = parseXml(out);
  assert.deepEqual(texts(doc, WP, 'status'), ['draft']);
  assert.deepEqual(texts(doc, WP, 'post_type'), ['post']);
  assert.deepEqual(texts(doc, WP, 'post_date'), ['2026-11-23 14:05:00']);
  assert.deepEqual(texts(doc, WP, 'post_date_gmt'), ['2026-11-23 07:05:00']);
  assert.deepEqual(texts(doc, WP, 'post_name'), ['harga-beras-medium']);
  assert.deepEqual(texts(doc, WP, 'post_id'), ['3']);
  const content = texts(doc, WXR_NAMESPACES.content, 'encoded')[0];
  assert.match(out, /<content:encoded><!\[CDATA\[<p>JAKARTA/);
  assert.ok(content.includes('<p class="baca-juga">Baca juga: <a href="https://www.antaranews.com/berita/4400001/'));
  const cats = Array.from(doc.getElementsByTagName('category')).map((c) => `${c.getAttribute('domain')}:${c.getAttribute('nicename')}:${c.textContent}`);
  assert.deepEqual(cats, ['category:ekonomi:Ekonomi', 'post_tag:beras:beras', 'post_tag:harga-pangan:harga pangan', 'post_tag:kemendag:Kemendag']);
  assert.deepEqual(texts(doc, WP, 'cat_name'), ['Ekonomi']);
  assert.deepEqual(texts(doc, WP, 'tag_name'), ['beras', 'harga pangan', 'Kemendag']);
  const meta = Object.fromEntries(Array.from(doc.getElementsByTagNameNS(WP, 'postmeta')).map((m) => [texts(m, WP, 'meta_key')[0], texts(m, WP, 'meta_value')[0]]));
  assert.equal(meta.meja_caption, 'Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta. ANTARA FOTO/Contoh');
  assert.equal(meta.meja_embargo, '2026-11-24T06:00:00+07:00');
  assert.equal(meta.meja_correction_of, 'ant-2026-11-23-0042');
  assert.equal(meta.meja_urgency, '2');
});

test('many stories in one file: one item each, distinct post ids and guids, terms declared once', () => {
  const stories = [loadFixture('seed'), loadFixture('every-role'), loadFixture('special-chars'), loadFixture('every-role')];
  const doc = parseXml(wxr.export(stories, OPTIONS));
  assert.equal(doc.getElementsByTagName('item').length, 4);
  assert.deepEqual(texts(doc, WP, 'post_id'), ['3', '4', '5', '6']);
  const guids = Array.from(doc.getElementsByTagName('guid')).map((g) => g.textContent);
  assert.equal(new Set(guids).size, 4);
  assert.deepEqual(texts(doc, WP, 'cat_name'), ['Ekonomi', 'Dunia']);
  assert.equal(texts(doc, WP, 'tag_name').filter((t) => t === 'beras').length, 1);
});

test('"]]>" in the content is split across CDATA sections and survives intact', () => {
  const a = loadFixture('no-quotes');
  a.paragraphs[1].text = 'awal ]]> tengah ]]]]> akhir';
  a.headline = 'judul ]]> juga';
  const doc = parseXml(wxr.export(a, OPTIONS));
  assert.ok(texts(doc, WXR_NAMESPACES.content, 'encoded')[0].includes('<p>awal ]]&gt; tengah ]]]]&gt; akhir</p>'));
  assert.equal(doc.getElementsByTagName('title')[1].textContent, 'judul ]]&gt; juga');
  assert.deepEqual(Array.from(doc.getElementsByTagName('guid')).map((g) => g.getAttribute('isPermaLink')), ['false']);
});

test('a story with no date of its own is an undated draft: WordPress dates it in the site time zone', () => {
  const a = loadFixture('seed');
  a.meta.date = null;
  const out = wxr.export(a, { ...OPTIONS, now: '2026-11-25T05:00:00Z' });
  assert.ok(out.includes('<wp:post_date><![CDATA[]]></wp:post_date>'));
  assert.ok(out.includes('<wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>'));
  // A dated story keeps its own wall time and UTC time.
  const dated = wxr.export(loadFixture('seed'), OPTIONS);
  assert.ok(dated.includes('<wp:post_date><![CDATA[2026-11-21 09:30:00]]></wp:post_date>'));
  assert.ok(dated.includes('<wp:post_date_gmt><![CDATA[2026-11-21 02:30:00]]></wp:post_date_gmt>'));
});
