import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as wpJson from '../../../core/export/wp-json.ts';
import { loadFixture, OPTIONS } from './helpers.ts';

test('a REST API draft: title, HTML content with Baca juga links, excerpt, status, date', () => {
  const post = JSON.parse(wpJson.export(loadFixture('every-role'), OPTIONS));
  assert.equal(post.status, 'draft');
  assert.equal(post.title, 'Pemerintah tetapkan harga beras medium Rp12.500 per kilogram');
  assert.equal(post.date, '2026-11-23T14:05:00');
  assert.equal(post.date_gmt, '2026-11-23T07:05:00');
  assert.equal(post.slug, 'harga-beras-medium');
  assert.match(post.content, /^<p>JAKARTA \(ANTARA\) - /);
  assert.ok(post.content.includes('<a href="https://www.antaranews.com/berita/4400001/stok-beras-nasional-aman-hingga-akhir-tahun">Stok beras nasional aman hingga akhir tahun</a>'));
  assert.equal(post.excerpt, '<p>Pemerintah menetapkan harga beras medium Rp12.500 per kilogram mulai pekan depan, kata Menteri Perdagangan di Jakarta, Senin.</p>');
  assert.equal(post.meta.meja_section, 'Ekonomi');
  assert.deepEqual(post.meta.meja_tags, ['beras', 'harga pangan', 'Kemendag']);
  assert.deepEqual(post.meta.meja_related, [{ title: 'Stok beras nasional aman hingga akhir tahun', url: 'https://www.antaranews.com/berita/4400001/stok-beras-nasional-aman-hingga-akhir-tahun' }]);
});

test('titles are HTML in WordPress: markup characters are escaped', () => {
  const post = JSON.parse(wpJson.export(loadFixture('special-chars'), OPTIONS));
  assert.equal(post.title, 'RI &amp; Mesir: "Perdagangan &lt; 5 miliar dolar belum cukup" 🇮🇩');
});

test('a story with no date of its own leaves the date to WordPress', () => {
  const a = loadFixture('seed');
  a.meta.date = null;
  const post = JSON.parse(wpJson.export(a, { ...OPTIONS, now: '2026-11-25T05:00:00Z' }));
  assert.equal('date' in post, false);
  assert.equal('date_gmt' in post, false);
  assert.equal(JSON.parse(wpJson.export(loadFixture('seed'), OPTIONS)).date, '2026-11-21T09:30:00');
});
