// Under the editor: the speakers the parser found, word and character counts, headline guidance.
import type { StorySession } from '../editor/session.ts';
import { useT } from '../i18n/index.tsx';
import { countWords } from '../lib/format.ts';
import { docHeadline, docParagraphs } from '../editor/convert.ts';

const HEADLINE_MAX = 70;

export function StoryInfo({ session }: { session: StorySession }) {
  const t = useT();
  const doc = session.state.doc;
  const paras = docParagraphs(doc);
  const body = paras.filter((p) => p.role === 'lead' || p.role === 'body');
  const words = body.reduce((n, p) => n + countWords(p.text), 0);
  const chars = body.reduce((n, p) => n + p.text.length, 0);
  const headline = docHeadline(doc) ?? '';
  const speakers = new Map<string, string | null>();
  for (const q of session.record.article.quotes) {
    if (!q.speaker) continue;
    const name = q.speaker.name;
    if (!speakers.has(name) || (!speakers.get(name) && q.speaker.title)) speakers.set(name, q.speaker.title ?? null);
  }
  const quoteCount = session.record.article.quotes.filter((q) => q.kind === 'direct').length;
  return (
    <div className="story-info">
      <section className="speakers" aria-label={t('story.speakers')}>
        <h3>{t('story.speakers')}</h3>
        {speakers.size === 0 ? <span className="muted">{t('story.noSpeakers')}</span> : (
          <ul>
            {[...speakers].map(([name, title]) => (
              <li key={name}><strong>{name}</strong>{title ? <span className="muted"> · {title}</span> : null}</li>
            ))}
          </ul>
        )}
        <span className="muted">{t('story.quoteCount', { n: quoteCount })}</span>
      </section>
      <section className="counts" aria-label={t('story.counts')}>
        <span>{t('story.words', { n: words })}</span>
        <span>{t('story.chars', { n: chars })}</span>
        <span className={headline.length > HEADLINE_MAX ? 'warn' : ''}>
          {headline ? t('story.headlineLength', { n: headline.length, max: HEADLINE_MAX }) : t('story.noHeadline')}
        </span>
      </section>
    </div>
  );
}
