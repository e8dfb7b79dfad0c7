// The message catalogues: English has every key of Bahasa Indonesia and nothing else, each message
// keeps its placeholders, nothing is left untranslated, every key the renderer names exists, and no
// component carries a hard-coded sentence outside the catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { id } from '../../renderer/src/i18n/id.ts';
import { en, SAME_IN_BOTH } from '../../renderer/src/i18n/en.ts';
import { ROOT } from './harness.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the English catalogue has exactly the keys of the Indonesian one', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(id).sort());
});

test('every message is non-empty, translated, and keeps its placeholders', () => {
  const same = new Set<string>(SAME_IN_BOTH);
  for (const [key, text] of Object.entries(id) as [keyof typeof id, string][]) {
    assert.ok(text.trim(), `id ${key} empty`);
    assert.ok(en[key].trim(), `en ${key} empty`);
    assert.deepEqual(placeholders(en[key]), placeholders(text), `placeholders of ${key}`);
    if (!same.has(key)) assert.notEqual(en[key], text, `${key} is not translated`);
  }
  for (const key of same) assert.equal(en[key as keyof typeof id], id[key as keyof typeof id], `${key} is listed as the same in both but differs`);
});

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...await sources(p));
    else if (/\.tsx?$/.test(e.name) && !p.includes(`${path.sep}i18n${path.sep}`)) out.push(p);
  }
  return out;
}

test('every key the renderer asks for exists; no hard-coded text in components', async () => {
  const files = await sources(path.join(ROOT, 'renderer', 'src'));
  const used = new Set<string>();
  const literalText: string[] = [];
  const ALLOWED = new Set(['Meja Redaksi', 'Bahasa Indonesia', 'English', '×', '?', '✓', '⠿', '•', '·']);
  for (const f of files) {
    const src = await fs.readFile(f, 'utf8');
    for (const m of src.matchAll(/\btt?\(\s*'([\w.-]+)'/g)) used.add(m[1]);
    if (f.endsWith('.tsx')) {
      // Text between JSX tags that is not an expression: it would escape translation.
      const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const m of code.matchAll(/<\/?[A-Za-z]\w*(?:\s[^<>]*)?>([^<>{}\n]*[A-Za-z][^<>{}\n]*)</g)) {
        const text = m[1].trim();
        // Between two JSX branches of a ternary sits code, not text.
        if (/===|&&|\|\||^:|\?$/.test(text)) continue;
        if (text && !ALLOWED.has(text)) literalText.push(`${path.basename(f)}: ${text}`);
      }
    }
  }
  assert.ok(used.size > 150, `found ${used.size} keys in use`);
  const missing = [...used].filter((k) => !(k in id));
  assert.deepEqual(missing, []);
  assert.deepEqual(literalText, []);
});

test('placeholders and plural forms are filled', async () => {
  const { translator } = await import('../../renderer/src/i18n/translate.ts');
  assert.equal(translator('en')('checks.errors', { n: 1 }), '1 error');
  assert.equal(translator('en')('checks.errors', { n: 3 }), '3 errors');
  assert.equal(translator('id')('checks.errors', { n: 1 }), '1 kesalahan');
  assert.equal(translator('en')('inbox.count', { n: 1, total: 1 }), '1 of 1 story');
  assert.equal(translator('id')('import.failed', { name: 'a.txt', message: 'kosong' }), 'a.txt tidak dapat diimpor: kosong');
});
