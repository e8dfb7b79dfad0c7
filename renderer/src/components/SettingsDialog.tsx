// Pengaturan: language, theme, the editor's name (for `Editor:`), desk profile, hot folder, quotes.
import { useState } from 'react';
import { useT } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { chooseArchiveFolder, chooseHotFolder, getState, session, setState, toast, updateSettings, useApp } from '../state/store.ts';
import { Dialog } from './Dialog.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';

export function SettingsDialog() {
  const t = useT();
  const settings = useApp((s) => s.settings);
  const profiles = useApp((s) => s.profiles);
  const [name, setName] = useState(settings?.editorName ?? '');
  if (!settings) return null;
  const close = () => setState({ dialog: null });
  const exportProfile = async () => {
    try {
      const r = await api().exportProfile({ id: settings.profileId });
      if (r.path) toast(t('settings.profileExported', { path: r.path }), 'ok');
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };
  const importProfile = async () => {
    try {
      const list = await api().importProfile({});
      if (!list) return;
      setState({ profiles: list });
      toast(t('settings.profileImported'), 'ok');
      // The imported profile may be the one in use: the open story is checked under it at once.
      void session(getState().active)?.runLiveCheck();
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };
  return (
    <Dialog id="settings" title={t('settings.title')} onClose={close} wide>
      <div className="settings-form">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select value={settings.language} onChange={(e) => { void updateSettings({ language: e.target.value as 'id' | 'en' }); }}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.theme')}</span>
          <select value={settings.theme} onChange={(e) => { void updateSettings({ theme: e.target.value as 'system' | 'light' | 'dark' }); }}>
            <option value="system">{t('settings.theme.system')}</option>
            <option value="light">{t('settings.theme.light')}</option>
            <option value="dark">{t('settings.theme.dark')}</option>
          </select>
        </label>
        <div className="field">
          <label htmlFor="settings-editor-name">{t('settings.editorName')}</label>
          <input id="settings-editor-name" value={name} onChange={(e) => setName(e.target.value)} onBlur={() => { if (name !== settings.editorName) void updateSettings({ editorName: name }); }} aria-describedby="hint-editor-name" />
          <span id="hint-editor-name" className="muted small">{t('settings.editorNameHint')}</span>
        </div>
        <label className="field">
          <span>{t('settings.profile')}</span>
          <select value={settings.profileId} onChange={(e) => { void updateSettings({ profileId: e.target.value }); }}>
            {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <div className="button-row">
          <button className="secondary" onClick={() => { void exportProfile(); }}>{t('settings.profileExport')}</button>
          <button className="secondary" onClick={() => { void importProfile(); }}>{t('settings.profileImport')}</button>
        </div>
        {profiles.find((p) => p.id === settings.profileId) && <ProfileEditor profile={profiles.find((p) => p.id === settings.profileId)!} />}
        <label className="field">
          <span>{t('settings.quoteStyle')}</span>
          <select value={settings.quoteStyle ?? ''} onChange={(e) => { void updateSettings({ quoteStyle: (e.target.value || null) as 'straight' | 'curly' | null }); }}>
            <option value="">{t('settings.quoteStyle.profile')}</option>
            <option value="straight">{t('settings.quoteStyle.straight')}</option>
            <option value="curly">{t('settings.quoteStyle.curly')}</option>
          </select>
        </label>
        <div className="field">
          <span>{t('settings.hotFolder')}</span>
          <div className="button-row">
            <code className="path">{settings.hotFolder ?? t('settings.hotFolderNone')}</code>
            <button className="secondary" onClick={() => { void chooseHotFolder(); }}>{t('settings.hotFolderChoose')}</button>
            {settings.hotFolder && <button className="secondary" onClick={() => { void updateSettings({ hotFolder: null }); }}>{t('settings.hotFolderOff')}</button>}
          </div>
          <span className="muted small">{t('settings.hotFolderHint')}</span>
        </div>
        <div className="field">
          <span>{t('settings.archiveDir')}</span>
          <div className="button-row">
            <code className="path">{settings.archiveDir ?? t('settings.archiveDirDefault')}</code>
            <button className="secondary" onClick={() => { void chooseArchiveFolder(); }}>{t('settings.archiveDirChoose')}</button>
            {settings.archiveDir && <button className="secondary" onClick={() => { void updateSettings({ archiveDir: null }); }}>{t('settings.archiveDirReset')}</button>}
          </div>
          <span className="muted small">{t('settings.archiveDirHint')}</span>
        </div>
      </div>
    </Dialog>
  );
}
