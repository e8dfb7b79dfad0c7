// Where "Baca juga" links go: the desk's positions (default after the 2nd paragraph, then every ~4),
// never in the lead, never two in a row, never as the last body paragraph.
import type { Article, Paragraph } from '../model/article.ts';
import type { DeskProfile } from '../model/profile.ts';

export interface LinkToInsert {
  title: string;
  url: string;
}

const STORY_ROLES = new Set(['lead', 'body']);

/** Returns a new article with the links inserted as `related` paragraphs (existing links kept). */
export function insertBacaJuga(article: Article, links: LinkToInsert[], profile: Pick<DeskProfile, 'bacaJugaAfter' | 'bacaJugaEvery'>): Article {
  const known = new Set(article.paragraphs.filter((p) => p.role === 'related' && p.url).map((p) => p.url));
  const pending = links.filter((l) => !known.has(l.url));
  const story = article.paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => STORY_ROLES.has(p.role));
  const out: Paragraph[] = [];
  let storyCount = 0;
  const lastStoryIndex = story.length ? story[story.length - 1].i : -1;
  let nextSlot = Math.max(1, profile.bacaJugaAfter);
  for (let i = 0; i < article.paragraphs.length; i++) {
    const p = article.paragraphs[i];
    out.push(p);
    if (!STORY_ROLES.has(p.role)) continue;
    storyCount++;
    const following = article.paragraphs[i + 1];
    const slotFree = following?.role !== 'related' && i !== lastStoryIndex;
    if (pending.length && storyCount >= nextSlot && slotFree) {
      const link = pending.shift()!;
      out.push({ role: 'related', text: `Baca juga: ${link.title}`, url: link.url });
      nextSlot = storyCount + Math.max(1, profile.bacaJugaEvery);
    }
  }
  // Stories too short for every slot: the rest go after the body, before the credits.
  if (pending.length) {
    const firstTail = out.findIndex((p, i) => i > 0 && !STORY_ROLES.has(p.role) && p.role !== 'related' && out.slice(i).every((q) => !STORY_ROLES.has(q.role)));
    const at = firstTail === -1 ? out.length : firstTail;
    out.splice(at, 0, ...pending.map((l) => ({ role: 'related' as const, text: `Baca juga: ${l.title}`, url: l.url })));
  }
  return { ...article, paragraphs: out };
}
