import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline, matchDateline } from '../../../core/parse/dateline.ts';
import { SOURCE_PROFILES } from '../../../core/parse/source-profiles.ts';

const dl = (text: string, first = true) => {
  const d = matchDateline(text, SOURCE_PROFILES, first);
  return d && { place: d.place, agency: d.agency, date: d.date, agencyId: d.agencyId, prefix: text.slice(0, d.length) };
};

test('ANTARA: current, older (ANTARA News), with a region, English copy', () => {
  assert.deepEqual(dl('London (ANTARA) - Para menteri'), { place: 'London', agency: 'ANTARA', date: null, agencyId: 'antara', prefix: 'London (ANTARA) - ' });
  assert.deepEqual(dl('Jakarta (ANTARA News) - Presiden'), { place: 'Jakarta', agency: 'ANTARA News', date: null, agencyId: 'antara', prefix: 'Jakarta (ANTARA News) - ' });
  assert.equal(dl('Mataram, NTB (ANTARA News) - Sebanyak')?.place, 'Mataram, NTB');
  assert.equal(dl('Jakarta (ANTARA) – Indonesia will')?.prefix, 'Jakarta (ANTARA) – ');
});

test('Kompas online and print, with each dash, markdown bold and no place', () => {
  assert.deepEqual(dl('JAKARTA, KOMPAS.com - Mahkamah'), { place: 'JAKARTA', agency: 'KOMPAS.com', date: null, agencyId: 'kompas', prefix: 'JAKARTA, KOMPAS.com - ' });
  assert.deepEqual(dl('JAKARTA, KOMPAS — Presiden')?.agency, 'KOMPAS');
  assert.equal(dl('LABUAN BAJO, KOMPAS.com -- Hujan')?.place, 'LABUAN BAJO');
  assert.equal(dl('JAKARTA, KOMPAS.com -\u00a0Proyek')?.prefix, 'JAKARTA, KOMPAS.com -\u00a0');
  assert.equal(dl('JAKARTA, KOMPAS - - Pemerintah')?.prefix, 'JAKARTA, KOMPAS - - ');
  assert.equal(dl('TANGERANG SELATAN, KOMPAS.com --** Kepala')?.prefix, 'TANGERANG SELATAN, KOMPAS.com --** ');
  assert.deepEqual(dl('KOMPAS.com - Banyak calon'), { place: null, agency: 'KOMPAS.com', date: null, agencyId: 'kompas', prefix: 'KOMPAS.com - ' });
});

test('detik: a bare place, no agency, only on the first paragraph', () => {
  assert.deepEqual(dl('Jakarta - Sebanyak 40 pedagang'), { place: 'Jakarta', agency: null, date: null, agencyId: null, prefix: 'Jakarta - ' });
  assert.equal(dl('Jakarta- Komedian')?.place, 'Jakarta');
  assert.equal(dl('Jakarta - Sebanyak', false), null);
  assert.equal(dl('Presiden Prabowo Subianto - menegaskan'), null);
  assert.equal(dl('Operasi pasar murah kembali digelar.'), null);
});

test('foreign agencies: Reuters, AP, AFP with a date, Anadolu, Xinhua', () => {
  assert.deepEqual(dl('LONDON (Reuters) - The'), { place: 'LONDON', agency: 'Reuters', date: null, agencyId: 'reuters', prefix: 'LONDON (Reuters) - ' });
  assert.equal(dl('WASHINGTON (AP) — The')?.agencyId, 'ap');
  assert.deepEqual(dl('PARIS, 25 Nov (AFP) - France'), { place: 'PARIS', agency: 'AFP', date: '25 Nov', agencyId: 'afp', prefix: 'PARIS, 25 Nov (AFP) - ' });
  assert.equal(dl('ANKARA (AA) - Turkiye')?.agencyId, 'anadolu');
  assert.equal(dl('Istanbul (Anadolu Agency) - Turki')?.agencyId, 'anadolu');
  assert.deepEqual(dl('BEIJING, Nov. 25 (Xinhua) -- China'), { place: 'BEIJING', agency: 'Xinhua', date: 'Nov. 25', agencyId: 'xinhua', prefix: 'BEIJING, Nov. 25 (Xinhua) -- ' });
});

test('press releases through ANTARA', () => {
  assert.deepEqual(dl('ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Pemerintah'), {
    place: 'ISTANBUL', agency: 'Antara/PRNewswire', date: '23 Februari 2016', agencyId: 'press-release',
    prefix: 'ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- ',
  });
});

test('findDateline looks at the first three paragraphs only', () => {
  const paras = ['Penulis: Ani/DW', 'KOMPAS.com - Laporan itu', 'Isi.'];
  assert.equal(findDateline(paras, SOURCE_PROFILES)?.paragraph, 1);
  assert.equal(findDateline(['a', 'b', 'c', 'JAKARTA, KOMPAS - x'], SOURCE_PROFILES), null);
});
