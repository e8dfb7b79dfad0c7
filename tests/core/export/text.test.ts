import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as text from '../../../core/export/text.ts';
import { loadFixture, OPTIONS } from './helpers.ts';

test('wire layout: headline, dateline-led paragraphs, Sumber, Baca juga, Pewarta/Editor', () => {
  const out = text.export(loadFixture('every-role'), OPTIONS);
  const chunks = out.trimEnd().split('\n\n').slice(1); // after the notices (next test)
  assert.equal(chunks[0], 'Pemerintah tetapkan harga beras medium Rp12.500 per kilogram');
  assert.match(chunks[1], /^JAKARTA \(ANTARA\) - Pemerintah menetapkan/);
  assert.deepEqual(chunks.slice(-4).filter((c) => !c.startsWith('Keterangan foto')), [
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

test('an embargoed urgent correction: the notices head the story, the caption comes before the credits', () => {
  const out = text.export(loadFixture('every-role'), OPTIONS);
  const chunks = out.trimEnd().split('\n\n');
  assert.equal(chunks[0], 'URGENT\nEMBARGO HINGGA 2026-11-24T06:00:00+07:00\nRALAT ATAS ant-2026-11-23-0042');
  assert.equal(chunks[1], 'Pemerintah tetapkan harga beras medium Rp12.500 per kilogram');
  assert.equal(chunks.at(-2), 'Keterangan foto: Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta. ANTARA FOTO/Contoh');
  assert.equal(text.export(loadFixture('no-quotes'), OPTIONS).split('\n')[0], 'FLASH');
  // An ordinary story has no notice line: it starts with its headline.
  assert.ok(!/^(FLASH|URGENT|EMBARGO|RALAT)/.test(text.export(loadFixture('seed'), OPTIONS)));
});
