// Everything the editor shows on top of the text: each paragraph's role label, the dateline, the
// quotes with their speakers, and the check findings, all as decorations. Findings are kept as
// document ranges and mapped through every edit, so they stay on their words while checks re-run.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { closeHistory } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import type { Article, ParagraphRole } from '../../../core/model/article.ts';
import type { Finding, TextEdit } from '../../../core/model/finding.ts';
import { locate, rangeOf } from './convert.ts';

export interface EditRange {
  from: number;
  to: number;
  text: string;
}

export interface FindingEntry {
  key: number;
  finding: Finding;
  from: number;
  to: number;
  /** The fix's edits as document ranges, mapped with the text; empty when the finding has no fix. */
  fix: EditRange[];
  suggestions: { message: string; edits: EditRange[] }[];
}

interface QuoteEntry {
  from: number;
  to: number;
  kind: 'direct' | 'indirect';
  title: string;
}

export interface Labels {
  roles: Record<ParagraphRole, string>;
  dateline: string;
  dragHandle: string;
  headlinePlaceholder: string;
  speaker: (name: string, cue: string | null) => string;
}

export interface StoryPluginState {
  findings: FindingEntry[];
  active: number;
  quotes: QuoteEntry[];
  dateline: { from: number; to: number } | null;
  labels: Labels;
  deco: DecorationSet;
}

export type StoryMeta =
  | { type: 'findings'; findings: Finding[]; keep?: (f: Finding) => boolean }
  | { type: 'active'; key: number }
  | { type: 'analysis'; article: Article }
  | { type: 'labels'; labels: Labels };

export const storyKey = new PluginKey<StoryPluginState>('story');
let nextKey = 1;

function editRanges(doc: PMNode, edits: readonly TextEdit[] | undefined): EditRange[] {
  if (!edits) return [];
  const out: EditRange[] = [];
  for (const e of edits) {
    const r = rangeOf(doc, e.paragraph, e.start, e.end);
    if (!r) return [];
    out.push({ ...r, text: e.text });
  }
  return out;
}

function toEntries(doc: PMNode, findings: Finding[]): FindingEntry[] {
  const out: FindingEntry[] = [];
  for (const f of findings) {
    const fix = editRanges(doc, f.fix);
    const suggestions = (f.suggestions ?? []).map((s) => ({ message: s.message, edits: editRanges(doc, s.edits) })).filter((s) => s.edits.length);
    if (f.paragraph < -1) {
      out.push({ key: nextKey++, finding: f, from: -1, to: -1, fix, suggestions });
      continue;
    }
    const r = rangeOf(doc, f.paragraph, f.start, f.end);
    out.push({ key: nextKey++, finding: f, from: r ? r.from : -1, to: r ? r.to : -1, fix, suggestions });
  }
  return out;
}

function analysisOf(doc: PMNode, article: Article, labels: Labels): Pick<StoryPluginState, 'quotes' | 'dateline'> {
  const quotes: QuoteEntry[] = [];
  for (const q of article.quotes) {
    const last = q.endParagraph ?? q.paragraph;
    const who = q.speaker ? labels.speaker(q.speaker.title ? `${q.speaker.name} (${q.speaker.title})` : q.speaker.name, q.cue) : labels.speaker('?', q.cue);
    for (let p = q.paragraph; p <= last; p++) {
      const start = p === q.paragraph ? q.start : 0;
      const end = p === last ? q.end : Number.MAX_SAFE_INTEGER;
      const r = rangeOf(doc, p, start, end);
      if (r && r.to > r.from) quotes.push({ ...r, kind: q.kind, title: who });
    }
  }
  let dateline: StoryPluginState['dateline'] = null;
  if (article.dateline && article.dateline.length > 0) {
    const lead = article.paragraphs.findIndex((p) => p.role === 'lead');
    const idx = lead >= 0 ? lead : article.paragraphs.findIndex((p) => p.role === 'body');
    const r = idx >= 0 ? rangeOf(doc, idx, 0, article.dateline.length) : null;
    if (r && r.to > r.from) dateline = r;
  }
  return { quotes, dateline };
}

