import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPattern, replaceInArticle } from '../../../core/find/replace.ts';
import { emptyCredits, emptyMeta, type Article } from '../../../core/model/article.ts';

const article = (headline: string | null, ...texts: string[]): Article => ({
  headline, dateline: null, lead: texts[0] ?? '', paragraphs: texts.map((text, i) => ({ role: i ? 'body' : 'lead', text })),
  quotes: [], related: [], sourceCredits: [], credits: emptyCredits(), language: 'id', provenance: null, meta: emptyMeta(),
});

test('whole word and case options', () => {
  const a = article('Menhan bertemu menhan', 'Para menhan hadir; menhannya juga.', 'Tidak ada.');
  const whole = replaceInArticle(a, { query: 'menhan', caseSensitive: false, wholeWord: true }, 'menteri pertahanan');
  assert.equal(whole.count, 3);
  assert.equal(whole.article.headline, 'menteri pertahanan bertemu menteri pertahanan');
  assert.equal(whole.article.paragraphs[0].text, 'Para menteri pertahanan hadir; menhannya juga.');
  assert.equal(whole.article.paragraphs[1], a.paragraphs[1], 'untouched paragraphs are the same objects');
  const cased = replaceInArticle(a, { query: 'menhan', caseSensitive: true, wholeWord: false }, 'X');
  assert.equal(cased.count, 3);
  assert.equal(cased.article.headline, 'Menhan bertemu X');
  assert.equal(a.paragraphs[0].text, 'Para menhan hadir; menhannya juga.', 'the input is not changed');
});

test('special characters are searched literally; an empty query finds nothing', () => {
  assert.equal(replaceInArticle(article(null, 'Rp5.000 (naik)'), { query: '(naik)', caseSensitive: false, wholeWord: false }, '').article.paragraphs[0].text, 'Rp5.000 ');
  assert.equal(findPattern({ query: '', caseSensitive: false, wholeWord: false }), null);
  assert.equal(replaceInArticle(article(null, 'a.b'), { query: '.', caseSensitive: false, wholeWord: false }, '-').count, 1);
});
