// Where "Baca juga" links go: the desk's positions (default after the 2nd paragraph, then every ~4),
// never in the lead, never two in a row, never as the last body paragraph, never past the desk's
// maximum. When a story has fewer free places than links, the spacing tightens; links that still do
// not fit are handed back (declined) so the editor is told, instead of being stacked at the end
// where the placement check would flag them.
import type { Article, Paragraph } from '../model/article.ts';
import type { DeskProfile } from '../model/profile.ts';

export interface LinkToInsert {
  title: string;
  url: string;
}

/** Why a link was not inserted: already in the story, past the desk's maximum, or no free place. */
export type DeclineReason = 'linked' | 'max' | 'no-slot';

export interface DeclinedLink extends LinkToInsert {
  reason: DeclineReason;
}

export interface InsertResult {
  article: Article;
  /** Links handed back, in the order they were given. */
  declined: DeclinedLink[];
}

type Placement = Pick<DeskProfile, 'bacaJugaAfter' | 'bacaJugaEvery'> & Partial<Pick<DeskProfile, 'bacaJugaMax'>>;

const STORY_ROLES = new Set(['lead', 'body']);

/**
 * The free places, as positions in the story's own paragraph count (k = after the k-th story
 * paragraph, 1-based). A place is free when it is after the 2nd story paragraph or later (not in
 * the lead), before the last story paragraph (not last), and not next to a link already there.
 */
function freePlaces(paragraphs: Paragraph[]): { k: number; at: number }[] {
  const story = paragraphs.map((p, i) => (STORY_ROLES.has(p.role) ? i : -1)).filter((i) => i >= 0);
  const out: { k: number; at: number }[] = [];
  for (let n = 1; n < story.length - 1; n++) {
    const at = story[n];
    if (paragraphs[at + 1]?.role === 'related') continue;
    out.push({ k: n + 1, at });
  }
  return out;
}

/** Story positions (1-based, as in freePlaces) that already carry a link right after them. */
function linkedPlaces(paragraphs: Paragraph[]): number[] {
  const out: number[] = [];
  let k = 0;
  paragraphs.forEach((p, i) => {
    if (STORY_ROLES.has(p.role)) k++;
    else if (p.role === 'related' && i > 0) out.push(k);
  });
  return out;
}

/** Returns the article with the links inserted as `related` paragraphs (existing links kept), and the links that were not. */
export function insertBacaJuga(article: Article, links: LinkToInsert[], profile: Placement): InsertResult {
  const existing = article.paragraphs.filter((p) => p.role === 'related');
  const known = new Set(existing.map((p) => p.url).filter(Boolean));
  const reasons = new Map<LinkToInsert, DeclineReason>();
  const wanted: LinkToInsert[] = [];
  for (const l of links) {
    if (known.has(l.url)) reasons.set(l, 'linked');
    else {
      known.add(l.url);
      wanted.push(l);
    }
  }
  const room = profile.bacaJugaMax === undefined ? Infinity : Math.max(0, profile.bacaJugaMax - existing.length);
  const places = freePlaces(article.paragraphs);
  const chosen = new Map<number, number>(); // story position → index in `places`
  const count = Math.min(wanted.length, room, places.length);

  // First pass: the desk's own positions (the first free place at or after each one).
  const every = Math.max(1, profile.bacaJugaEvery);
  let next = Math.max(2, profile.bacaJugaAfter);
  for (let j = 0; j < places.length && chosen.size < count; j++) {
    if (places[j].k < next) continue;
    chosen.set(places[j].k, j);
    next = places[j].k + every;
  }
  // Second pass (more links than the desk's spacing allows): tighten, taking each time the free
  // place farthest from every link already in the story, so the links stay spread out.
  const taken = [...linkedPlaces(article.paragraphs), ...chosen.keys()];
  while (chosen.size < count) {
    let best = -1;
    let bestGap = -1;
    places.forEach((p, j) => {
      if (chosen.has(p.k)) return;
      const gap = taken.length ? Math.min(...taken.map((k) => Math.abs(k - p.k))) : Infinity;
      if (gap > bestGap) {
        best = j;
        bestGap = gap;
      }
    });
    chosen.set(places[best].k, best);
    taken.push(places[best].k);
  }

  // Links go in reading order in the order given: the first chosen link at the first place.
  const at = [...chosen.values()].map((j) => places[j].at).sort((a, b) => a - b);
  const insertAfter = new Map(at.map((i, n) => [i, wanted[n]]));
  const out: Paragraph[] = [];
  article.paragraphs.forEach((p, i) => {
    out.push(p);
    const link = insertAfter.get(i);
    if (link) out.push({ role: 'related', text: `Baca juga: ${link.title}`, url: link.url });
  });
  wanted.slice(count).forEach((l, n) => reasons.set(l, count + n >= room ? 'max' : 'no-slot'));
  const declined = links.filter((l) => reasons.has(l)).map((l) => ({ ...l, reason: reasons.get(l)! }));
  return { article: { ...article, paragraphs: out }, declined };
}
