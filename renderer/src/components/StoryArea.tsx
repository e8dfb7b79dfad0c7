// The centre: tabs of open stories, the story's toolbar, the editor and what the parser found.
import type { StoryStatus } from '../../../electron/services/workspace/types.ts';
import { useT } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { session, setState, toast, useApp } from '../state/store.ts';
import { Editor } from './Editor.tsx';
import { FindBar } from './FindBar.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { StoryInfo } from './StoryInfo.tsx';
import { StoryTabs } from './StoryTabs.tsx';
import { useSession } from './useSession.ts';

const STATUSES: StoryStatus[] = ['baru', 'disunting', 'diperiksa', 'diekspor'];

export function StoryArea() {
  const t = useT();
  const active = useApp((s) => s.active);
  const summary = useApp((s) => s.stories.find((x) => x.id === s.active));
  const finding = useApp((s) => s.finding);
  const s = session(active);
  useSession(s);

  if (!s) {
    return (
      <main className="story-area empty-story" aria-label={t('story.label')}>
        <div className="welcome">
          <h2>{t('welcome.title')}</h2>
          <p>{t('welcome.body')}</p>
          <ul className="muted">
            <li>{t('welcome.import')}</li>
            <li>{t('welcome.paste')}</li>
            <li>{t('welcome.drop')}</li>
            <li>{t('welcome.help')}</li>
          </ul>
        </div>
      </main>
    );
  }

  const setStatus = async (status: StoryStatus) => {
    try {
      const sum = await api().setStatus({ id: s.id, status });
      setState((st) => ({ stories: st.stories.map((x) => (x.id === sum.id ? sum : x)) }));
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };

  return (
    <main className="story-area" aria-label={t('story.label')}>
      <StoryTabs />
      <div className="story-toolbar">
        <label className="inline">
          <span>{t('story.status')}</span>
          <select value={summary?.status ?? s.record.status} onChange={(e) => { void setStatus(e.target.value as StoryStatus); }}>
            {STATUSES.map((x) => <option key={x} value={x}>{t(`status.${x}`)}</option>)}
          </select>
        </label>
        {s.record.article.meta.priority !== 'biasa' && <span className={`chip prio-${s.record.article.meta.priority}`}>{t(`priority.${s.record.article.meta.priority}` as 'priority.urgent')}</span>}
        {s.record.article.meta.correctionOf && <span className="chip ralat">{t('story.correction')}</span>}
        <span className="spacer" />
        <SaveStatus session={s} />
        <button className="secondary" onClick={() => setState({ finding: true })} title="Ctrl+F">{t('action.find')}</button>
        <button className="secondary" onClick={() => setState({ dialog: 'clean' })}>{t('action.clean')}</button>
        <button onClick={() => setState({ dialog: 'export' })} title="Ctrl+E">{t('action.export')}</button>
      </div>
      {finding && <FindBar session={s} />}
      <div className="story-scroll" tabIndex={0} aria-label={t('story.label')}>
        <Editor session={s} />
        <StoryInfo session={s} />
      </div>
    </main>
  );
}
