import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../../../core/parse/index.ts';
import { placeWords } from '../../../core/parse/places.ts';
import { tokenize } from '../../../core/parse/tokens.ts';
import type { Article } from '../../../core/model/article.ts';

const story = (...paras: string[]): Article => parseText(['Jakarta (ANTARA) - Pemerintah menambah bantuan.', ...paras].join('\n\n'));
const speakers = (a: Article) => a.quotes.map((q) => [q.kind, q.speaker?.name ?? null, q.speaker?.title ?? null]);
const places = (...paras: string[]) => [...placeWords(paras.map((p) => tokenize(p)))].sort();

test('place words: after a place head or `di`, not inside an office or before a person', () => {
  assert.deepEqual(places('Warga di Kabupaten Wolio menolak.', 'Banjir juga terjadi di Tanjung Rusa, Sabtu.'), ['rusa', 'tanjung', 'wolio']);
  // The offices `Wali Kota`/`Kepala Desa` name a holder, not a place.
  assert.deepEqual(places('Wali Kota Ratna Sari meninjau pasar.', 'Kepala Desa Bayu Adi hadir.'), []);
  // A place head inside a longer title, and a place run going on into a name.
  assert.deepEqual(places('Pengurus Bidang Ekonomi dan Kota Diding Sukri hadir.', 'Pemerintah Kota Wolio Rudi Hartono setuju.'), []);
  // `ke` may point at a person (`ditanyakan ke Wulan`); a run before a speech verb is the speaker.
  assert.deepEqual(places('Saat ditanyakan ke Wulan, dia diam.', 'Kepala Dinas di Sulut Dodi Lapian mengatakan cukup.', 'Hal itu di Rendi Kusuma mengatakan.'), []);
});

test('a place the story names opens the run before a holder\'s name: the place goes to the title', () => {
  const a = story(
    'Bupati Wolio Rusdin Lamba meninjau gudang di Kabupaten Wolio.',
    'Rusdin mengatakan stok beras cukup.',
    '"Kami siapkan 20 ton," kata Bupati Wolio Rusdin Lamba.',
    '"Tidak ada kenaikan harga," ujarnya.',
  );
  assert.deepEqual(speakers(a), [
    ['indirect', 'Rusdin Lamba', 'Bupati Wolio'],
    ['direct', 'Rusdin Lamba', 'Bupati Wolio'],
    ['direct', 'Rusdin Lamba', 'Bupati Wolio'],
  ]);
});

test('a run of place words only is no speaker: the name after the comma is', () => {
  const a = story(
    'Pemilih di Ranu Kendo mulai mendaftar.',
    '"Pendaftaran dibuka sampai Jumat," terang Ketua KPUD Ranu Kendo, Kubaisi, Senin.',
  );
  assert.deepEqual(speakers(a), [['direct', 'Kubaisi', 'Ketua KPUD Ranu Kendo']]);
});

test('a place named with `di` is no person who speaks later (`di Ranu Kendo`)', () => {
  const a = story(
    'Massa berkumpul di Ranu Kendo, Sabtu.',
    'Juru bicara kepolisian Ranu Kendo mengatakan aksi berjalan damai.',
    '"Tidak ada yang ditahan," lanjutnya.',
  );
  // The office has no holder named: nobody is made up from the place.
  assert.deepEqual(speakers(a).filter((s) => s[0] === 'direct'), [['direct', null, null]]);
});
