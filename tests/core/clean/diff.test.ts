import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffArticles, diffWords } from '../../../core/clean/diff.ts';
import { cleanArticle } from '../../../core/clean/index.ts';
import type { Article } from '../../../core/model/article.ts';
import { loadFixture } from '../export/helpers.ts';
import { ANTARA_CURLY } from './profiles.ts';

function withTexts(a: Article, texts: string[], headline = a.headline): Article {
  return { ...a, headline, paragraphs: texts.map((text) => ({ role: 'body' as const, text })) };
}

test('word diff: the changed words only, spaces kept, runs merged', () => {
  assert.deepEqual(diffWords('Rp 5.000 per  kilo', 'Rp5.000 per kilo'), [
    { op: 'delete', text: 'Rp 5.000' },
    { op: 'insert', text: 'Rp5.000' },
    { op: 'equal', text: ' per' },
    { op: 'delete', text: '  ' },
    { op: 'insert', text: ' ' },
    { op: 'equal', text: 'kilo' },
  ]);
  const ops = diffWords('a b c', 'a b c');
  assert.deepEqual(ops, [{ op: 'equal', text: 'a b c' }]);
});

test('paragraph diff: equal, change (with words), delete and insert, with indices on each side', () => {
  const base = loadFixture('no-quotes');
  const before = withTexts(base, ['satu dua tiga', 'paragraf yang dihapus sama sekali', 'empat lima enam'], 'Judul');
  const after = withTexts(base, ['satu dua tiga', 'empat lima tujuh', 'baru sama sekali berbeda'], 'Judul baru');
  const ops = diffArticles(before, after);
  assert.deepEqual(ops.map((o) => [o.op, o.before, o.after]), [
    ['change', -1, -1],
    ['equal', 0, 0],
    ['delete', 1, null],
    ['change', 2, 1],
    ['insert', null, 2],
  ]);
  const change = ops[3];
  assert.deepEqual(change.words, [{ op: 'equal', text: 'empat lima ' }, { op: 'delete', text: 'enam' }, { op: 'insert', text: 'tujuh' }]);
});

test('the diff of a cleaning pass shows the removed junk and the changed quote marks', () => {
  const before = loadFixture('seed');
  const { article } = cleanArticle(before, ANTARA_CURLY);
  const ops = diffArticles(before, article);
  const notEqual = ops.filter((o) => o.op !== 'equal');
  assert.ok(notEqual.some((o) => o.op === 'delete' && o.beforeText?.startsWith('Didukung Ceko')));
  assert.ok(notEqual.some((o) => o.op === 'change' && o.words?.some((w) => w.op === 'insert' && w.text.startsWith('“'))));
  // Applying the ops' after-texts rebuilds the cleaned story.
  const rebuilt = ops.filter((o) => o.after !== null && o.after >= 0).map((o) => o.afterText);
  assert.deepEqual(rebuilt, article.paragraphs.map((p) => p.text));
});

test('identical revisions diff to equals only', () => {
  const a = loadFixture('every-role');
  assert.ok(diffArticles(a, a).every((o) => o.op === 'equal'));
});
