import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addPerson, findByTitle, findPerson, lastMentionBefore, newPeople, scanParagraph } from '../../../core/parse/people.ts';
import { tokenize, wordContext } from '../../../core/parse/tokens.ts';

test('a surname or a shorter form finds the first full mention', () => {
  const people = newPeople();
  const p = addPerson(people, 'Sri Mulyani Indrawati', 'Menteri Keuangan', [0, 0]);
  assert.equal(findPerson(people, ['indrawati']), p);
  assert.equal(findPerson(people, ['sri', 'mulyani']), p);
  assert.equal(findPerson(people, ['budi']), null);
  assert.equal(addPerson(people, 'Sri Mulyani', null, [3, 0]), p);
  assert.equal(p.full, 'Menteri Keuangan Sri Mulyani Indrawati');
});

test('an office alone finds its holder named before, short forms included', () => {
  const people = newPeople();
  addPerson(people, "Ma'ruf Amin", 'Wakil Presiden', [0, 0]);
  const jokowi = addPerson(people, 'Joko Widodo', 'Presiden', [0, 40]);
  const mensos = addPerson(people, 'Rina Kartika', 'Menteri Sosial', [1, 0]);
  assert.equal(findByTitle(people, 'Presiden', 2, 0), jokowi); // exact title, not the Wakil Presiden
  assert.equal(findByTitle(people, 'Mensos', 2, 0), mensos);
  assert.equal(findByTitle(people, 'Presiden', 0, 10), null); // named only later
});

test('scanning finds people in reading order; the source named last wins for katanya', () => {
  const paras = [
    'Gubernur Bali Wayan Sudiarta meninjau bandara bersama Kepala Bandara Made Arta.',
    'Wayan mengatakan penerbangan normal.',
    'Penumpang bernama Putu Adi tiba pagi itu.',
  ];
  const tokens = paras.map((p) => tokenize(p));
  const ctx = wordContext(tokens);
  const people = newPeople();
  paras.forEach((p, i) => scanParagraph(people, i, p, tokens[i], ctx, []));
  assert.deepEqual(people.persons.map((p) => [p.name, p.title]), [
    ['Wayan Sudiarta', 'Gubernur Bali'], ['Made Arta', 'Kepala Bandara'], ['Putu Adi', null],
  ]);
  assert.equal(people.mentions[2].person.name, 'Wayan Sudiarta');
  assert.equal(people.mentions[2].speaking, true);
  // Putu Adi is named after the source but never speaks: Wayan stays the one `katanya` means.
  assert.equal(lastMentionBefore(people, 3, 0)?.name, 'Wayan Sudiarta');
});

test('a place named after a person is no person, and its name does not open a later run', () => {
  const text = 'Pasien dirujuk ke RSUD Dr Sutomo di Jalan Ir H Juanda, kata Kepala RSUD Dr Sutomo Joni Wahyudi.';
  const tokens = tokenize(text);
  const people = newPeople();
  scanParagraph(people, 0, text, tokens, wordContext([tokens]), []);
  assert.deepEqual(people.mentions.map((m) => m.person.name), ['Joni Wahyudi']);
});

test('a two-word run after a company head (PT, CV) or before Tbk is the company, no person', () => {
  const paras = [
    'Direktur Operasional Lisa Marbun menyebut surat itu dikirim melalui direktur PT Hadiri Lamora ke pengadilan.',
    '"Kami menunggu jawaban," ucapnya.',
    'Founder & Advisor CV Sinar Wolio, Benny Lamora, dan Tarigan Jaya Tbk belum menanggapi.',
  ];
  const tokens = paras.map((p) => tokenize(p));
  const ctx = wordContext(tokens);
  const people = newPeople();
  paras.forEach((p, i) => scanParagraph(people, i, p, tokens[i], ctx, []));
  assert.deepEqual(people.persons.map((p) => p.name), ['Lisa Marbun', 'Benny Lamora']);
});

test('a person named later by the initials given in brackets with the name (Jusuf Kalla (JK)) is the same person', () => {
  const paras = [
    'Kepala Biro Hukum, Rudi Hartono, menjelaskan perusahaan tidak pernah digugat.',
    'Mantan gubernur, Baskara Lubis (BL), datang ke lokasi lahan itu.',
    '"Saya sendiri yang membeli tanah ini," kata BL di lokasi.',
    'Ia mengatakan tanah itu dibeli dari ahli waris kerajaan.',
  ];
  const tokens = paras.map((p) => tokenize(p));
  const ctx = wordContext(tokens);
  const people = newPeople();
  paras.forEach((p, i) => scanParagraph(people, i, p, tokens[i], ctx, []));
  assert.equal(lastMentionBefore(people, 3, 99)?.name, 'Baskara Lubis');
  assert.deepEqual(people.mentions.filter((m) => m.paragraph >= 2).map((m) => [m.person.name, m.speaking]),
    [['Baskara Lubis', true], ['Baskara Lubis', true]]);
});

test('melaporkan someone to the police is no speech verb: its subject and object are no sources', () => {
  const paras = [
    'Pengacara Rusdin Lamba, Hendra Pasaribu, mengatakan bukti telah diserahkan. Rusdin melaporkan sejumlah pihak dan menghormati penyidik.',
    'Hendra menilai kasus itu jelas. Sebelumnya, Rusdin melaporkan Sinta Wulan setelah unggahan yang menyinggung keluarganya beredar.',
    'Warga bernama Dedi Kurnia melaporkan akun itu ke Polres Wolio.',
  ];
  const tokens = paras.map((p) => tokenize(p));
  const ctx = wordContext(tokens);
  const people = newPeople();
  paras.forEach((p, i) => scanParagraph(people, i, p, tokens[i], ctx, []));
  assert.deepEqual(people.mentions.filter((m) => m.speaking).map((m) => m.person.name), ['Hendra Pasaribu', 'Hendra Pasaribu']);
  assert.equal(lastMentionBefore(people, 2, 0)?.name, 'Hendra Pasaribu');
});

test('one word of a known name closing an office before a name set off by commas is the body, not that person', () => {
  const paras = [
    'Pendiri grup itu, Baskara Lubis, datang ke lokasi lahan.',
    'Direktur Hukum Lubis, Rudi Hartono Simbolon, menjelaskan perusahaan tidak pernah digugat.',
  ];
  const tokens = paras.map((p) => tokenize(p));
  const ctx = wordContext(tokens);
  const people = newPeople();
  paras.forEach((p, i) => scanParagraph(people, i, p, tokens[i], ctx, []));
  assert.deepEqual(people.persons.map((p) => [p.name, p.title]), [['Baskara Lubis', null], ['Rudi Hartono Simbolon', 'Direktur Hukum Lubis']]);
});

test('a run that ends a body its short form in brackets spells is no person (Taman Nasional Gede Wolio Semeru (TNGWS))', () => {
  const text = 'Pengelola Taman Nasional Gede Wolio Semeru (TNGWS) menyarankan pendaki menunda perjalanan, kata juru bicara Anton Wijaya.';
  const tokens = tokenize(text);
  const people = newPeople();
  scanParagraph(people, 0, text, tokens, wordContext([tokens]), []);
  assert.deepEqual(people.persons.map((p) => p.name), ['Anton Wijaya']);
});
