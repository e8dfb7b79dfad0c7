// Running batches (import, archive load, index build, export) with a cancel button each.
import { useT, type MessageKey } from '../i18n/index.tsx';
import { cancelBatch, useApp } from '../state/store.ts';

export function ProgressBars() {
  const t = useT();
  const list = useApp((s) => s.progress);
  if (!list.length) return null;
  return (
    <div className="progress-area" aria-label={t('progress.label')}>
      {list.map((p) => (
        <div key={p.batchId} className="progress-item">
          <span className="progress-label">{t(`progress.${p.kind}` as MessageKey, { done: p.done, total: p.total })}{p.current ? ` · ${p.current}` : ''}</span>
          <progress max={Math.max(1, p.total)} value={p.done} aria-label={t(`progress.${p.kind}` as MessageKey, { done: p.done, total: p.total })} />
          <button className="secondary small" onClick={() => { void cancelBatch(p.batchId); }}>{t('progress.cancel')}</button>
        </div>
      ))}
    </div>
  );
}
