// The editor's finding state under Node (ProseMirror needs no DOM for its state): a re-check hands
// every finding a new key, and the finding the editor selected must stay selected when the new run
// reports the same rule on the same words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditorState } from 'prosemirror-state';
import { articleToDoc } from '../../renderer/src/editor/convert.ts';
import { storyKey, storyPlugin, type Labels } from '../../renderer/src/editor/story-plugin.ts';
import { selectFinding } from '../../renderer/src/editor/commands.ts';
import { parseText } from '../../core/parse/index.ts';
import type { Finding } from '../../core/model/finding.ts';

const labels: Labels = {
  roles: { lead: 'lead', body: 'body', related: 'related', 'source-credit': 'source', credit: 'credit', copyright: 'copyright', junk: 'junk' },
  dateline: 'dateline',
  dragHandle: 'drag',
  headlinePlaceholder: 'headline',
  speaker: (name) => name,
};

function finding(ruleId: string, paragraph: number, start: number, end: number): Finding {
  return { ruleId, category: 'language', severity: 'warning', message: ruleId, paragraph, start, end };
}

function stateWith(findings: Finding[]) {
  const article = parseText('Jakarta (ANTARA) - Para negara anggota sepakat pada pukul 10:00 WIB.\n\nIa menambahkan resiko tetap ada.');
  let state = EditorState.create({ doc: articleToDoc(article), plugins: [storyPlugin(labels)] });
  state = state.apply(state.tr.setMeta(storyKey, { type: 'findings', findings }));
  return state;
}

test('a re-check keeps the selected finding selected when it reports the same rule on the same words', () => {
  const run = [finding('language/para', 0, 19, 23), finding('language/time', 0, 58, 63)];
  let state = stateWith(run);
  const first = storyKey.getState(state)!;
  const time = first.findings.find((e) => e.finding.ruleId === 'language/time')!;
  state = state.apply(selectFinding(state, time));
  assert.equal(storyKey.getState(state)!.active, time.key);

  state = state.apply(state.tr.setMeta(storyKey, { type: 'findings', findings: run.map((f) => ({ ...f })) }));
  const after = storyKey.getState(state)!;
  const again = after.findings.find((e) => e.finding.ruleId === 'language/time')!;
  assert.notEqual(again.key, time.key, 'a re-check gives new keys');
  assert.equal(after.active, again.key, 'the same finding is still the selected one');
});

test('a re-check that no longer reports the selected finding clears the selection', () => {
  let state = stateWith([finding('language/para', 0, 19, 23), finding('language/time', 0, 58, 63)]);
  const time = storyKey.getState(state)!.findings.find((e) => e.finding.ruleId === 'language/time')!;
  state = state.apply(selectFinding(state, time));
  state = state.apply(state.tr.setMeta(storyKey, { type: 'findings', findings: [finding('language/para', 0, 19, 23)] }));
  assert.equal(storyKey.getState(state)!.active, -1);
});
