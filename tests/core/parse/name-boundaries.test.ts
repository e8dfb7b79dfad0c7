import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../../../core/parse/index.ts';
import type { Article } from '../../../core/model/article.ts';

// Where a person's name begins after the name of a body, a place or a brand, and when the one
// who "said" it is no person at all. Invented names and places.
const story = (...paras: string[]): Article => parseText(['Jakarta (ANTARA) - Pemerintah menambah bantuan.', ...paras].join('\n\n'));
const names = (a: Article) => a.quotes.map((q) => q.speaker?.name ?? null);

test('a place the story names ends a body\'s name before the person: the person is the rest', () => {
  const a = story(
    'Tambang liar merusak sungai di Wolio, Jambi.',
    '"Aparat harus turun tangan," kata Ketua Forum Peduli Hijau Wolio Hasan Basri, Jumat.',
    '"Sungai sudah tercemar," katanya.',
  );
  assert.deepEqual(names(a), ['Hasan Basri', 'Hasan Basri']);
});
