import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as markdown from '../../../core/export/markdown.ts';
import { mdEscape, yamlString } from '../../../core/export/markdown.ts';
import { loadFixture, OPTIONS } from './helpers.ts';

function frontMatter(out: string): string[] {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(out);
  assert.ok(m, 'front matter');
  return m[1].split('\n');
}

test('front matter: title, date, dateline, source, credits, tags and the CMS fields', () => {
  const out = markdown.export(loadFixture('every-role'), OPTIONS);
  const fm = frontMatter(out);
  assert.deepEqual(fm.slice(0, 13), [
    'title: "Pemerintah tetapkan harga beras medium Rp12.500 per kilogram"',
    'date: "2026-11-23T14:05:00+07:00"',
    'dateline: "JAKARTA (ANTARA)"',
    'source:',
    '  - "Kementerian Perdagangan"',
    'credits:',
    '  reporter: "Ahmad Fauzi"',
    '  editor: "Siti Rahma"',
    'tags:',
    '  - "beras"',
    '  - "harga pangan"',
    '  - "Kemendag"',
    'slug: "harga-beras-medium"',
  ]);
  assert.ok(fm.includes('embargo: "2026-11-24T06:00:00+07:00"'));
  assert.ok(fm.includes('priority: "urgent"'));
  assert.ok(fm.includes('correction_of: "ant-2026-11-23-0042"'));
});

test('YAML strings are always double-quoted JSON-style scalars that parse back to the same text', () => {
  for (const s of ['plain', 'a: b', '- x', '"quoted"', "it's", '#hash', 'yes', 'null', '@x', '`x`', 'a\nb', 'x\u2028y', '<b>&']) {
    const y = yamlString(s);
    assert.match(y, /^".*"$/);
    assert.doesNotMatch(y, /[\n\u2028<>&]/);
    assert.equal(JSON.parse(y), s);
  }
});

test('body: paragraphs escaped, Baca juga as links with http(s) destinations, credits at the end', () => {
  const out = markdown.export(loadFixture('special-chars'), OPTIONS);
  const body = out.split('\n---\n')[1];
  assert.ok(body.includes('Indonesia \\& Mesir sepakat: perdagangan \\< 5 miliar'));
  assert.ok(body.includes('Baca juga: [Ekspor kopi ke Timur Tengah naik 20% \\& terus tumbuh](<https://www.antaranews.com/berita/4400222/ekspor-kopi?src=a&b=%3Cc%3E>)'));
  assert.match(body, /Pewarta: Nur Aini\n\nEditor: Budi Santoso\n$/);
});

test('inline escaping neutralizes emphasis, links, HTML and block markers', () => {
  assert.equal(mdEscape('*a* _b_ [c](d) <e> `f`'), '\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\`');
  assert.equal(mdEscape('# judul'), '\\# judul');
  assert.equal(mdEscape('- butir'), '\\- butir');
  assert.equal(mdEscape('1. butir'), '1\\. butir');
  assert.equal(mdEscape('5.1 magnitudo'), '5.1 magnitudo');
});

test('blockquote option renders paragraphs opening with a direct quote as "> "', () => {
  const out = markdown.export(loadFixture('seed'), { ...OPTIONS, blockquotes: true });
  assert.equal(out.split('\n').filter((l) => l.startsWith('> ')).length, 3);
});
