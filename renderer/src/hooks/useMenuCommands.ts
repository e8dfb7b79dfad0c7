// The application menu's commands (Berkas › Impor…, Ekspor…, Pengaturan…; Sunting › Cari dan Ganti…;
// Tampilan › Arsip; Bantuan › Pintasan). Main only says which item was chosen; the page does what the
// same shortcut does, so a click, a macOS key equivalent (handled by the menu before the page sees
// the key) and the page's own key handler all end in the same action.
import { useEffect } from 'react';
import type { MenuCommand } from '../../../electron/ipc/contract.ts';
import { api } from '../lib/api.ts';
import { getState, importDialog, session, setState, t, toast } from '../state/store.ts';

export function runMenuCommand(command: MenuCommand): void {
  const st = getState();
  switch (command) {
    case 'import':
      void importDialog();
      return;
    case 'export':
      setState({ dialog: 'export' });
      return;
    case 'settings':
      setState({ dialog: 'settings' });
      return;
    case 'shortcuts':
      setState({ dialog: 'help' });
      return;
    case 'archive':
      setState({ view: 'archive', dialog: null });
      return;
    case 'find':
      // The find bar searches the open story: say so rather than do nothing.
      if (!session(st.active)) return toast(t('find.noStory'), 'info', 4000);
      setState({ view: 'desk', dialog: null, finding: true });
      return;
  }
}

export function useMenuCommands(): void {
  useEffect(() => api().onMenuCommand(({ command }) => runMenuCommand(command)), []);
}
