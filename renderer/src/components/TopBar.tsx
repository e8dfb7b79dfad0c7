// The window's top bar: the desk and the archive, and the day's main actions with their keys.
import { useLang, useT } from '../i18n/index.tsx';
import { formatLongDate } from '../lib/format.ts';
import { importDialog, setState, useApp } from '../state/store.ts';

export function TopBar() {
  const t = useT();
  const lang = useLang();
  const view = useApp((s) => s.view);
  const settings = useApp((s) => s.settings);
  return (
    <header className="topbar">
      <span className="brand">Meja Redaksi</span>
      <nav aria-label={t('nav.label')}>
        <button className={view === 'desk' ? 'nav active' : 'nav'} aria-current={view === 'desk' ? 'page' : undefined} onClick={() => setState({ view: 'desk' })}>{t('nav.desk')}</button>
        <button className={view === 'archive' ? 'nav active' : 'nav'} aria-current={view === 'archive' ? 'page' : undefined} onClick={() => setState({ view: 'archive' })} title="Ctrl+Shift+F">{t('nav.archive')}</button>
      </nav>
      <span className="today muted">{formatLongDate(new Date(), lang)}</span>
      <span className="spacer" />
      {settings?.editorName && <span className="muted small">{t('topbar.editor', { name: settings.editorName })}</span>}
      <button onClick={() => { void importDialog(); }} title="Ctrl+I">{t('action.import')}</button>
      <button onClick={() => setState({ dialog: 'export' })} title="Ctrl+E">{t('action.export')}</button>
      <button className="secondary" onClick={() => setState({ dialog: 'settings' })} title="Ctrl+,">{t('action.settings')}</button>
      <button className="secondary" onClick={() => setState({ dialog: 'help' })} title="F1" aria-label={t('action.help')}>?</button>
    </header>
  );
}
