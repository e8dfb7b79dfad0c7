// The window's keyboard shortcuts (the sheet under F1 lists them).
import { useEffect } from 'react';
import { fixAllSafe, fixAtCursor, nextFinding } from '../state/findings.ts';
import { activate, closeTab, getState, importDialog, session, setState, t, toast, type PanelTab } from '../state/store.ts';

const PANELS: PanelTab[] = ['checks', 'related', 'meta', 'history'];

export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const st = getState();
      const mod = e.ctrlKey || e.metaKey;
      const s = session(st.active);
      const run = (fn: () => void) => {
        e.preventDefault();
        e.stopPropagation();
        fn();
      };
      if (e.key === 'F1') return run(() => setState({ dialog: 'help' }));
      if (st.dialog) return; // the dialog has the keyboard (Esc closes it)
      if (mod && e.shiftKey && e.code === 'KeyF') return run(() => setState({ view: 'archive' }));
      if (mod && !e.shiftKey && e.code === 'KeyI') return run(() => { void importDialog(); });
      if (mod && !e.shiftKey && e.code === 'KeyE') return run(() => setState({ dialog: 'export' }));
      if (mod && e.code === 'Comma') return run(() => setState({ dialog: 'settings' }));
      if (mod && !e.shiftKey && (e.code === 'KeyF' || e.code === 'KeyH') && s && st.view === 'desk') return run(() => setState({ finding: true }));
      if (mod && !e.shiftKey && e.code === 'KeyS') {
        return run(() => {
          if (!s) return toast(t('save.saved'), 'ok', 1500);
          void s.flush().then(() => toast(s.dirty ? t('save.keepOpen') : t('save.saved'), s.dirty ? 'error' : 'ok', 1500));
        });
      }
      if (mod && !e.shiftKey && e.code === 'KeyW' && st.active) return run(() => { void closeTab(st.active!); });
      if (mod && e.key === 'Tab' && st.tabs.length > 1) {
        return run(() => {
          const i = st.tabs.indexOf(st.active ?? '');
          activate(st.tabs[(i + (e.shiftKey ? st.tabs.length - 1 : 1)) % st.tabs.length]);
        });
      }
      if (mod && !e.shiftKey && /^Digit[1-4]$/.test(e.code)) return run(() => setState({ panel: PANELS[Number(e.code.slice(5)) - 1] }));
      if (e.key === 'Escape' && st.view === 'archive') return run(() => setState({ view: 'desk' }));
      if (!s || st.view !== 'desk') return;
      if (e.key === 'F8') return run(() => { setState({ panel: 'checks' }); nextFinding(s, e.shiftKey ? -1 : 1); });
      if (mod && e.shiftKey && e.code === 'Period') return run(() => { void fixAllSafe(s); });
      if (mod && !e.shiftKey && e.code === 'Period') return run(() => fixAtCursor(s));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
