import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as json from '../../../core/export/json.ts';
import { parseMejaJson, MejaJsonError } from '../../../core/export/json.ts';
import { FIXTURES, loadFixture, OPTIONS } from './helpers.ts';

test('lossless: export then parseMejaJson gives the same article back, for every fixture', () => {
  for (const f of FIXTURES) {
    const a = loadFixture(f);
    const text = json.export(a, OPTIONS);
    assert.equal(JSON.parse(text).meja, 1);
    assert.deepEqual(parseMejaJson(text), a, f);
  }
});

test('the only loss: link URLs that are not http(s)', () => {
  const a = loadFixture('every-role');
  a.related[0].url = 'javascript:alert(1)';
  a.paragraphs[2].url = 'data:text/html,x';
  const back = parseMejaJson(json.export(a, OPTIONS));
  assert.equal(back.related[0].url, null);
  assert.equal(back.paragraphs[2].url, null);
  assert.equal(back.related[0].title, a.related[0].title);
});

test('parseMejaJson refuses what is not a Meja document, and fills what an older one leaves out', () => {
  assert.throws(() => parseMejaJson('{'), MejaJsonError);
  assert.throws(() => parseMejaJson('{"meja":2,"article":{}}'), /not a Meja JSON document/);
  assert.throws(() => parseMejaJson('{"meja":1,"article":{"paragraphs":[{"text":1}]}}'), /paragraphs/);
  const a = parseMejaJson('{"meja":1,"article":{"headline":"H","paragraphs":[{"role":"body","text":"t"}]}}');
  assert.equal(a.headline, 'H');
  assert.deepEqual(a.quotes, []);
  assert.deepEqual(a.credits, { reporter: null, editor: null, translator: null });
  assert.equal(a.meta.priority, 'biasa');
});
