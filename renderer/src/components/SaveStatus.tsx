// The autosave state in plain words; a failed save says the text is safe on screen and retries.
import type { StorySession } from '../editor/session.ts';
import { useT } from '../i18n/index.tsx';

export function SaveStatus({ session }: { session: StorySession }) {
  const t = useT();
  const s = session.save;
  if (s.kind === 'error') {
    return (
      <span className="save-status save-error" role="alert">
        {t('save.error', { seconds: Math.round(s.retryInMs / 1000) })}
        <button className="link" onClick={() => { void session.flush(); }}>{t('save.retry')}</button>
      </span>
    );
  }
  const label = s.kind === 'saved' ? t('save.saved') : s.kind === 'saving' ? t('save.saving') : t('save.pending');
  return <span className={`save-status save-${s.kind}`} aria-live="polite">{label}</span>;
}
