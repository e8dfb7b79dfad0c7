// Tabs of the open stories; Ctrl+W closes the active one.
import { useT } from '../i18n/index.tsx';
import { activate, closeTab, session, useApp } from '../state/store.ts';

export function StoryTabs() {
  const t = useT();
  const tabs = useApp((s) => s.tabs);
  const active = useApp((s) => s.active);
  const stories = useApp((s) => s.stories);
  if (!tabs.length) return null;
  return (
    <nav className="tabs" aria-label={t('tabs.label')}>
      {tabs.map((id) => {
        const title = stories.find((s) => s.id === id)?.title ?? id;
        const dirty = session(id)?.dirty;
        return (
          <div key={id} className={`tab${id === active ? ' active' : ''}`}>
            <button aria-current={id === active ? 'page' : undefined} className="tab-title" title={title} onClick={() => activate(id)}>
              {dirty ? '• ' : ''}{title}
            </button>
            <button className="tab-close" aria-label={t('tabs.close', { title })} title={t('tabs.close', { title })} onClick={() => { void closeTab(id); }}>×</button>
          </div>
        );
      })}
    </nav>
  );
}
