import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameRun, titleBefore } from '../../../core/parse/names.ts';
import { tokenize, wordContext } from '../../../core/parse/tokens.ts';

const setup = (text: string) => {
  const tokens = tokenize(text);
  return { tokens, ctx: wordContext([tokens]), at: (w: string) => tokens.findIndex((t) => t.text === w) };
};

test('a name run stops at offices, places, acronyms in parentheses and lower-case words', () => {
  const { tokens, ctx, at } = setup('Sekretaris Jenderal NATO Mark Rutte menekankan bahwa Menko Polhukam Mahfud MD hadir.');
  assert.equal(nameRun(tokens, at('Mark'), ctx), 2);
  assert.equal(nameRun(tokens, at('Mahfud'), ctx), 2); // `MD` belongs to the name
  assert.equal(nameRun(tokens, at('Sekretaris'), ctx), 0);
  assert.equal(nameRun(tokens, at('NATO'), ctx), 0);
});

test('words the story also writes in lower case are not names', () => {
  const { tokens, ctx, at } = setup('Program Keluarga diluncurkan. Setiap keluarga menerima program itu.');
  assert.equal(nameRun(tokens, at('Program'), ctx), 0);
  assert.equal(nameRun(tokens, at('Keluarga'), ctx), 0);
});

test('the title before a name begins at its first office word', () => {
  const { tokens, ctx, at } = setup('Para menteri bertemu Sekretaris Jenderal NATO Mark Rutte di Brussel.');
  const t = titleBefore(tokens, at('Mark'), ctx);
  assert.equal(tokens[t.start].text, 'Sekretaris');
  assert.equal(t.personTitle, true);
  const none = titleBefore(tokens, at('Brussel'), ctx);
  assert.equal(none.personTitle, false);
});

test('a long title with commas and `dan` is one title', () => {
  const { tokens, ctx, at } = setup('kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD.');
  assert.equal(tokens[titleBefore(tokens, at('Mahfud'), ctx).start].text, 'Menteri');
});

test('an initial between name words is part of the name', () => {
  const toks = tokenize('kata Menteri Sosial Juliana P Batubara dan Daeng M Fauzi.');
  const ctx = wordContext([toks]);
  assert.equal(nameRun(toks, 3, ctx), 3);
  assert.equal(nameRun(toks, 7, ctx), 3);
});

test('a number after a hyphen inside a body name stays in the title', () => {
  const toks = tokenize('juru bicara Satuan Tugas Covid - 19 Kabupaten Tegal Joko Wantoro mengatakan');
  const i = toks.findIndex((t) => t.text === 'Joko');
  assert.equal(toks[titleBefore(toks, i, wordContext([toks])).start].text, 'juru');
});

test('Jaya after a name word goes on with the name; the Jaya of a region opens none', () => {
  const { tokens, ctx, at } = setup('Pengacara Budi, Harun Jaya Sitompul, datang ke Polda Metro Jaya bersama Ketut Jaya.');
  assert.equal(nameRun(tokens, at('Harun'), ctx), 3);
  assert.equal(nameRun(tokens, at('Ketut'), ctx), 2);
  assert.equal(nameRun(tokens, tokens.findIndex((t) => t.text === 'Jaya'), ctx), 0);
});

test('Pol after a police rank is part of the title, with or without its period', () => {
  const { tokens, ctx, at } = setup('Kapolres Wolio Kombes Pol Hendra Pasaribu dan Kabid Humas Brigjen Pol. Rudi Lubis hadir.');
  assert.equal(nameRun(tokens, at('Pol'), ctx), 0);
  assert.equal(titleBefore(tokens, at('Rudi'), ctx).start, at('Kabid'));
});
