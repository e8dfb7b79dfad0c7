// Arsip: search the archive as you type (Indonesian stemming, "exact phrases", -exclusions),
// with filters, snippets and a preview; stories still in work can be included and opened.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../electron/ipc/contract.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { formatLongDate } from '../lib/format.ts';
import { openStory, reportBatch, setState, toast, useApp } from '../state/store.ts';
import { Snippet } from './Snippet.tsx';

const PAGE = 25;

export function ArchiveView() {
  const t = useT();
  const lang = useLang();
  const initialQuery = useApp((s) => s.archiveQuery);
  const [query, setQuery] = useState(initialQuery);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [source, setSource] = useState('');
  const [section, setSection] = useState('');
  const [author, setAuthor] = useState('');
  const [sort, setSort] = useState<'relevance' | 'date'>('relevance');
  const [includeWorkspace, setIncludeWorkspace] = useState(false);
  const [results, setResults] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState(0);
  const [ms, setMs] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [stats, setStats] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => { input.current?.focus(); }, []);
  useEffect(() => { api().archiveStats({}).then((s) => setStats(s.stories)).catch(() => setStats(null)); }, []);

  const args = (offset: number) => ({
    query: query.trim(), limit: PAGE, offset, sort,
    ...(from ? { from } : {}), ...(to ? { to } : {}), ...(source.trim() ? { source: source.trim() } : {}),
    ...(section.trim() ? { section: section.trim() } : {}), ...(author.trim() ? { author: author.trim() } : {}),
    ...(includeWorkspace ? { includeWorkspace } : {}),
  });

  useEffect(() => {
    if (!query.trim()) {
      setResults([]);
      setTotal(0);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      const t0 = performance.now();
      api().searchArchive(args(0)).then((r) => {
        if (!live) return;
        setMs(Math.round(performance.now() - t0));
        setResults(r.results);
        setTotal(r.total);
        setError(null);
        setSelected(r.results[0]?.id ?? null);
      }).catch((err) => { if (live) setError(errorText(err)); });
    }, 120);
    return () => { live = false; clearTimeout(timer); };
  }, [query, from, to, source, section, author, sort, includeWorkspace]);

  const more = async () => {
    try {
      const r = await api().searchArchive(args(results.length));
      setResults((x) => [...x, ...r.results]);
    } catch (err) {
      setError(errorText(err));
    }
  };
  const load = async () => {
    try {
      await reportBatch(await api().importArchiveDialog({}));
      setStats((await api().archiveStats({})).stories);
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };
  const [rebuilding, setRebuilding] = useState(false);
  // Searches keep working on the old index while it is rebuilt; Batal in the progress bar stops it.
  const rebuild = async () => {
    setRebuilding(true);
    try {
      const r = await api().rebuildArchive({});
      toast(r.cancelled ? t('archive.rebuild-cancelled') : t('archive.rebuilt', { n: r.stories.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB') }), r.cancelled ? 'info' : 'ok');
    } catch (err) {
      toast(errorText(err), 'error');
    } finally {
      setRebuilding(false);
    }
  };
  const hit = results.find((r) => r.id === selected) ?? null;
  const index = results.findIndex((r) => r.id === selected);
  const onListKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = results[Math.max(0, Math.min(results.length - 1, index + (e.key === 'ArrowDown' ? 1 : -1)))];
      if (next) {
        setSelected(next.id);
        document.getElementById(`hit-${next.id}`)?.scrollIntoView({ block: 'nearest' });
      }
    } else if (e.key === 'Enter' && hit?.inWorkspace) void openStory(hit.id);
  };

  return (
    <main className="archive-view" aria-labelledby="archive-title">
      <div className="archive-head">
        <h2 id="archive-title">{t('archive.title')}</h2>
        <span className="muted">{stats === null ? '' : t('archive.stats', { n: stats.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB') })}</span>
        <span className="spacer" />
        <button onClick={() => { void load(); }}>{t('archive.load')}</button>
        <button className="secondary" disabled={rebuilding} title={t('archive.rebuild-help')} onClick={() => { void rebuild(); }}>{t('archive.rebuild')}</button>
        <button className="secondary" onClick={() => setState({ view: 'desk' })}>{t('archive.back')}</button>
      </div>
      <div className="archive-search">
        <input ref={input} type="search" className="big" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('archive.placeholder')} aria-label={t('archive.search')} aria-describedby="archive-help" />
        <p id="archive-help" className="muted small">{t('archive.help')}</p>
        <div className="archive-filters">
          <label className="field"><span>{t('archive.from')}</span><input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
          <label className="field"><span>{t('archive.to')}</span><input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
          <label className="field"><span>{t('archive.source')}</span><input value={source} onChange={(e) => setSource(e.target.value)} /></label>
          <label className="field"><span>{t('archive.section')}</span><input value={section} onChange={(e) => setSection(e.target.value)} /></label>
          <label className="field"><span>{t('archive.author')}</span><input value={author} onChange={(e) => setAuthor(e.target.value)} /></label>
          <label className="field"><span>{t('archive.sort')}</span>
            <select value={sort} onChange={(e) => setSort(e.target.value as 'relevance' | 'date')}>
              <option value="relevance">{t('archive.sort.relevance')}</option>
              <option value="date">{t('archive.sort.date')}</option>
            </select>
          </label>
          <label className="check"><input type="checkbox" checked={includeWorkspace} onChange={(e) => setIncludeWorkspace(e.target.checked)} />{t('archive.includeWorkspace')}</label>
        </div>
      </div>
      {error && <p className="error-text" role="alert">{t('archive.error', { message: error })}</p>}
      <div className="archive-body">
        <div className="archive-results">
          <p className="muted small" aria-live="polite">{query.trim() ? t('archive.count', { n: total, ms }) : t('archive.prompt')}</p>
          <ul role="listbox" aria-label={t('archive.results')} tabIndex={0} onKeyDown={onListKey} aria-activedescendant={selected ? `hit-${selected}` : undefined}>
            {results.map((r) => (
              <li key={r.id} id={`hit-${r.id}`} role="option" aria-selected={r.id === selected} className={`hit${r.id === selected ? ' active' : ''}`} onClick={() => setSelected(r.id)} onDoubleClick={() => { if (r.inWorkspace) void openStory(r.id); }}>
                <span className="hit-title">{r.title}</span>
                <span className="muted small">{[r.date ? formatLongDate(r.date, lang) : t('related.undated'), r.source].filter(Boolean).join(' · ')}{r.inWorkspace ? ` · ${t('archive.inWorkspace')}` : ''}</span>
                {r.snippet && <span className="hit-snippet"><Snippet html={r.snippet} /></span>}
              </li>
            ))}
          </ul>
          {results.length < total && <button className="secondary" onClick={() => { void more(); }}>{t('archive.more')}</button>}
        </div>
        <section className="archive-preview" aria-label={t('archive.preview')}>
          {hit ? (
            <>
              <h3>{hit.title}</h3>
              <p className="muted">{[hit.date ? formatLongDate(hit.date, lang) : null, hit.source].filter(Boolean).join(' · ')}</p>
              {hit.snippet && <p><Snippet html={hit.snippet} /></p>}
              {hit.url && <p className="small"><span className="muted">{t('archive.url')}: </span><button className="link" onClick={() => { void api().openExternal({ url: hit.url! }); }}>{hit.url}</button></p>}
              {hit.inWorkspace && <button className="primary" onClick={() => { void openStory(hit.id); }}>{t('archive.open')}</button>}
            </>
          ) : <p className="muted">{t('archive.noSelection')}</p>}
        </section>
      </div>
    </main>
  );
}
