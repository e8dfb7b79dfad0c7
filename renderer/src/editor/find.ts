// Find and replace in one story: matches by paragraph (headline included), whole-word and
// case options; "replace all" is one transaction, so one Ctrl+Z undoes it.
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { closeHistory } from 'prosemirror-history';
import { findPattern, type FindOptions } from '../../../core/find/replace.ts';

export type { FindOptions };

export interface Match {
  from: number;
  to: number;
}

export function findAll(state: EditorState, o: FindOptions): Match[] {
  const re = findPattern(o);
  if (!re) return [];
  const out: Match[] = [];
  state.doc.forEach((node, offset) => {
    const text = node.textContent;
    for (const m of text.matchAll(re)) {
      if (!m[0]) continue;
      out.push({ from: offset + 1 + m.index, to: offset + 1 + m.index + m[0].length });
    }
  });
  return out;
}

/** Selects the next (or previous) match after the selection, wrapping; null when there is none. */
export function selectMatch(state: EditorState, o: FindOptions, dir: 1 | -1): Transaction | null {
  const all = findAll(state, o);
  if (!all.length) return null;
  const { from, to } = state.selection;
  const next = dir > 0 ? all.find((m) => m.from >= to && !(m.from === from && m.to === to)) ?? all[0]
    : [...all].reverse().find((m) => m.to <= from) ?? all[all.length - 1];
  return state.tr.setSelection(TextSelection.create(state.doc, next.from, next.to)).scrollIntoView();
}

function isSelectedMatch(state: EditorState, o: FindOptions): boolean {
  const { from, to } = state.selection;
  return findAll(state, o).some((m) => m.from === from && m.to === to);
}

/** Replaces the selected match and selects the next one. */
export function replaceOne(state: EditorState, o: FindOptions, replacement: string): Transaction | null {
  if (!isSelectedMatch(state, o)) return selectMatch(state, o, 1);
  const { from, to } = state.selection;
  const tr = closeHistory(state.tr);
  if (replacement) tr.replaceWith(from, to, state.schema.text(replacement));
  else tr.delete(from, to);
  tr.setSelection(TextSelection.create(tr.doc, from + replacement.length));
  return tr.scrollIntoView();
}

export function replaceAll(state: EditorState, o: FindOptions, replacement: string): { tr: Transaction; count: number } | null {
  const all = findAll(state, o);
  if (!all.length) return null;
  const tr = closeHistory(state.tr);
  for (const m of [...all].reverse()) {
    if (replacement) tr.replaceWith(m.from, m.to, state.schema.text(replacement));
    else tr.delete(m.from, m.to);
  }
  return { tr, count: all.length };
}
