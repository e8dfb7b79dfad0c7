// Closing the window (or Keluar) inside the autosave pause would lose the last keystrokes: the close
// is held until every open story is saved, then the window closes itself. When a save fails (a full
// disk, a read-only folder) the window stays open and says why; closing it once more leaves anyway,
// because then the editor has chosen to.
import { useEffect } from 'react';
import { anyUnsaved, saveAll, t, toast } from '../state/store.ts';

export function useSaveBeforeClose(): void {
  useEffect(() => {
    let saving = false;
    let letGo = false;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (letGo || !anyUnsaved()) return;
      // In Electron a cancelled beforeunload stops the close without a browser dialog.
      e.preventDefault();
      e.returnValue = '';
      if (saving) return;
      saving = true;
      void saveAll().then((saved) => {
        saving = false;
        letGo = true;
        if (saved) window.close();
        else toast(t('save.closeBlocked'), 'error', 10_000);
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
