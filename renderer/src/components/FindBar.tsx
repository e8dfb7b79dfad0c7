// Ctrl+F: find and replace in the open story or over the whole inbox (whole word, match case); Esc closes.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { StorySession } from '../editor/session.ts';
import { findAll, replaceAll, replaceOne, selectMatch, type FindOptions } from '../editor/find.ts';
import { useT } from '../i18n/index.tsx';
import { applyView, refreshStories, saveAll, session as openSession, setState, t as tt, toast } from '../state/store.ts';
import { api, errorText } from '../lib/api.ts';

export function FindBar({ session }: { session: StorySession }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCase] = useState(false);
  const [wholeWord, setWhole] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => { input.current?.focus(); input.current?.select(); }, []);
  const o: FindOptions = { query, caseSensitive, wholeWord };
  const count = query ? findAll(session.state, o).length : 0;
  const close = () => {
    setState({ finding: false });
    document.querySelector<HTMLElement>('.story-editor')?.focus();
  };
  const go = (dir: 1 | -1) => {
    const tr = selectMatch(session.state, o, dir);
    if (tr) session.dispatch(tr);
  };
  const one = () => {
    const tr = replaceOne(session.state, o, replacement);
    if (tr) session.dispatch(tr);
  };
  const all = () => {
    const res = replaceAll(session.state, o, replacement);
    if (res) {
      session.dispatch(res.tr);
      toast(tt('find.replaced', { n: res.count }), 'ok', 2500);
    }
  };
  // Over the whole inbox: open stories are saved first, then take the store's new text.
  const inbox = async () => {
    if (!(await saveAll())) {
      toast(tt('save.keepOpen'), 'error', 6000);
      return;
    }
    try {
      const res = await api().replaceInInbox({ query, replacement, caseSensitive, wholeWord });
      for (const id of res.ids) if (openSession(id)) applyView(await api().getStory({ id }));
      await refreshStories();
      toast(tt('find.replacedInbox', { n: res.replacements, m: res.stories }), 'ok', 4000);
    } catch (err) {
      toast(errorText(err), 'error', 6000);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
      e.preventDefault();
      go(e.shiftKey ? -1 : 1);
    }
  };
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onKey}>
      <input ref={input} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('find.find')} aria-label={t('find.find')} />
      <span className="muted small find-count" aria-live="polite">{query ? t('find.count', { n: count }) : ''}</span>
      <button className="secondary small" onClick={() => go(-1)} disabled={!count} aria-label={t('find.prev')}>↑</button>
      <button className="secondary small" onClick={() => go(1)} disabled={!count} aria-label={t('find.next')}>↓</button>
      <input type="text" value={replacement} onChange={(e) => setReplacement(e.target.value)} placeholder={t('find.replaceWith')} aria-label={t('find.replaceWith')} />
      <button className="secondary small" onClick={one} disabled={!count}>{t('find.replace')}</button>
      <button className="secondary small" onClick={all} disabled={!count}>{t('find.replaceAll')}</button>
      <button className="secondary small" onClick={() => void inbox()} disabled={!query}>{t('find.replaceInbox')}</button>
      <label className="check small"><input type="checkbox" checked={wholeWord} onChange={(e) => setWhole(e.target.checked)} />{t('find.wholeWord')}</label>
      <label className="check small"><input type="checkbox" checked={caseSensitive} onChange={(e) => setCase(e.target.checked)} />{t('find.case')}</label>
      <button className="icon" onClick={close} aria-label={t('common.close')}>×</button>
    </div>
  );
}
