// The workstation's frame: inbox (left), the story or the archive (centre), the side panel (right).
import { useEffect, useMemo } from 'react';
import { I18nContext, translator } from '../i18n/index.tsx';
import { useGlobalKeys } from '../hooks/useGlobalKeys.ts';
import { useImportEvents } from '../hooks/useImportEvents.ts';
import { useSaveBeforeClose } from '../hooks/useSaveBeforeClose.ts';
import { useMenuCommands } from '../hooks/useMenuCommands.ts';
import { init, useApp } from '../state/store.ts';
import { ArchiveView } from './ArchiveView.tsx';
import { CleanDialog } from './CleanDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { Inbox } from './Inbox.tsx';
import { ProgressBars } from './ProgressBars.tsx';
import { SettingsDialog } from './SettingsDialog.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import { SidePanel } from './SidePanel.tsx';
import { StoryArea } from './StoryArea.tsx';
import { Toasts } from './Toasts.tsx';
import { TopBar } from './TopBar.tsx';

export function App() {
  const ready = useApp((s) => s.ready);
  const loadError = useApp((s) => s.loadError);
  const lang = useApp((s) => s.settings?.language ?? 'id');
  const theme = useApp((s) => s.settings?.theme ?? 'system');
  const view = useApp((s) => s.view);
  const dialog = useApp((s) => s.dialog);
  const active = useApp((s) => s.active);
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);

  useEffect(() => { void init(); }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
    document.title = i18n.t('app.title');
  }, [lang, theme, i18n]);
  useGlobalKeys();
  useImportEvents();
  useMenuCommands();
  useSaveBeforeClose();

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app">
        <TopBar />
        {!ready ? <p className="loading" role="status">{i18n.t('common.loading')}</p> : loadError ? (
          <p className="fatal" role="alert">{i18n.t('error.start', { message: loadError })}</p>
        ) : (
          <div className={`frame${view === 'desk' && active ? ' with-panel' : ''}`}>
            <Inbox />
            {view === 'desk' ? <StoryArea /> : <ArchiveView />}
            {view === 'desk' && active && <SidePanel />}
          </div>
        )}
        <ProgressBars />
        <Toasts />
        {dialog === 'export' && <ExportDialog />}
        {dialog === 'settings' && <SettingsDialog />}
        {dialog === 'help' && <ShortcutSheet />}
        {dialog === 'clean' && <CleanDialog />}
      </div>
    </I18nContext.Provider>
  );
}
