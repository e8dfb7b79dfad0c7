// The inbox: every story in work, newest first, with its source, time, status and error count;
// filters and sort above; arrow keys move, Enter opens, Space ticks a story for a batch.
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { StorySummary } from '../../../electron/services/workspace/types.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { formatShort, formatDateTime } from '../lib/format.ts';
import { openStory, setState, toggleSelected, useApp } from '../state/store.ts';
import { VirtualList } from './VirtualList.tsx';

type Sort = 'newest' | 'oldest' | 'errors' | 'title';
const ROW = 76;
const STATUSES = ['baru', 'disunting', 'diperiksa', 'diekspor'] as const;

export function Inbox() {
  const t = useT();
  const lang = useLang();
  const stories = useApp((s) => s.stories);
  const cursor = useApp((s) => s.cursor);
  const selected = useApp((s) => s.selected);
  const active = useApp((s) => s.active);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<string>('');
  const [source, setSource] = useState<string>('');
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [sort, setSort] = useState<Sort>('newest');

  const sources = useMemo(() => [...new Set(stories.map((s) => s.source))].sort(), [stories]);
  const items = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = stories.filter((s) => (!status || s.status === status) && (!source || s.source === source)
      && (!onlyErrors || s.errorCount > 0) && (!q || s.title.toLowerCase().includes(q)));
    const by: Record<Sort, (a: StorySummary, b: StorySummary) => number> = {
      newest: (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0),
      oldest: (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
      errors: (a, b) => b.errorCount - a.errorCount || b.warningCount - a.warningCount,
      title: (a, b) => a.title.localeCompare(b.title, 'id'),
    };
    return list.sort(by[sort]);
  }, [stories, query, status, source, onlyErrors, sort]);

  const index = items.findIndex((s) => s.id === cursor);
  // The keyboard cursor starts on the first story as the list is sorted and filtered.
  useEffect(() => {
    if (index < 0 && items.length) setState({ cursor: items[0].id });
  }, [index, items]);
  const move = (i: number) => {
    const next = items[Math.max(0, Math.min(items.length - 1, i))];
    if (next) setState({ cursor: next.id });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = 8;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      PageDown: () => move(index + page),
      PageUp: () => move(index - page),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Enter: () => { if (cursor) void openStory(cursor); },
      ' ': () => { if (cursor) toggleSelected(cursor); },
    };
    const fn = keys[e.key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  };
  const now = new Date();

  return (
    <aside className="inbox" aria-labelledby="inbox-title">
      <div className="pane-head">
        <h2 id="inbox-title">{t('inbox.title')}</h2>
        <span className="muted" aria-live="polite">{t('inbox.count', { n: items.length, total: stories.length })}</span>
      </div>
      <div className="inbox-filters">
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('inbox.filter')} aria-label={t('inbox.filter')} />
        <div className="row">
          <select value={status} onChange={(e) => setStatus(e.target.value)} aria-label={t('inbox.status')}>
            <option value="">{t('inbox.allStatuses')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
          <select value={source} onChange={(e) => setSource(e.target.value)} aria-label={t('inbox.source')}>
            <option value="">{t('inbox.allSources')}</option>
            {sources.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <div className="row wrap">
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)} aria-label={t('inbox.sort')}>
            <option value="newest">{t('inbox.sort.newest')}</option>
            <option value="oldest">{t('inbox.sort.oldest')}</option>
            <option value="errors">{t('inbox.sort.errors')}</option>
            <option value="title">{t('inbox.sort.title')}</option>
          </select>
          <label className="check">
            <input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} />
            {t('inbox.onlyErrors')}
          </label>
        </div>
      </div>
      {stories.length === 0 ? (
        <div className="empty">
          <p>{t('inbox.empty')}</p>
          <p className="muted">{t('inbox.emptyHint')}</p>
        </div>
      ) : (
        <VirtualList
          id="inbox-list"
          items={items}
          rowHeight={ROW}
          itemKey={(s) => s.id}
          scrollToIndex={index}
          label={t('inbox.title')}
          activeId={cursor ? `story-${cursor}` : undefined}
          onKeyDown={onKeyDown}
          multiselectable
          renderRow={(s) => (
            <div
              id={`story-${s.id}`}
              role="option"
              aria-selected={s.id === cursor}
              className={`story-row${s.id === cursor ? ' cursor' : ''}${s.id === active ? ' open' : ''}${selected.includes(s.id) ? ' ticked' : ''}`}
              onClick={(e) => {
                setState({ cursor: s.id });
                if (e.ctrlKey || e.metaKey) toggleSelected(s.id);
                else void openStory(s.id);
              }}
            >
              <span className="row-title">{s.title}</span>
              <span className="row-meta">
                {selected.includes(s.id) && <span className="tick" aria-label={t('inbox.ticked')}>✓</span>}
                <span className="row-source">{s.source}</span>
                <time dateTime={s.createdAt} title={formatDateTime(s.createdAt, lang)}>{formatShort(s.createdAt, lang, now)}</time>
                <span className={`chip status-${s.status}`}>{t(`status.${s.status}`)}</span>
                {s.priority !== 'biasa' && <span className={`chip prio-${s.priority}`}>{t(`priority.${s.priority}` as 'priority.urgent')}</span>}
                {s.embargo && new Date(s.embargo) > now && <span className="chip embargo" title={formatDateTime(s.embargo, lang)}>{t('inbox.embargo')}</span>}
                {s.errorCount > 0 && <span className="badge badge-error" title={t('inbox.errors', { n: s.errorCount })} aria-label={t('inbox.errors', { n: s.errorCount })}>{s.errorCount}</span>}
              </span>
            </div>
          )}
        />
      )}
    </aside>
  );
}
