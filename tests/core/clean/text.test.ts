import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeQuotes, normalizeWhitespace, compose, identity } from '../../../core/clean/text.ts';

test('whitespace: runs, line breaks, tabs and no-break spaces become one space; ends trimmed', () => {
  const r = normalizeWhitespace('  Para\u00A0 menteri\n\npada\tKamis \u200Bberkumpul. ');
  assert.equal(r.text, 'Para menteri pada Kamis berkumpul.');
  assert.equal(r.map.length, '  Para\u00A0 menteri\n\npada\tKamis \u200Bberkumpul. '.length + 1);
  // Offsets follow their characters.
  const src = 'a  b\n\nc';
  const m = normalizeWhitespace(src);
  assert.equal(m.text, 'a b c');
  assert.equal(m.text[m.map[src.indexOf('b')]], 'b');
  assert.equal(m.text[m.map[src.indexOf('c')]], 'c');
  assert.equal(m.map[src.length], m.text.length);
});

test('whitespace keeps the joiners emoji and scripts need', () => {
  const family = '👨\u200D👩\u200D👧';
  assert.equal(normalizeWhitespace(`keluarga ${family}`).text, `keluarga ${family}`);
  assert.equal(normalizeWhitespace('می\u200Cخواهم').text, 'می\u200Cخواهم');
});

test('quotes to straight: every curly mark, same length', () => {
  const s = '“Kami siap,” katanya. ‘Ya’ dan Jum’at „x‟';
  const out = normalizeQuotes(s, 'straight');
  assert.equal(out, '"Kami siap," katanya. \'Ya\' dan Jum\'at "x"');
  assert.equal(out.length, s.length);
});

test('quotes to curly: direction from context, apostrophes inside words, wrong-way marks repaired', () => {
  assert.equal(normalizeQuotes('"Kami siap," katanya.', 'curly'), '“Kami siap,” katanya.');
  assert.equal(normalizeQuotes('salat Jum\'at dan \'kata\' itu', 'curly'), 'salat Jum’at dan ‘kata’ itu');
  assert.equal(normalizeQuotes('”Salah arah” kata (”dia”)', 'curly'), '“Salah arah” kata (“dia”)');
  assert.equal(normalizeQuotes('"..." (tentang)', 'curly'), '“...” (tentang)');
  for (const s of ['"a" \'b\' “c” ‘d’', '""', '" "', 'x"y"z']) {
    const once = normalizeQuotes(s, 'curly');
    assert.equal(normalizeQuotes(once, 'curly'), once, s);
  }
});

test('compose chains offset maps', () => {
  const a = normalizeWhitespace('a  b');
  const c = compose(identity('a  b'), a);
  assert.deepEqual(c.map, a.map);
});
