// Arsip: search the archive as you type (Indonesian stemming, "exact phrases", -exclusions, the last
// word as a prefix), with filters, snippets and a preview of the whole story; an archive story can be
// put on the desk as a new story, and stories still in work can be included and opened.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ArchiveImportResult, ArchiveStoryView, SearchHit } from '../../../electron/ipc/contract.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { formatLongDate } from '../lib/format.ts';
import { openStory, refreshStories, setState, toast, useApp } from '../state/store.ts';
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
  const [approximate, setApproximate] = useState(false);
  const [corrected, setCorrected] = useState<Record<string, string[]> | null>(null);
  const [full, setFull] = useState<ArchiveStoryView | null>(null);
  const [loadReport, setLoadReport] = useState<ArchiveImportResult | null>(null);
  const [ms, setMs] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [stats, setStats] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => { input.current?.focus(); }, []);
  useEffect(() => { api().archiveStats({}).then((s) => setStats(s.stories)).catch(() => setStats(null)); }, []);

  const args = (offset: number) => ({
    query: query.trimStart(), limit: PAGE, offset, sort, prefix: true,
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
        setApproximate(!!r.approximate);
        setCorrected(r.corrected && Object.keys(r.corrected).length ? r.corrected : null);
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
  const load = async (folders: boolean) => {
    try {
      const r = await api().importArchiveDialog({ folders });
      if (!r) return;
      setLoadReport(r);
      toast(t('archive.loaded', { added: r.added, duplicates: r.duplicates, undated: r.undatedCount, errors: r.errorCount }), r.errorCount ? 'error' : 'ok', 8000);
      if (r.cancelled) toast(t('batch.cancelled'), 'info');
      setStats((await api().archiveStats({})).stories);
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };
  const openOnDesk = async (id: string) => {
    try {
      const { storyId } = await api().openArchiveStory({ id });
      await refreshStories();
      await openStory(storyId);
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
  // The whole archive story for the preview (the list carries only snippets).
  useEffect(() => {
    setFull(null);
    if (!hit || hit.inWorkspace) return;
    let live = true;
    api().getArchiveStory({ id: hit.id }).then((st) => { if (live) setFull(st); }).catch(() => { if (live) setFull(null); });
    return () => { live = false; };
  }, [hit?.id, hit?.inWorkspace]);
  const index = results.findIndex((r) => r.id === selected);
  const onListKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = results[Math.max(0, Math.min(results.length - 1, index + (e.key === 'ArrowDown' ? 1 : -1)))];
      if (next) {
        setSelected(next.id);
        document.getElementById(`hit-${next.id}`)?.scrollIntoView({ block: 'nearest' });
      }
    } else if (e.key === 'Enter' && hit) void (hit.inWorkspace ? openStory(hit.id) : openOnDesk(hit.id));
  };

  return (
    <main className="archive-view" aria-labelledby="archive-title">
      <div className="archive-head">
        <h2 id="archive-title">{t('archive.title')}</h2>
        <span className="muted">{stats === null ? '' : t('archive.stats', { n: stats.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB') })}</span>
        <span className="spacer" />
        <button onClick={() => { void load(false); }}>{t('archive.load')}</button>
        <button onClick={() => { void load(true); }}>{t('archive.loadFolder')}</button>
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
      {loadReport && (
        <section className="archive-load-report" role="status" aria-label={t('archive.loadReport')}>
          <p>
            <strong>{t('archive.loaded', { added: loadReport.added, duplicates: loadReport.duplicates, undated: loadReport.undatedCount, errors: loadReport.errorCount })}</strong>{' '}
            <button className="link" onClick={() => setLoadReport(null)}>{t('archive.loadReportClose')}</button>
          </p>
          <ul className="small">
            {loadReport.files.map((f) => <li key={f.name}>{f.name}: {f.error ?? (f.skipped ? t('archive.fileSkipped') : t('archive.fileLoaded', { added: f.added, duplicates: f.duplicates }))}</li>)}
          </ul>
          {loadReport.undatedCount > 0 && (
            <details>
              <summary>{t('archive.undatedList', { n: loadReport.undatedCount })}</summary>
              <ul className="small">{loadReport.undated.map((u, i) => <li key={i}>{u.file}{u.line ? `:${u.line}` : ''} · {u.title} · {u.date ?? t('archive.noDate')}</li>)}</ul>
            </details>
          )}
          {loadReport.errorCount > 0 && (
            <details>
              <summary>{t('archive.errorList', { n: loadReport.errorCount })}</summary>
              <ul className="small">{loadReport.errors.map((e, i) => <li key={i}>{e.file}{e.line ? `:${e.line}` : ''} · {e.message}</li>)}</ul>
            </details>
          )}
        </section>
      )}
      <div className="archive-body">
        <div className="archive-results">
          <p className="muted small" aria-live="polite">{query.trim() ? t(approximate ? 'archive.countApprox' : 'archive.count', { n: total, ms }) : t('archive.prompt')}</p>
          {corrected && <p className="muted small">{t('archive.corrected', { words: Object.entries(corrected).map(([w, alts]) => `${w} → ${alts.join(', ')}`).join('; ') })}</p>}
          <ul role="listbox" aria-label={t('archive.results')} tabIndex={0} onKeyDown={onListKey} aria-activedescendant={selected ? `hit-${selected}` : undefined}>
            {results.map((r) => (
              <li key={r.id} id={`hit-${r.id}`} role="option" aria-selected={r.id === selected} className={`hit${r.id === selected ? ' active' : ''}`} onClick={() => setSelected(r.id)} onDoubleClick={() => { void (r.inWorkspace ? openStory(r.id) : openOnDesk(r.id)); }}>
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
              {hit.url && <p className="small"><span className="muted">{t('archive.url')}: </span><button className="link" onClick={() => { void api().openExternal({ url: hit.url! }); }}>{hit.url}</button></p>}
              {hit.inWorkspace
                ? <button className="primary" onClick={() => { void openStory(hit.id); }}>{t('archive.open')}</button>
                : <button className="primary" onClick={() => { void openOnDesk(hit.id); }} title={t('archive.openArchiveHelp')}>{t('archive.openArchive')}</button>}
              {full && full.id === hit.id
                ? <div className="archive-fulltext">{full.body.split(/\n\s*\n/).map((para, i) => <p key={i}>{para}</p>)}</div>
                : hit.snippet && <p><Snippet html={hit.snippet} /></p>}
            </>
          ) : <p className="muted">{t('archive.noSelection')}</p>}
        </section>
      </div>
    </main>
  );
}
