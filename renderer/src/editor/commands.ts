// Editing commands the side panel and the keyboard use: apply one fix, apply every safe fix as
// one transaction (so one Ctrl+Z undoes them all), move a paragraph up or down.
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { closeHistory } from 'prosemirror-history';
import type { EditRange, FindingEntry } from './story-plugin.ts';
import { storyKey } from './story-plugin.ts';

function applyRanges(tr: Transaction, edits: EditRange[]): void {
  // Right to left, so earlier positions stay valid.
  for (const e of [...edits].sort((a, b) => b.from - a.from)) {
    if (e.text) tr.replaceWith(e.from, e.to, tr.doc.type.schema.text(e.text));
    else tr.delete(e.from, e.to);
  }
}

function overlaps(a: EditRange, b: EditRange): boolean {
  return a.from < b.to && b.from < a.to || a.from === b.from;
}

export function fixTransaction(state: EditorState, edits: EditRange[]): Transaction | null {
  if (!edits.length) return null;
  // A fix is its own undo step, never merged with the typing just before it.
  const tr = closeHistory(state.tr);
  applyRanges(tr, edits);
  return tr.docChanged ? tr : null;
}

/** Every mechanical fix, overlapping ones after the first skipped, in one transaction. */
export function fixAllTransaction(state: EditorState): { tr: Transaction; count: number } | null {
  const entries = storyKey.getState(state)?.findings ?? [];
  const accepted: EditRange[] = [];
  let count = 0;
  for (const e of entries) {
    if (!e.fix.length) continue;
    if (e.fix.some((x) => accepted.some((a) => overlaps(a, x)))) continue;
    accepted.push(...e.fix);
    count++;
  }
  if (!count) return null;
  const tr = closeHistory(state.tr);
  applyRanges(tr, accepted);
  return tr.docChanged ? { tr: tr.setMeta('fixAll', count), count } : null;
}

export function selectFinding(state: EditorState, e: FindingEntry): Transaction {
  const tr = state.tr.setMeta(storyKey, { type: 'active', key: e.key });
  if (e.from >= 0) tr.setSelection(TextSelection.create(state.doc, e.from, Math.max(e.from, e.to)));
  return tr.scrollIntoView();
}

/** Moves the paragraph holding the cursor one place up (-1) or down (+1); never above the headline. */
export function moveParagraph(state: EditorState, dir: -1 | 1): Transaction | null {
  const $from = state.selection.$from;
  const index = $from.index(0);
  if (index === 0) return null;
  const target = index + dir;
  if (target < 1 || target >= state.doc.childCount) return null;
  const node = state.doc.child(index);
  const start = $from.before(1);
  const end = start + node.nodeSize;
  const offsetInNode = state.selection.from - start;
  // Each move is an undo step of its own (ProseMirror groups changes made within half a second).
  const tr = closeHistory(state.tr).delete(start, end);
  let insertAt = 0;
  for (let i = 0; i < target; i++) insertAt += tr.doc.child(i).nodeSize;
  tr.insert(insertAt, node);
  tr.setSelection(TextSelection.create(tr.doc, Math.min(insertAt + offsetInNode, insertAt + node.nodeSize - 1)));
  return tr.scrollIntoView();
}
