// The shared terms shown beside a Baca juga suggestion: no name twice ("Rutte, Mark Rutte, NATO
// Mark Rutte" reads as one person), most telling first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedupeShared, scoreRelated } from '../../../core/related/score.ts';
import { extractTerms } from '../../../core/related/terms.ts';

const k = (...keys: string[]) => keys.map((key) => ({ key }));

test('a name inside a longer one, and a run of other shared names, are dropped', () => {
  assert.deepEqual(dedupeShared(k('ukraina', 'nato', 'rutte', 'mark rutte', 'nato mark rutte')).map((h) => h.key), ['ukraina', 'nato', 'mark rutte']);
  assert.deepEqual(dedupeShared(k('prasetyo', 'budi prasetyo', 'menteri uang budi prasetyo')).map((h) => h.key), ['budi prasetyo']);
  assert.deepEqual(dedupeShared(k('jakarta', 'jakarta timur')).map((h) => h.key), ['jakarta timur']);
  assert.deepEqual(dedupeShared(k('banjir', 'banjir', 'bekasi')).map((h) => h.key), ['banjir', 'bekasi']);
  assert.deepEqual(dedupeShared(k('mark', 'marko')).map((h) => h.key), ['mark', 'marko'], 'whole words only');
  assert.deepEqual(dedupeShared(k('tito', 'karnavian', 'tito karnavian')).map((h) => h.key), ['tito karnavian'], 'a name made of single shared words is the name');
});

test('scoreRelated lists each shared name once: no shown term inside another', () => {
  const open = { title: 'Sekjen NATO minta bantuan untuk Ukraina', lead: 'Sekretaris Jenderal NATO Mark Rutte meminta sekutu menambah bantuan untuk Ukraina. Mark Rutte bertemu para menteri.', body: ['Rutte mengatakan Ukraina butuh pertahanan udara.', 'Menurut Rutte, NATO siap.'] };
  const cand = { title: 'NATO bahas bantuan militer untuk Ukraina', lead: 'Sekretaris Jenderal NATO Mark Rutte mengatakan sekutu akan menambah bantuan pertahanan udara bagi Ukraina.', body: ['"Kami berdiri bersama Ukraina," kata Rutte.'] };
  const terms = extractTerms(open, 25);
  const r = scoreRelated(terms, cand, () => 1, null, Date.now());
  assert.ok(r.score > 0);
  const fold = (x: string) => x.toLowerCase();
  for (const a of r.shared) {
    for (const b of r.shared) if (a !== b) assert.ok(!` ${fold(b)} `.includes(` ${fold(a)} `), `"${a}" repeats inside "${b}": ${r.shared.join(', ')}`);
  }
  assert.ok(r.shared.some((x) => /Rutte/.test(x)), r.shared.join(', '));
});
