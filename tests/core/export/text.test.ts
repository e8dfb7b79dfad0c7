import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as text from '../../../core/export/text.ts';
import { loadFixture, OPTIONS } from './helpers.ts';

test('wire layout: headline, dateline-led paragraphs, Sumber, Baca juga, Pewarta/Editor', () => {
  const out = text.export(loadFixture('every-role'), OPTIONS);
  const chunks = out.trimEnd().split('\n\n');
  assert.equal(chunks[0], 'Pemerintah tetapkan harga beras medium Rp12.500 per kilogram');
  assert.match(chunks[1], /^JAKARTA \(ANTARA\) - Pemerintah menetapkan/);
  assert.deepEqual(chunks.slice(-3), [
    'Sumber: Kementerian Perdagangan',
    'Baca juga: Stok beras nasional aman hingga akhir tahun (https://www.antaranews.com/berita/4400001/stok-beras-nasional-aman-hingga-akhir-tahun)\nBaca juga: Petani minta harga gabah dinaikkan',
    'Pewarta: Ahmad Fauzi\nEditor: Siti Rahma',
  ]);
  assert.ok(!out.includes('SCROLL'));
  assert.ok(out.endsWith('\n') && !out.endsWith('\n\n'));
});

test('the seed story: junk dropped, both Baca juga lines kept with their links', () => {
  const out = text.export(loadFixture('seed'), OPTIONS);
  assert.ok(!out.includes('Didukung Ceko'));
  assert.equal(out.match(/^Baca juga: .+ \(https:\/\/www\.antaranews\.com\/berita\/\d+\/[^)]+\)$/gm)?.length, 2);
  assert.match(out, /Sumber: Anadolu\n\nBaca juga/);
});

test('line breaks inside a paragraph do not break the layout', () => {
  const a = loadFixture('no-quotes');
  a.paragraphs[1].text = 'satu\ndua\r\n\r\ntiga';
  const out = text.export(a, OPTIONS);
  assert.ok(out.includes('\n\nsatu dua tiga\n\n'));
});