function handle(label: string) {
  return (view: EditorView, getPos: () => number | undefined) => {
    const el = document.createElement('span');
    el.className = 'drag-handle';
    el.contentEditable = 'false';
    el.title = label;
    el.setAttribute('aria-hidden', 'true');
    el.addEventListener('pointerdown', (e) => {
      const pos = getPos();
      if (pos == null || e.button !== 0) return;
      e.preventDefault();
      dragParagraph(view, view.state.doc.resolve(pos).index(0), e);
    });
    return el;
  };
}

/** Index (in the doc) of the paragraph under a point, and whether the point is in its lower half. */
function paragraphAt(view: EditorView, x: number, y: number): { index: number; after: boolean; dom: HTMLElement } | null {
  const hit = view.posAtCoords({ left: x, top: y });
  if (!hit) return null;
  const index = view.state.doc.resolve(hit.pos).index(0);
  if (index < 1 || index >= view.state.doc.childCount) return null;
  let start = 0;
  for (let i = 0; i < index; i++) start += view.state.doc.child(i).nodeSize;
  const dom = view.nodeDOM(start) as HTMLElement | null;
  if (!dom) return null;
  const box = dom.getBoundingClientRect();
  return { index, after: y > box.top + box.height / 2, dom };
}

/**
 * Drags a Baca juga paragraph with the pointer: a line shows where it will land; dropping moves it
 * in one transaction (one Ctrl+Z). Pointer events rather than HTML drag and drop, so a drag inside
 * the text can never carry markup in from outside.
 */
function dragParagraph(view: EditorView, from: number, down: PointerEvent): void {
  let target: ReturnType<typeof paragraphAt> = null;
  const clear = () => view.dom.querySelectorAll('.drop-before, .drop-after').forEach((n) => n.classList.remove('drop-before', 'drop-after'));
  view.dom.classList.add('dragging');
  const move = (e: PointerEvent) => {
    clear();
    target = paragraphAt(view, e.clientX, e.clientY);
    target?.dom.classList.add(target.after ? 'drop-after' : 'drop-before');
  };
  const up = (e: PointerEvent) => {
    window.removeEventListener('pointermove', move, true);
    window.removeEventListener('pointerup', up, true);
    clear();
    view.dom.classList.remove('dragging');
    if (Math.abs(e.clientY - down.clientY) < 4) return;
    target = paragraphAt(view, e.clientX, e.clientY);
    if (!target) return;
    const doc = view.state.doc;
    let to = target.index + (target.after ? 1 : 0);
    if (to === from || to === from + 1) return;
    const node = doc.child(from);
    let start = 0;
    for (let i = 0; i < from; i++) start += doc.child(i).nodeSize;
    // Its own undo step, never merged with a move or keystroke a moment before.
    const tr = closeHistory(view.state.tr).delete(start, start + node.nodeSize);
    if (to > from) to--;
    let insertAt = 0;
    for (let i = 0; i < to; i++) insertAt += tr.doc.child(i).nodeSize;
    tr.insert(insertAt, node);
    view.dispatch(tr.scrollIntoView());
  };
  window.addEventListener('pointermove', move, true);
  window.addEventListener('pointerup', up, true);
}

function build(doc: PMNode, s: Omit<StoryPluginState, 'deco'>): DecorationSet {
  const decos: Decoration[] = [];
  doc.forEach((node, offset, index) => {
    if (index === 0) {
      decos.push(Decoration.node(offset, offset + node.nodeSize, { 'data-placeholder': s.labels.headlinePlaceholder }));
      return;
    }
    const role = node.attrs.role as ParagraphRole;
    decos.push(Decoration.node(offset, offset + node.nodeSize, { 'data-label': s.labels.roles[role] ?? role }));
    if (role === 'related') {
      decos.push(Decoration.widget(offset + 1, handle(s.labels.dragHandle), { side: -1, key: `h${offset}`, ignoreSelection: true, stopEvent: (e) => e.type.startsWith('pointer') || e.type === 'mousedown' }));
    }
  });
  if (s.dateline) decos.push(Decoration.inline(s.dateline.from, s.dateline.to, { class: 'deco-dateline', title: s.labels.dateline }));
  for (const q of s.quotes) decos.push(Decoration.inline(q.from, q.to, { class: `deco-quote deco-quote-${q.kind}`, title: q.title }));
  for (const e of s.findings) {
    if (e.from < 0) continue;
    const cls = `finding finding-${e.finding.severity}${e.key === s.active ? ' finding-active' : ''}`;
    const attrs = { class: cls, 'data-finding': String(e.key), title: e.finding.message };
    if (e.to > e.from) decos.push(Decoration.inline(e.from, e.to, attrs, { inclusiveStart: false, inclusiveEnd: false }));
    else {
      // An empty range (a missing thing) marks its whole paragraph.
      const $p = doc.resolve(e.from);
      if ($p.depth >= 1) decos.push(Decoration.node($p.before(1), $p.after(1), { class: `finding-block finding-${e.finding.severity}${e.key === s.active ? ' finding-active' : ''}`, 'data-finding': String(e.key) }));
    }
  }
  return DecorationSet.create(doc, decos);
}

