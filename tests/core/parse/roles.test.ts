import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignRoles, lineRole, relatedTitle } from '../../../core/parse/roles.ts';

test('each footer line gets its role', () => {
  assert.equal(lineRole('Baca juga: Harga beras turun'), 'related');
  assert.equal(lineRole('Baca Juga : Harga beras turun'), 'related');
  assert.equal(lineRole('Related news: RI to build kitchens'), 'related');
  assert.equal(lineRole('Sumber: Anadolu'), 'source-credit');
  assert.equal(lineRole('Pewarta: Nur Imansyah'), 'credit');
  assert.equal(lineRole('Editor: Ade Marboen'), 'credit');
  assert.equal(lineRole('Penerjemah: Yuni Arisandy'), 'credit');
  assert.equal(lineRole('COPYRIGHT © ANTARA 2015'), 'copyright');
  assert.equal(lineRole('ADVERTISEMENT'), 'junk');
  assert.equal(lineRole('SCROLL TO CONTINUE WITH CONTENT'), 'junk');
  assert.equal(lineRole("Simak juga Video 'Pedagang Belajar QRIS':"), 'junk');
  assert.equal(lineRole('Sumber daya manusia menjadi kunci pembangunan, kata dia.'), null);
  assert.equal(lineRole('Presiden menerima editor senior di Istana.'), null);
});

test('Baca juga title and URL', () => {
  assert.deepEqual(relatedTitle('Baca juga: Harga beras turun'), { title: 'Harga beras turun', url: null });
  assert.deepEqual(relatedTitle('Baca juga: Harga beras turun https://example.id/a-b.'), { title: 'Harga beras turun', url: 'https://example.id/a-b' });
});

test('a scraped headline after the footer is junk; a last body paragraph without a period is not', () => {
  const withFooter = assignRoles(['Lead.', 'Isi.', 'Baca juga: Judul lain', 'Judul berita lain yang tersangkut'], 0);
  assert.deepEqual(withFooter.roles, ['lead', 'body', 'related', 'junk']);
  const noFooter = assignRoles(['Lead.', 'Isi.', 'Kalimat terakhir tanpa titik'], 0);
  assert.deepEqual(noFooter.roles, ['lead', 'body', 'body']);
});

test('credits, source credits and related links are collected; editor roles are kept', () => {
  const r = assignRoles(['Lead.', 'Sumber: Reuters', 'Pewarta: Ani', 'Editor: Budi', 'Penerjemah: Cici', 'Baca juga: A'], 0, [null, null, null, null, null, 'body']);
  assert.deepEqual(r.roles, ['lead', 'source-credit', 'credit', 'credit', 'credit', 'body']);
  assert.deepEqual(r.credits, { reporter: 'Ani', editor: 'Budi', translator: 'Cici' });
  assert.deepEqual(r.sourceCredits, ['Reuters']);
  assert.deepEqual(r.related, []);
});
