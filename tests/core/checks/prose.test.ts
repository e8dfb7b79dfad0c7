// anyOf groups its words by first letter; it must still match exactly where the flat alternation does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anyOf } from '../../../core/checks/prose.ts';

const wordArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', ' ', '('), maxLength: 4 });

test('property: anyOf matches at the places the flat alternation matches', () => {
  fc.assert(fc.property(fc.array(wordArb, { minLength: 1, maxLength: 6 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', ' ', '(', 'd'), maxLength: 30 }), (words, text) => {
    const flat = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    const grouped = new RegExp(anyOf(words).source, 'g');
    const places = (re: RegExp) => {
      const out: number[] = [];
      for (let m = re.exec(text); m; m = re.exec(text)) { out.push(m.index); re.lastIndex = m.index + 1; }
      return out;
    };
    assert.deepEqual(places(grouped), places(flat));
  }), { numRuns: 2000 });
});
