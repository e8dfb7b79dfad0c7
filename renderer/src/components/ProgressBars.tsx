// Running batches (import, archive load, index build, export) with a cancel button each.
import { useT, type MessageKey } from '../i18n/index.tsx';
import { cancelBatch, useApp } from '../state/store.ts';

export function ProgressBars() {
  const t = useT();
  const list = useApp((s) => s.progress);
  if (!list.length) return null;
  return (
    <div className="progress-area" aria-label={t('progress.label')}>
      {list.map((p) => {
        // Archive loads count bytes for the bar; the label says the share and the stories so far.
        const data = { done: p.done, total: p.total, pct: Math.floor((100 * p.done) / Math.max(1, p.total)), added: p.counts?.added ?? 0, duplicates: p.counts?.duplicates ?? 0 };
        const label = t(`progress.${p.kind}` as MessageKey, data);
        return (
        <div key={p.batchId} className="progress-item">
          <span className="progress-label">{label}{p.current ? ` · ${p.current}` : ''}</span>
          <progress max={Math.max(1, p.total)} value={p.done} aria-label={label} />
          <button className="secondary small" onClick={() => { void cancelBatch(p.batchId); }}>{t('progress.cancel')}</button>
        </div>
        );
      })}
    </div>
  );
}
