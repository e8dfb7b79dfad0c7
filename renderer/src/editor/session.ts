// One open story: its editor state, autosave and live checks. Lives outside React so that switching
// tabs keeps each story's undo history; components subscribe to it for redraws.
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import type { Node as PMNode } from 'prosemirror-model';
import type { Article } from '../../../core/model/article.ts';
import type { Finding } from '../../../core/model/finding.ts';
import type { DeskProfile } from '../../../core/model/profile.ts';
import type { StoryView } from '../../../electron/ipc/contract.ts';
import type { StoryRecord } from '../../../electron/services/workspace/types.ts';
import { api, errorText } from '../lib/api.ts';
import { SERVER_ONLY_RULES } from '../lib/live-checks.ts';
import { checkArticle } from '../lib/checks-client.ts';
import { articleToDoc, docToArticle } from './convert.ts';
import { moveParagraph } from './commands.ts';
import { storyKey, storyPlugin, type Labels, type StoryMeta } from './story-plugin.ts';

export const SAVE_DELAY_MS = 400;
const CHECK_DELAY_MS = 150;

export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retryInMs: number };

export interface SessionDeps {
  profile(): DeskProfile | null;
  locale(): 'id' | 'en';
  labels: Labels;
  onSaved(view: StoryView): void;
  onSaveError(message: string): void;
  /** Keys the editor leaves to the app (F8, Ctrl+.); return true when handled. */
  onKey?(event: KeyboardEvent): boolean;
}

export class StorySession {
  readonly id: string;
  record: StoryRecord;
  state: EditorState;
  save: SaveState = { kind: 'saved', at: Date.now() };
  /** Milliseconds the last live check took (the keystroke budget is 16 ms). */
  lastCheckMs = 0;
  version = 0;
  private listeners = new Set<() => void>();
  private savedDoc: PMNode;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private failures = 0;
  private deps: SessionDeps;
  private attached: { updateState(s: EditorState): void } | null = null;
  private closed = false;

  constructor(view: StoryView, deps: SessionDeps) {
    this.id = view.record.id;
    this.record = view.record;
    this.deps = deps;
    const doc = articleToDoc(view.record.article);
    this.savedDoc = doc;
    this.state = EditorState.create({
      doc,
      plugins: [
        history(),
        keymap({
          'Mod-z': undo, 'Mod-Shift-z': redo, 'Mod-y': redo,
          'Alt-ArrowUp': (s, d) => { const tr = moveParagraph(s, -1); if (tr && d) d(tr); return !!tr; },
          'Alt-ArrowDown': (s, d) => { const tr = moveParagraph(s, 1); if (tr && d) d(tr); return !!tr; },
          Enter: (s, d) => {
            // Enter in the headline goes on to the first paragraph rather than splitting it.
            if (s.selection.$from.index(0) !== 0 || s.selection.$from.depth === 0) return false;
            if (d) d(s.tr.setSelection(TextSelection.create(s.doc, s.doc.child(0).nodeSize + 1)).scrollIntoView());
            return true;
          },
        }),
        keymap(baseKeymap),
        storyPlugin(deps.labels),
      ],
    });
    this.meta({ type: 'analysis', article: view.record.article });
    this.meta({ type: 'findings', findings: view.findings });
  }

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  getVersion = (): number => this.version;

  private notify(): void {
    if (this.notifyTimer) {
      clearTimeout(this.notifyTimer);
      this.notifyTimer = null;
    }
    this.version++;
    for (const l of this.listeners) l();
  }

  attach(view: { updateState(s: EditorState): void } | null): void {
    this.attached = view;
    if (view) view.updateState(this.state);
  }

