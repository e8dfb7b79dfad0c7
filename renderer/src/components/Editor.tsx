// The ProseMirror view. One view serves every tab: switching tabs swaps in that story's state, so
// each story keeps its own undo history.
import { useEffect, useRef } from 'react';
import { EditorView } from 'prosemirror-view';
import type { StorySession } from '../editor/session.ts';
import { useT } from '../i18n/index.tsx';
import { sanitizeHtml } from '../hooks/useImportEvents.ts';

export function Editor({ session }: { session: StorySession }) {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const current = useRef(session);
  current.current = session;

  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView(host.current, {
      state: current.current.state,
      dispatchTransaction: (tr) => current.current.dispatch(tr),
      attributes: { class: 'story-editor', spellcheck: 'false', role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('editor.label'), lang: 'id' },
      handleKeyDown: (_v, e) => current.current.handleKey(e),
      // Pasted HTML is parsed by ProseMirror in an inert document; sanitize it first all the same.
      transformPastedHTML: (html) => sanitizeHtml(html),
    });
    view.current = v;
    return () => {
      current.current.attach(null);
      v.destroy();
      view.current = null;
    };
    // The view is created once; the session is swapped below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    session.attach(v);
    v.setProps({ attributes: { class: 'story-editor', spellcheck: 'false', role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('editor.label'), lang: 'id' } });
    return () => session.attach(null);
  }, [session, t]);

  return <div ref={host} className="editor-host" />;
}

export function focusEditor(): void {
  const el = document.querySelector<HTMLElement>('.story-editor');
  el?.focus();
}
