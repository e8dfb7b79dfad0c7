import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as html from '../../../core/export/html.ts';
import { loadFixture, OPTIONS } from './helpers.ts';

test('the fragment is semantic: <p> per paragraph, junk left out, Baca juga as a linked paragraph', () => {
  const out = html.export(loadFixture('every-role'), OPTIONS);
  const lines = out.trim().split('\n');
  assert.ok(lines.every((l) => /^<(p|blockquote)[ >].*<\/(p|blockquote)>$/.test(l)), out);
  assert.ok(!out.includes('SCROLL TO CONTINUE'));
  assert.ok(out.includes('<p class="baca-juga">Baca juga: <a href="https://www.antaranews.com/berita/4400001/stok-beras-nasional-aman-hingga-akhir-tahun">Stok beras nasional aman hingga akhir tahun</a></p>'));
  // A Baca juga line without a known URL stays a line, with no empty link.
  assert.ok(out.includes('<p class="baca-juga">Baca juga: Petani minta harga gabah dinaikkan</p>'));
  assert.deepEqual(lines.slice(-2), ['<p class="kredit">Pewarta: Ahmad Fauzi</p>', '<p class="kredit">Editor: Siti Rahma</p>']);
  assert.ok(!out.includes('<blockquote>'));
  assert.ok(!out.includes('<html'));
});

test('blockquotes only when the desk asks, around paragraphs that open with a direct quote', () => {
  const out = html.export(loadFixture('every-role'), { ...OPTIONS, blockquotes: true });
  const bq = out.split('\n').filter((l) => l.startsWith('<blockquote>'));
  assert.deepEqual(bq, ['<blockquote><p>"Kami ingin harga tetap terjangkau bagi semua keluarga," kata menteri itu kepada wartawan.</p></blockquote>']);
  // An indirect quote ("Menurut dia, …") is not a blockquote.
  assert.ok(out.includes('<p>Menurut dia,'));
});

test('the standalone document has a doctype, language, charset, a locked-down CSP, title and metadata', () => {
  const out = html.export(loadFixture('every-role'), { ...OPTIONS, standalone: true });
  assert.match(out, /^<!DOCTYPE html>\n<html lang="id">/);
  assert.ok(out.includes('<meta charset="utf-8">'));
  assert.ok(out.includes(`content="default-src 'none'; style-src 'unsafe-inline'"`));
  assert.ok(out.includes('<title>Pemerintah tetapkan harga beras medium Rp12.500 per kilogram</title>'));
  assert.ok(out.includes('<h1>Pemerintah tetapkan harga beras medium Rp12.500 per kilogram</h1>'));
  assert.ok(out.includes('<meta name="keywords" content="beras, harga pangan, Kemendag">'));
  assert.ok(out.includes('<p class="keterangan-foto">Pedagang menata karung beras'));
  assert.match(out, /<\/article>\n<\/body>\n<\/html>\n$/);
});

test('the standalone document carries embargo, priority and correction: as meta tags and as visible notices', () => {
  const out = html.export(loadFixture('every-role'), { ...OPTIONS, standalone: true });
  assert.ok(out.includes('<meta name="embargo" content="2026-11-24T06:00:00+07:00">'));
  assert.ok(out.includes('<meta name="urgency" content="2">'));
  assert.ok(out.includes('<meta name="correction-of" content="ant-2026-11-23-0042">'));
  assert.ok(out.includes('<article>\n<p class="pemberitahuan"><strong>URGENT</strong></p>\n<p class="pemberitahuan"><strong>EMBARGO HINGGA 2026-11-24T06:00:00+07:00</strong></p>'));
  const plain = html.export(loadFixture('seed'), { ...OPTIONS, standalone: true });
  assert.ok(!plain.includes('pemberitahuan"><') && !plain.includes('name="embargo"'));
});

test('text is escaped, emoji and non-Latin scripts pass unchanged', () => {
  const out = html.export(loadFixture('special-chars'), OPTIONS);
  assert.ok(out.includes('Indonesia &amp; Mesir sepakat: perdagangan &lt; 5 miliar'));
  assert.ok(out.includes('&lt;b&gt;tebal&lt;/b&gt;'));
  assert.ok(out.includes('"السلام عليكم"'));
  assert.ok(out.includes('"合作共赢"'));
  assert.ok(out.includes('🇮🇩🤝🇪🇬'));
  assert.ok(out.includes('href="https://www.antaranews.com/berita/4400222/ekspor-kopi?src=a&amp;b=%3Cc%3E"'));
});

test('many stories given: the first is exported (the caller loops)', () => {
  const one = html.export(loadFixture('seed'), OPTIONS);
  assert.equal(html.export([loadFixture('seed'), loadFixture('no-quotes')], OPTIONS), one);
});
