// The right-hand panel of the open story: Pemeriksaan, Baca juga, Metadata, Riwayat.
import type { KeyboardEvent } from 'react';
import { useT, type MessageKey } from '../i18n/index.tsx';
import { session, setState, useApp, type PanelTab } from '../state/store.ts';
import { ChecksPanel } from './ChecksPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { MetaPanel } from './MetaPanel.tsx';
import { RelatedPanel } from './RelatedPanel.tsx';
import { useSession } from './useSession.ts';
import { storyKey } from '../editor/story-plugin.ts';

const TABS: PanelTab[] = ['checks', 'related', 'meta', 'history'];

export function SidePanel() {
  const t = useT();
  const active = useApp((s) => s.active);
  const tab = useApp((s) => s.panel);
  const s = session(active);
  useSession(s);
  if (!s) return null;
  const errors = (storyKey.getState(s.state)?.findings ?? []).filter((e) => e.finding.severity === 'error').length;
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
      setState({ panel: next });
      requestAnimationFrame(() => document.getElementById(`ptab-${next}`)?.focus());
    }
  };
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <div className="panel-tabs" role="tablist" aria-label={t('panel.label')} onKeyDown={onKey}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`ptab-${id}`}
            role="tab"
            aria-selected={tab === id}
            aria-controls={`ppanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'active' : ''}
            onClick={() => setState({ panel: id })}
          >
            {t(`panel.${id}` as MessageKey)}
            {id === 'checks' && errors > 0 && <span className="badge badge-error">{errors}</span>}
          </button>
        ))}
      </div>
      <div className="panel-body" role="tabpanel" id={`ppanel-${tab}`} aria-labelledby={`ptab-${tab}`}>
        {tab === 'checks' && <ChecksPanel session={s} />}
        {tab === 'related' && <RelatedPanel key={s.id} session={s} />}
        {tab === 'meta' && <MetaPanel key={s.id} session={s} />}
        {tab === 'history' && <HistoryPanel key={`${s.id}-${s.record.revisions.length}`} session={s} />}
      </div>
    </aside>
  );
}
