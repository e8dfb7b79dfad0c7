import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDictionaryFile, loadSpeller } from '../../electron/services/speller.ts';
import { runChecks } from '../../core/checks/index.ts';
import { parseText } from '../../core/parse/index.ts';
import { BUILTIN_PROFILES } from '../../core/profiles/index.ts';

const speller = await loadSpeller(['Danantara']);

test('reads the Hunspell list from @cspell/dict-id-id', async () => {
  assert.match(await findDictionaryFile(), /id-id\.trie(\.gz)?$/);
});

test('knows standard words, rejects the unmelted and the informal', () => {
  for (const w of ['tersebut', 'menyampaikan', 'pengembangan', 'mengoordinasikan', 'negara']) assert.equal(speller.isKnown(w), true, w);
  for (const w of ['mengkoordinasikan', 'menhan', 'kemampaun']) assert.equal(speller.isKnown(w), false, w);
});

test('clitics, reduplication, stems, the desk words, URLs, numbers and foreign words', () => {
  for (const w of ['pertanyaannya', 'bukankah', 'itulah', 'sekutu-sekutu', 'rumahku', 'danantara', 'https://antaranews.com', 'www.antaranews.com', '2024', 'redaksi@antaranews.com', 'smartphone']) {
    assert.equal(speller.isKnown(w), true, w);
  }
});

test('a passive with -nya, affixed reduplication and English endings pass; their misspellings do not', () => {
  for (const w of ['digelarnya', 'digelar', 'menutup-nutupi', 'tembak-menembak', 'ranking', 'honorable', 'mentions']) assert.equal(speller.isKnown(w), true, w);
  for (const w of ['digelarrnya', 'menutup-nutupu', 'dirumahnya', 'keadlian', 'sluruh']) assert.equal(speller.isKnown(w), false, w);
});

test('the spelling rule with the real speller is quiet on the seed story', async () => {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('../fixtures/antara-nato-brussel.txt', import.meta.url), 'utf8');
  const article = parseText(text);
  const f = runChecks(article, BUILTIN_PROFILES[0], { speller }).filter((x) => x.ruleId === 'language/spelling');
  const words = article.paragraphs.map((p) => p.text.split(/\s+/).length).reduce((a, b) => a + b, 0);
  assert.ok(f.length / words <= 0.005 + 1e-9, `${f.length} of ${words}: ${f.map((x) => x.message).join('; ')}`);
});
