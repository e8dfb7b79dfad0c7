// Short messages at the bottom of the window; errors stay longer and are announced assertively.
import { useT } from '../i18n/index.tsx';
import { dismissToast, useApp } from '../state/store.ts';

export function Toasts() {
  const t = useT();
  const toasts = useApp((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((x) => (
        <div key={x.id} className={`toast toast-${x.kind}`} role={x.kind === 'error' ? 'alert' : 'status'}>
          <span>{x.text}</span>
          <button className="icon" aria-label={t('common.close')} onClick={() => dismissToast(x.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
