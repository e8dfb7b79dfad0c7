import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ninjs from '../../../core/export/ninjs.ts';
import { ninjsUri } from '../../../core/export/ninjs.ts';
import { loadFixture, OPTIONS } from './helpers.ts';

test('ninjs 3.1: uri (not guid), type, version, versionCreated, headlines, two bodies', () => {
  const item = JSON.parse(ninjs.export(loadFixture('every-role'), OPTIONS));
  assert.equal(item.uri, 'https://www.antaranews.com/ant-2026-11-25-0001');
  assert.equal(item.guid, undefined);
  assert.equal(item.type, 'text');
  assert.equal(item.version, '3');
  assert.equal(item.versionCreated, '2026-11-25T12:00:00+07:00');
  assert.deepEqual(item.headlines, [{ role: 'main', value: 'Pemerintah tetapkan harga beras medium Rp12.500 per kilogram' }]);
  assert.deepEqual(item.bodies.map((b: { contentType: string }) => b.contentType), ['text/plain', 'application/xhtml+xml']);
  assert.match(item.bodies[0].value, /^JAKARTA \(ANTARA\) - Pemerintah/);
  assert.match(item.bodies[1].value, /^<p>JAKARTA \(ANTARA\) - Pemerintah/);
});

test('located, by, infoSources, people, subjects, urgency, embargo, slugline, caption, correction', () => {
  const item = JSON.parse(ninjs.export(loadFixture('every-role'), OPTIONS));
  assert.equal(item.located, 'JAKARTA');
  assert.equal(item.by, 'Ahmad Fauzi');
  assert.deepEqual(item.infoSources, [{ name: 'ANTARA', role: 'agency' }, { name: 'Kementerian Perdagangan', role: 'source' }]);
  assert.deepEqual(item.people, [{ name: 'Ahmad Fauzi', rel: 'reporter' }, { name: 'Siti Rahma', rel: 'editor' }]);
  assert.deepEqual(item.subjects, [
    { name: 'Ekonomi', rel: 'section' },
    { name: 'beras', rel: 'keyword' }, { name: 'harga pangan', rel: 'keyword' }, { name: 'Kemendag', rel: 'keyword' },
  ]);
  assert.equal(item.urgency, 2);
  assert.equal(item.embargoedUntil, '2026-11-24T06:00:00+07:00');
  assert.equal(item.slugline, 'harga-beras-medium');
  assert.deepEqual(item.descriptions, [{ role: 'caption', value: 'Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta. ANTARA FOTO/Contoh' }]);
  assert.deepEqual(item.altIds, [{ role: 'correctionOf', value: 'ant-2026-11-23-0042' }]);
});

test('Baca juga links are associations; a line without a URL stays only in the body', () => {
  const item = JSON.parse(ninjs.export(loadFixture('every-role'), OPTIONS));
  assert.deepEqual(item.associations, [{
    name: 'baca-juga-1', rel: 'related', type: 'text',
    uri: 'https://www.antaranews.com/berita/4400001/stok-beras-nasional-aman-hingga-akhir-tahun',
    headlines: [{ value: 'Stok beras nasional aman hingga akhir tahun' }],
  }]);
  assert.ok(item.bodies[0].value.includes('Baca juga: Petani minta harga gabah dinaikkan'));
});

test('uri: under an http(s) base, else a URN; any id stays a valid URI', () => {
  assert.equal(ninjsUri('x y', 'https://a.example/'), 'https://a.example/x%20y');
  assert.equal(ninjsUri('x', 'javascript:alert(1)'), 'urn:meja-redaksi:x');
  assert.equal(ninjsUri(''), 'urn:meja-redaksi:story');
  const item = JSON.parse(ninjs.export(loadFixture('no-quotes'), { now: '2026-11-25T00:00:00Z', id: 'n/1' }));
  assert.equal(item.uri, 'urn:meja-redaksi:n%2F1');
  assert.equal(item.version, '1');
  assert.equal(item.language, 'en');
  assert.equal(item.urgency, 1);
  assert.equal(item.associations, undefined);
});
