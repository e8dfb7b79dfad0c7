// The tester's own invariants: each broken rule or case below must be refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RuleTester } from '../../../core/checks/rule-tester.ts';
import type { RuleModule } from '../../../core/checks/types.ts';
import { antara, makeArticle, serialize } from './make-article.ts';

const tester = new RuleTester({ parse: makeArticle, serialize, profile: antara });
const code = '# J\n\nJakarta (ANTARA) - Teras berita.';

function rule(create: RuleModule['create'], extra: Partial<RuleModule['meta']> = {}): RuleModule {
  return {
    meta: {
      id: 'structure/test-rule', category: 'structure', severity: 'warning', fixable: true,
      docs: { id: 'uji', en: 'test', exampleBad: 'a', exampleGood: 'b' },
      messages: { hit: { id: 'Kena {{word}}.', en: 'Hit {{word}}.' } },
      schema: { type: 'object', properties: { word: { type: 'string' } }, additionalProperties: false },
      ...extra,
    },
    create,
  };
}

const reportTeras: RuleModule['create'] = (ctx) => ({
  paragraph({ index, paragraph }) {
    const at = paragraph.text.indexOf('Teras');
    if (at >= 0) ctx.report({ paragraph: index, start: at, end: at + 5, messageId: 'hit', data: { word: 'Teras' }, fix: { start: at, end: at + 5, text: 'Isi' } });
  },
});

test('a good rule passes', () => {
  tester.run('ok', rule(reportTeras), { valid: ['# J\n\nJakarta (ANTARA) - Isi.'], invalid: [{ code, errors: [{ messageId: 'hit', text: 'Teras' }], output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] });
});

test('an invalid case with no report is refused', () => {
  assert.throws(() => tester.run('x', rule(() => ({})), { valid: ['a'], invalid: [{ code, errors: 1 }] }), /at least once/);
});

test('a fix must be asserted, and its output must differ from the input', () => {
  assert.throws(() => tester.run('x', rule(reportTeras), { valid: ['# J\n\nJakarta (ANTARA) - Isi.'], invalid: [{ code, errors: 1 }] }), /output/);
  assert.throws(() => tester.run('x', rule(reportTeras), { valid: ['# J\n\nJakarta (ANTARA) - Isi.'], invalid: [{ code, errors: 1, output: code }] }), /must differ/);
});

test('duplicate cases are refused', () => {
  assert.throws(() => tester.run('x', rule(reportTeras), { valid: ['a', 'a'], invalid: [{ code, errors: 1, output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }), /duplicate/);
});

test('an unfilled placeholder is refused', () => {
  const noData: RuleModule['create'] = (ctx) => ({ article() { ctx.report({ paragraph: -2, start: 0, end: 0, messageId: 'hit' }); } });
  assert.throws(() => tester.run('x', rule(noData, { fixable: false }), { valid: [], invalid: [{ code, errors: 1 }] }), /valid case|placeholder/);
  assert.throws(() => tester.run('x', rule(noData, { fixable: false }), { valid: ['v'], invalid: [{ code, errors: 1 }] }), /placeholder/);
});

test('a rule that mutates the article is refused (the article is frozen)', () => {
  const mutate: RuleModule['create'] = (ctx) => ({ article(a) { (a.paragraphs[0] as { text: string }).text = 'x'; ctx.report({ paragraph: -2, start: 0, end: 0, messageId: 'hit', data: { word: 'w' } }); } });
  assert.throws(() => tester.run('x', rule(mutate, { fixable: false }), { valid: ['v'], invalid: [{ code, errors: 1 }] }), /mutated/);
});

test('a wrong messageId, range or count is refused', () => {
  assert.throws(() => tester.run('x', rule(reportTeras), { valid: ['v'], invalid: [{ code, errors: [{ messageId: 'hit', start: 3 }], output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }), /start/);
  assert.throws(() => tester.run('x', rule(reportTeras), { valid: ['v'], invalid: [{ code, errors: 2, output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }), /expected 2 findings/);
  assert.throws(() => tester.run('x', rule(reportTeras, { fixable: false }), { valid: ['v'], invalid: [{ code, errors: 1, output: 'y' }] }), /fixable/);
});

test('a rule without docs is refused', () => {
  assert.throws(() => tester.run('x', rule(reportTeras, { docs: { id: '', en: 'x', exampleBad: 'a', exampleGood: 'b' } }), { valid: ['v'], invalid: [] }), /docs/);
});

test('a rule without an options schema is refused', () => {
  assert.throws(() => tester.run('x', rule(reportTeras, { schema: undefined }), { valid: ['v'], invalid: [{ code, errors: 1, output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }), /meta\.schema/);
  assert.throws(() => tester.run('x', rule(reportTeras, { defaultOptions: { word: 3 } }), { valid: ['v'], invalid: [{ code, errors: 1, output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }), /defaultOptions/);
});

test('a case whose options the schema refuses is refused', () => {
  assert.throws(() => tester.run('x', rule(reportTeras), { valid: [{ code: 'v', options: { word: 42 } }], invalid: [{ code, errors: 1, output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }), /options do not fit.*word/);
  assert.throws(() => tester.run('x', rule(reportTeras), { valid: [{ code: 'v', options: { kata: 'x' } }], invalid: [{ code, errors: 1, output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }), /Unrecognized key/);
  assert.doesNotThrow(() => tester.run('x', rule(reportTeras), { valid: [{ code: 'v', options: { word: 'x' } }], invalid: [{ code, errors: 1, output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }));
});

test('an expected error must state its range or text, and the suggestions a finding makes', () => {
  assert.throws(() => tester.run('x', rule(reportTeras), { valid: ['v'], invalid: [{ code, errors: [{ messageId: 'hit' }], output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }), /state its range.*"Teras"/);
  assert.doesNotThrow(() => tester.run('x', rule(reportTeras), { valid: ['v'], invalid: [{ code, errors: [{ messageId: 'hit', start: 19, end: 24 }], output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }));
  const suggesting: RuleModule['create'] = (ctx) => ({
    paragraph({ index, paragraph }) {
      const at = paragraph.text.indexOf('Teras');
      if (at >= 0) ctx.report({ paragraph: index, start: at, end: at + 5, messageId: 'hit', data: { word: 'Teras' }, suggest: [{ messageId: 'hit', data: { word: 'Isi' }, edits: [{ start: at, end: at + 5, text: 'Isi' }] }] });
    },
  });
  const r = rule(suggesting, { fixable: false, hasSuggestions: true });
  assert.throws(() => tester.run('x', r, { valid: ['v'], invalid: [{ code, errors: [{ messageId: 'hit', text: 'Teras' }] }] }), /suggestion\(s\); state them/);
  assert.doesNotThrow(() => tester.run('x', r, { valid: ['v'], invalid: [{ code, errors: [{ messageId: 'hit', text: 'Teras', suggestions: [{ output: '# J\n\nJakarta (ANTARA) - Isi berita.' }] }] }] }));
});
