// Baca juga: archive stories related to this one (by the people, places and terms they share), an
// archive search, pins; chosen links go in as their own "Baca juga:" paragraphs at the desk's places.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { RelatedHit, SearchHit } from '../../../electron/ipc/contract.ts';
import type { StorySession } from '../editor/session.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { formatLongDate } from '../lib/format.ts';
import { applyView, t as tt, toast } from '../state/store.ts';
import { Snippet } from './Snippet.tsx';

interface Link {
  title: string;
  url: string;
}

export function RelatedPanel({ session }: { session: StorySession }) {
  const t = useT();
  const lang = useLang();
  const [suggested, setSuggested] = useState<RelatedHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [pinned, setPinned] = useState<Link[]>([]);
  const suggestedFor = useRef<string | null>(null);
  const existing = new Set(session.record.article.related.map((r) => r.url).filter(Boolean));

  // Another story: its own suggestions, loaded from nothing.
  useEffect(() => {
    setSuggested(null);
    setError(null);
  }, [session.id]);

  // Every autosave changes the story, so the suggestions are asked again; the list on screen stays
  // until the new one arrives (an editor reading or ticking it must not see it vanish mid-typing),
  // and a burst of saves asks once.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api().relatedStories({ id: session.id, limit: 5 })
        .then((r) => { if (live) { setSuggested(r.results); setError(null); } })
        .catch((err) => { if (live) { setSuggested((s) => s ?? []); setError(errorText(err)); } });
    }, suggestedFor.current === session.id ? 600 : 0);
    suggestedFor.current = session.id;
    return () => { live = false; clearTimeout(timer); };
  }, [session.id, session.record.updatedAt]);

  useEffect(() => {
    const q = query.trimStart();
    if (!q.trim()) {
      setHits([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api().searchArchive({ query: q, limit: 10, prefix: true }).then((r) => { if (live) setHits(r.results.filter((h) => h.url)); }).catch((err) => { if (live) setError(errorText(err)); });
    }, 150);
    return () => { live = false; clearTimeout(timer); };
  }, [query]);

  const isPinned = (url: string | null) => !!url && pinned.some((p) => p.url === url);
  const toggle = (title: string, url: string | null) => {
    if (!url) return;
    setPinned((p) => (p.some((x) => x.url === url) ? p.filter((x) => x.url !== url) : [...p, { title, url }]));
  };
  const insert = async () => {
    try {
      await session.flush();
      const res = await api().insertRelated({ id: session.id, links: pinned });
      applyView(res);
      if (res.inserted) toast(tt('related.inserted', { n: res.inserted }), 'ok');
      // Links the desk's placement rules had no room for stay pinned, and the editor is told why.
      for (const reason of ['max', 'no-slot'] as const) {
        const titles = res.declined.filter((d) => d.reason === reason).map((d) => d.title);
        if (titles.length) toast(tt(reason === 'max' ? 'related.declinedMax' : 'related.declinedNoSlot', { n: titles.length, titles: titles.join('; ') }), 'info', 8000);
      }
      const left = new Set(res.declined.filter((d) => d.reason !== 'linked').map((d) => d.url));
      setPinned((p) => p.filter((x) => left.has(x.url)));
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };

  const row = (key: string, title: string, url: string | null, date: string | null, extra: ReactNode) => (
    <li key={key} className="related-item">
      <label className="check">
        <input type="checkbox" disabled={!url || existing.has(url)} checked={isPinned(url) || existing.has(url ?? '')} onChange={() => toggle(title, url)} />
        <span>
          <span className="related-title">{title}</span>
          <span className="muted small">{date ? formatLongDate(date, lang) : t('related.undated')}{existing.has(url ?? '') ? ` · ${t('related.already')}` : ''}</span>
          {extra}
        </span>
      </label>
    </li>
  );

  return (
    <div className="related-panel">
      <section aria-labelledby="rel-suggest">
        <h3 id="rel-suggest">{t('related.suggested')}</h3>
        {suggested === null && <p className="muted">{t('common.loading')}</p>}
        {suggested?.length === 0 && <p className="muted">{error ? t('related.error', { message: error }) : t('related.none')}</p>}
        <ul>
          {suggested?.map((h) => row(h.id, h.title, h.url, h.date, h.shared.length ? <span className="shared small">{t('related.shared', { terms: h.shared.slice(0, 5).join(', ') })}</span> : null))}
        </ul>
      </section>
      <section aria-labelledby="rel-search">
        <h3 id="rel-search">{t('related.search')}</h3>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('related.searchPlaceholder')} aria-label={t('related.search')} />
        <ul>
          {hits.map((h) => row(`s-${h.id}`, h.title, h.url, h.date, <span className="small"><Snippet html={h.snippet} /></span>))}
        </ul>
      </section>
      <div className="related-actions">
        <button className="primary" disabled={!pinned.length} onClick={() => { void insert(); }}>{t('related.insert', { n: pinned.length })}</button>
        <span className="muted small">{t('related.dragHint')}</span>
      </div>
    </div>
  );
}