  /** The editor view's dispatchTransaction. */
  dispatch = (tr: Transaction): void => {
    if (this.closed) return;
    this.state = this.state.apply(tr);
    this.attached?.updateState(this.state);
    if (tr.docChanged) {
      this.scheduleSave();
      this.scheduleCheck();
      // The panels around the editor redraw after a short pause, not inside each keystroke.
      if (!tr.getMeta(storyKey) && !tr.getMeta('fixAll')) {
        this.notifySoon();
        return;
      }
    }
    this.notify();
  };

  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  private notifySoon(): void {
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      this.notify();
    }, 120);
  }

  meta(m: StoryMeta): void {
    this.dispatch(this.state.tr.setMeta(storyKey, m).setMeta('addToHistory', false));
  }

  setLabels(labels: Labels): void {
    this.deps.labels = labels;
    this.meta({ type: 'labels', labels });
  }

  get article(): Article {
    return docToArticle(this.state.doc, this.record.article);
  }

  get dirty(): boolean {
    return !this.state.doc.eq(this.savedDoc);
  }

  private scheduleSave(delay = SAVE_DELAY_MS): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    if (this.save.kind !== 'error') this.save = { kind: 'pending' };
    this.saveTimer = setTimeout(() => { void this.flush(); }, delay);
  }

  private scheduleCheck(): void {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => { void this.runLiveCheck(); }, CHECK_DELAY_MS);
  }

  async runLiveCheck(): Promise<void> {
    const profile = this.deps.profile();
    if (!profile || this.closed) return;
    const doc = this.state.doc;
    const res = await checkArticle(this.article, profile, this.deps.locale());
    if (!res || this.closed) return;
    // The text changed meanwhile (typing, or roles from a save): check the text as it is now.
    if (!this.state.doc.eq(doc)) {
      this.scheduleCheck();
      return;
    }
    this.lastCheckMs = res.ms;
    const tr = this.state.tr.setMeta('addToHistory', false);
    this.syncRoles(tr, res.article);
    tr.setMeta(storyKey, { type: 'findings', findings: res.findings, keep: (f: Finding) => SERVER_ONLY_RULES.has(f.ruleId) });
    this.dispatchQuiet(tr);
    this.meta({ type: 'analysis', article: res.article });
  }

  /** A transaction that must not count as an edit (no save, no re-check). */
  private dispatchQuiet(tr: Transaction): void {
    this.state = this.state.apply(tr);
    this.attached?.updateState(this.state);
    this.notify();
  }

  /** Paragraph roles found by the analysis onto the nodes (not an undo step). */
  private syncRoles(tr: Transaction, article: Article): void {
    const doc = tr.doc;
    if (doc.childCount - 1 !== article.paragraphs.length) return;
    doc.forEach((node, offset, index) => {
      if (index === 0) return;
      const p = article.paragraphs[index - 1];
      if (p.text === node.textContent && p.role !== node.attrs.role) tr.setNodeMarkup(offset, undefined, { ...node.attrs, role: p.role });
    });
  }

  /** Saves now if anything changed; resolves when the store has it (or the attempt failed). */
  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (this.saving) await this.saving;
    if (!this.dirty) {
      if (this.save.kind !== 'saved') {
        this.save = { kind: 'saved', at: Date.now() };
        this.notify();
      }
      return;
    }
    const doc = this.state.doc;
    const article = docToArticle(doc, this.record.article);
    this.save = { kind: 'saving' };
    this.notify();
    this.saving = (async () => {
      try {
        const res = await api().saveStory({ id: this.id, article: { headline: article.headline, paragraphs: article.paragraphs } });
        this.savedDoc = doc;
        this.record = res.record;
        this.failures = 0;
        this.save = { kind: 'saved', at: Date.now() };
        if (this.state.doc.eq(doc)) this.applyServer(res);
        this.deps.onSaved(res);
      } catch (err) {
        // The text stays in memory, in the editor; try again with a growing pause.
        this.failures++;
        const retryInMs = Math.min(30_000, 1000 * 2 ** Math.min(this.failures, 5));
        this.save = { kind: 'error', message: errorText(err), retryInMs };
        if (this.failures === 1) this.deps.onSaveError(errorText(err));
        if (!this.closed) this.saveTimer = setTimeout(() => { void this.flush(); }, retryInMs);
      } finally {
        this.saving = null;
        this.notify();
      }
    })();
    await this.saving;
  }

  /** Server results for the text the editor still shows: its roles, quotes and complete findings. */
  applyServer(view: StoryView): void {
    this.record = view.record;
    const tr = this.state.tr.setMeta('addToHistory', false);
    this.syncRoles(tr, view.record.article);
    tr.setMeta(storyKey, { type: 'findings', findings: view.findings });
    this.dispatchQuiet(tr);
    this.meta({ type: 'analysis', article: view.record.article });
  }

  /** Replaces the text with a version from the store (restore, Baca juga insert) as one undo step. */
  replaceFromServer(view: StoryView): void {
    const doc = articleToDoc(view.record.article);
    const tr = this.state.tr.replaceWith(0, this.state.doc.content.size, doc.content);
    this.state = this.state.apply(tr);
    this.attached?.updateState(this.state);
    this.savedDoc = this.state.doc;
    this.applyServer(view);
  }

  close(): void {
    this.closed = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.listeners.clear();
  }

  handleKey(event: KeyboardEvent): boolean {
    return this.deps.onKey?.(event) ?? false;
  }
}