export function storyPlugin(labels: Labels): Plugin<StoryPluginState> {
  return new Plugin<StoryPluginState>({
    key: storyKey,
    state: {
      init: (_config, state) => {
        const base = { findings: [], active: -1, quotes: [], dateline: null, labels };
        return { ...base, deco: build(state.doc, base) };
      },
      apply: (tr: Transaction, prev: StoryPluginState, _old: EditorState, state: EditorState) => {
        const meta = tr.getMeta(storyKey) as StoryMeta | undefined;
        if (!meta && !tr.docChanged) return prev;
        let next: Omit<StoryPluginState, 'deco'> = prev;
        if (tr.docChanged) {
          const map = (from: number, to: number) => ({ from: tr.mapping.map(from, 1), to: Math.max(tr.mapping.map(from, 1), tr.mapping.map(to, -1)) });
          next = {
            ...prev,
            findings: prev.findings.map((e) => ({
              ...e,
              ...(e.from < 0 ? {} : map(e.from, e.to)),
              fix: e.fix.map((x) => ({ ...x, ...map(x.from, x.to) })),
              suggestions: e.suggestions.map((sg) => ({ ...sg, edits: sg.edits.map((x) => ({ ...x, ...map(x.from, x.to) })) })),
            })),
            quotes: prev.quotes.map((q) => ({ ...q, ...map(q.from, q.to) })).filter((q) => q.to > q.from),
            dateline: prev.dateline ? map(prev.dateline.from, prev.dateline.to) : null,
          };
        }
        // Plain typing: map what is there instead of rebuilding it (the keystroke budget is 16 ms);
        // a change in the number of paragraphs rebuilds, so new paragraphs get their labels.
        if (!meta && tr.docChanged && tr.before.childCount === tr.doc.childCount) {
          return { ...next, deco: prev.deco.map(tr.mapping, tr.doc) };
        }
        if (meta?.type === 'findings') {
          const kept = meta.keep ? next.findings.filter((e) => meta.keep!(e.finding)) : [];
          const findings = [...toEntries(state.doc, meta.findings), ...kept].sort((a, b) => a.from - b.from || a.to - b.to);
          // A re-check gives every finding a new key; the editor's selected finding stays selected
          // when the new run reports the same rule on the same words.
          const was = next.findings.find((e) => e.key === next.active);
          const same = was && findings.find((e) => e.key === was.key || (e.finding.ruleId === was.finding.ruleId && e.from === was.from && e.to === was.to));
          next = { ...next, findings, active: same ? same.key : -1 };
        } else if (meta?.type === 'active') next = { ...next, active: meta.key };
        else if (meta?.type === 'analysis') next = { ...next, ...analysisOf(state.doc, meta.article, next.labels) };
        else if (meta?.type === 'labels') next = { ...next, labels: meta.labels };
        return { ...next, deco: build(state.doc, next) };
      },
    },
    props: {
      decorations: (state) => storyKey.getState(state)?.deco,
    },
  });
}

/** A finding as it stands now: its paragraph and offsets re-read from its mapped document range. */
export function currentFinding(doc: PMNode, e: FindingEntry): Finding {
  if (e.from < 0) return e.finding;
  const a = locate(doc, e.from);
  const b = locate(doc, e.to);
  return { ...e.finding, paragraph: a.paragraph, start: a.offset, end: a.paragraph === b.paragraph ? b.offset : a.offset };
}
