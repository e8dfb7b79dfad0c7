// Pemeriksaan: findings grouped by category with counts; click jumps to the text; "Perbaiki" fixes
// one, "Perbaiki semua yang aman" fixes every mechanical one as a single undo step.
import type { Finding } from '../../../core/model/finding.ts';
import type { StorySession } from '../editor/session.ts';
import { currentFinding, storyKey, type FindingEntry } from '../editor/story-plugin.ts';
import { useT, type MessageKey } from '../i18n/index.tsx';
import { applySuggestion, fixAllSafe, fixOne, jumpTo } from '../state/findings.ts';

const CATEGORIES = ['structure', 'attribution', 'language', 'ethics'];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function ChecksPanel({ session }: { session: StorySession }) {
  const t = useT();
  const st = storyKey.getState(session.state);
  const list = st?.findings ?? [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const e of list) counts[e.finding.severity]++;
  const fixable = list.filter((e) => e.fix.length).length;
  const groups = new Map<string, FindingEntry[]>();
  for (const c of CATEGORIES) groups.set(c, []);
  for (const e of list) {
    const g = groups.get(e.finding.category) ?? [];
    g.push(e);
    groups.set(e.finding.category, g);
  }

  const body = (e: FindingEntry, f: Finding, excerpt: string) => (
    <>
      <span className={`sev-dot sev-${f.severity}`} aria-hidden="true" />
      <span className="finding-message"><span className="sr-only">{t(`severity.${f.severity}`)}: </span>{f.message}</span>
      {excerpt && <q className="finding-excerpt">{excerpt}</q>}
      <span className="finding-where muted">{f.paragraph === -1 ? t('checks.inHeadline') : f.paragraph === -2 ? t('checks.inStory') : t('checks.inParagraph', { n: f.paragraph + 1 })} · <code>{f.ruleId}</code></span>
    </>
  );

  return (
    <div className="checks-panel">
      <div className="checks-summary">
        <span className="badge badge-error">{t('checks.errors', { n: counts.error })}</span>
        <span className="badge badge-warning">{t('checks.warnings', { n: counts.warning })}</span>
        <span className="badge badge-info">{t('checks.infos', { n: counts.info })}</span>
      </div>
      <div className="checks-actions">
        <button className="primary" disabled={!fixable} onClick={() => { void fixAllSafe(session); }}>
          {t('checks.fixAll', { n: fixable })}
        </button>
        <span className="muted small">{t('checks.keys')}</span>
      </div>
      {list.length === 0 && <p className="empty">{t('checks.clean')}</p>}
      {[...groups].filter(([, g]) => g.length).map(([cat, g]) => (
        <section key={cat} className="check-group" aria-labelledby={`cat-${cat}`}>
          <h3 id={`cat-${cat}`}>{t(`category.${cat}` as MessageKey)} <span className="count">{g.length}</span></h3>
          <ul>
            {[...g].sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.from - b.from).map((e) => {
              const f = currentFinding(session.state.doc, e);
              const excerpt = e.from >= 0 && e.to > e.from ? session.state.doc.textBetween(e.from, Math.min(e.to, e.from + 60)) : '';
              return (
                <li key={e.key} id={`finding-${e.key}`} className={`finding-item sev-${f.severity}${e.key === st?.active ? ' active' : ''}`}>
                  {e.from >= 0 ? (
                    <button className="finding-jump" onClick={() => jumpTo(session, e)}>{body(e, f, excerpt)}</button>
                  ) : (
                    <div className="finding-jump">{body(e, f, excerpt)}</div>
                  )}
                  <div className="finding-buttons">
                    {e.fix.length > 0 && <button onClick={() => fixOne(session, e)}>{t('checks.fix')}</button>}
                    {e.suggestions.map((sg, i) => (
                      <button key={i} className="secondary" onClick={() => applySuggestion(session, e, i)}>{sg.message}</button>
                    ))}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
