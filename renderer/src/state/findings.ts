// Moving through findings and fixing them: shared by the Pemeriksaan tab and the keyboard (F8,
// Shift+F8, Ctrl+.).
import type { StorySession } from '../editor/session.ts';
import { fixAllTransaction, fixTransaction, selectFinding } from '../editor/commands.ts';
import { storyKey, type FindingEntry } from '../editor/story-plugin.ts';
import { api, errorText } from '../lib/api.ts';
import { applyView, t, toast } from './store.ts';

export function entries(s: StorySession): FindingEntry[] {
  return storyKey.getState(s.state)?.findings ?? [];
}

export function activeEntry(s: StorySession): FindingEntry | null {
  const st = storyKey.getState(s.state);
  return st?.findings.find((e) => e.key === st.active) ?? null;
}

function focusEditorSoon(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.story-editor')?.focus());
}

export function jumpTo(s: StorySession, e: FindingEntry, focus = true): void {
  s.dispatch(selectFinding(s.state, e));
  if (focus) focusEditorSoon();
  requestAnimationFrame(() => {
    document.querySelector(`[data-finding="${e.key}"]`)?.scrollIntoView({ block: 'center' });
    document.getElementById(`finding-${e.key}`)?.scrollIntoView({ block: 'nearest' });
  });
}

/** Next (+1) or previous (-1) finding on the text after the cursor, wrapping around. */
export function nextFinding(s: StorySession, dir: 1 | -1): void {
  const list = entries(s).filter((e) => e.from >= 0);
  if (!list.length) {
    toast(t('checks.none'), 'info', 2000);
    return;
  }
  const active = activeEntry(s);
  const at = active ? list.findIndex((e) => e.key === active.key) : -1;
  let target: FindingEntry | undefined;
  if (at >= 0) target = list[(at + dir + list.length) % list.length];
  else {
    const here = s.state.selection.from;
    target = dir > 0 ? list.find((e) => e.from >= here) ?? list[0] : [...list].reverse().find((e) => e.from < here) ?? list[list.length - 1];
  }
  jumpTo(s, target);
}

export function fixOne(s: StorySession, e: FindingEntry): void {
  const tr = fixTransaction(s.state, e.fix);
  if (tr) s.dispatch(tr.scrollIntoView());
}

export function applySuggestion(s: StorySession, e: FindingEntry, index: number): void {
  const sg = e.suggestions[index];
  const tr = sg ? fixTransaction(s.state, sg.edits) : null;
  if (tr) s.dispatch(tr.scrollIntoView());
}

/** Ctrl+.: the fix of the selected finding, or of the one under the cursor. */
export function fixAtCursor(s: StorySession): void {
  const pos = s.state.selection.from;
  const e = activeEntry(s) ?? entries(s).find((x) => x.fix.length && x.from <= pos && pos <= x.to);
  if (e?.fix.length) fixOne(s, e);
  else toast(t('checks.noFixHere'), 'info', 2000);
}

/**
 * "Perbaiki semua yang aman": every mechanical fix in one editor transaction (one Ctrl+Z), saved,
 * then recorded by the store as a bulk-fix revision.
 */
export async function fixAllSafe(s: StorySession): Promise<number> {
  const res = fixAllTransaction(s.state);
  if (!res) {
    toast(t('checks.nothingToFix'), 'info', 2500);
    return 0;
  }
  s.dispatch(res.tr);
  toast(t('checks.fixed', { n: res.count }), 'ok');
  await s.flush();
  try {
    // The store applies the same fixes to the saved text (none are left) and marks the revision.
    const view = await api().fixAll({ id: s.id });
    const same = JSON.stringify(view.record.article.paragraphs.map((p) => p.text)) === JSON.stringify(s.article.paragraphs.map((p) => p.text))
      && (view.record.article.headline ?? null) === (s.article.headline ?? null);
    if (same) s.applyServer(view);
    else applyView(view);
  } catch (err) {
    toast(errorText(err), 'error');
  }
  return res.count;
}
