// The seed story under the ANTARA profile, through the real parser: what the desk must be told,
// and what it must not be told (the rupiah and euro figures are correct).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../../../core/parse/index.ts';
import { runChecks } from '../../../core/checks/index.ts';
import { antara, makeArticle } from './make-article.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const text = readFileSync(path.join(root, 'tests/fixtures/antara-nato-brussel.txt'), 'utf8');

function check(article: ReturnType<typeof parseText>) {
  const findings = runChecks(article, antara);
  const at = (f: (typeof findings)[number]) => (f.paragraph >= 0 ? article.paragraphs[f.paragraph].text.slice(f.start, f.end) : '');
  const has = (ruleId: string, pred: (t: string, f: (typeof findings)[number]) => boolean = () => true) => findings.some((f) => f.ruleId === ruleId && pred(at(f), f));

  assert.ok(has('structure/headline-missing', (_t, f) => f.severity === 'error' && f.paragraph === -1), 'headline missing (error)');
  assert.ok(has('structure/credits-missing', (_t, f) => f.message.includes('Pewarta')), 'Pewarta: missing');
  assert.ok(has('structure/credits-missing', (_t, f) => f.message.includes('Editor')), 'Editor: missing');
  const last = article.paragraphs.length - 1;
  assert.ok(has('structure/junk', (_t, f) => f.paragraph === last), 'the scraped line at the end');
  assert.ok(has('attribution/vague-source', (t) => t === 'menurut pernyataan resmi'), 'menurut pernyataan resmi');
  assert.ok(has('language/para', (t) => t === 'para negara'), 'para negara anggota');
  assert.ok(has('language/acronym-first-use', (t) => t === 'menhan'), 'menhan in the body');

  // Nothing on the correct figures.
  for (const f of findings) {
    if (f.paragraph < 0) continue;
    const p = article.paragraphs[f.paragraph].text;
    for (const ok of ['Rp353,2 triliun', '20,9 miliar euro', 'Rp675,4 triliun']) {
      const i = p.indexOf(ok);
      if (i >= 0) assert.ok(f.end <= i || f.start >= i + ok.length, `${f.ruleId} fired on "${ok}": ${f.message}`);
    }
  }
  assert.ok(!findings.some((f) => f.ruleId === 'language/rupiah' || f.ruleId === 'language/currency-conversion' || f.ruleId === 'language/thousand-separator'));
  return findings;
}

test('seed story through the parser: the findings the desk needs, none on the correct figures', () => {
  check(parseText(text));
});

test('seed story built by hand: the same findings without the parser', () => {
  check(makeArticle(text.replace(/\n\s*\n(Didukung Ceko)/, '\n\n!! $1')));
});
