// Riwayat: the story's revisions, newest first; each shows what it changed against the one before,
// and any can be restored (restoring is itself a new revision, so nothing is lost).
import { useState } from 'react';
import type { StorySession } from '../editor/session.ts';
import { useLang, useT, type MessageKey } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { diffParagraphs } from '../lib/diff.ts';
import { formatDateTime } from '../lib/format.ts';
import { applyView, t as tt, toast } from '../state/store.ts';

export function HistoryPanel({ session }: { session: StorySession }) {
  const t = useT();
  const lang = useLang();
  const revs = [...session.record.revisions].reverse();
  const [selected, setSelected] = useState<string | null>(revs[0]?.id ?? null);
  const index = revs.findIndex((r) => r.id === selected);
  const rev = revs[index];
  const prev = revs[index + 1];
  const texts = (a: { headline: string | null; paragraphs: { text: string }[] } | undefined) => a ? [...(a.headline ? [a.headline] : []), ...a.paragraphs.map((p) => p.text)] : [];
  const diff = rev ? diffParagraphs(texts(prev?.article), texts(rev.article)) : [];

  const restore = async () => {
    if (!rev) return;
    try {
      await session.flush();
      applyView(await api().restoreRevision({ id: session.id, revisionId: rev.id }));
      toast(tt('history.restored'), 'ok');
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };

  return (
    <div className="history-panel">
      <ol className="rev-list" aria-label={t('history.list')}>
        {revs.map((r, i) => (
          <li key={r.id}>
            <button className={r.id === selected ? 'rev active' : 'rev'} aria-pressed={r.id === selected} onClick={() => setSelected(r.id)}>
              <span className="rev-reason">{t(`revision.${r.reason}` as MessageKey)}</span>
              <span className="muted small">{formatDateTime(r.at, lang)}{i === 0 ? ` · ${t('history.latest')}` : ''}</span>
            </button>
          </li>
        ))}
      </ol>
      {rev && (
        <>
          <div className="rev-actions">
            <button onClick={() => { void restore(); }} disabled={index === 0}>{t('history.restore')}</button>
          </div>
          <div className="diff" aria-label={t('history.diff')}>
            {diff.filter((d) => d.kind !== 'same').length === 0 && <p className="muted">{prev ? t('history.noChange') : t('history.first')}</p>}
            {diff.filter((d) => d.kind !== 'same').map((d, i) => (
              <p key={i} className={`diff-${d.kind}`}>
                {d.parts.map((p, j) => (p.kind === 'add' ? <ins key={j}>{p.text}</ins> : p.kind === 'del' ? <del key={j}>{p.text}</del> : <span key={j}>{p.text}</span>))}
              </p>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
