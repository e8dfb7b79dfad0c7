// Scoring one archive story against the open story's terms: shared names weigh most, a match in the
// candidate's title or lead more than one deep in its body, rare terms more than common ones, and a
// gentle preference for recent stories.
import type { RelatedTerm, TermSource } from './terms.ts';
import { stemText } from '../search/text.ts';

export interface RelatedScore {
  score: number;
  /** Display forms of the shared terms, most telling first. */
  shared: string[];
}

const DAY = 86_400_000;

const within = (inner: string, outer: string) => ` ${outer} `.includes(` ${inner} `);

/**
 * The shared terms an editor reads, without repeats: a run that is only other shared names put
 * together ("NATO Mark Rutte" beside "Mark Rutte") goes, and so does a name inside a longer one
 * ("Rutte" beside "Mark Rutte"). Keys are the terms' stemmed words; order is kept.
 */
export function dedupeShared<T extends { key: string }>(hits: T[]): T[] {
  // A run holding another multi-word name is a join of names; a name holding only single words
  // ("Tito Karnavian" beside "Tito") is the name itself.
  const composite = (h: T) => hits.some((o) => o.key !== h.key && o.key.includes(' ') && within(o.key, h.key));
  const kept = hits.filter((h) => !composite(h));
  return kept.filter((h, i) => !kept.some((o, j) => (o.key !== h.key && within(h.key, o.key)) || (o.key === h.key && j < i)));
}

export interface ScoreOptions {
  /**
   * Idf-weighted cosine (0–1) of the two stories' whole vocabularies (profile.ts): how much of the
   * open story's distinctive wording the candidate repeats. Omitted: names and terms alone decide.
   */
  cosine?: number;
  /** The candidate's title, lead and body already stemmed (stemText), when the caller has them. */
  stemmed?: [string, string, string];
}

/** How much a full vocabulary match multiplies the score: 1 + COSINE_GAIN × cosine. */
export const COSINE_GAIN = 8;
/** Extra weight of a story published within a couple of days of the open one (the same event). */
export const SAME_DAYS_GAIN = 0.3;

export function scoreRelated(
  terms: RelatedTerm[],
  candidate: TermSource,
  idf: (key: string) => number,
  candidateDateMs: number | null,
  refMs: number,
  opts: ScoreOptions = {},
): RelatedScore {
  const stemmed = opts.stemmed ?? [candidate.title, candidate.lead, candidate.body.join(' ')].map(stemText);
  const parts = stemmed.map((stems) => {
    return { text: ` ${stems} `, set: new Set(stems.split(' ')) };
  });
  const has = (i: number, key: string, words: string[]) =>
    words.every((w) => parts[i].set.has(w)) && (words.length === 1 || parts[i].text.includes(` ${key} `));
  const hits: { key: string; display: string; v: number; kind: string }[] = [];
  let score = 0;
  let nameScore = 0;
  let names = 0;
  for (const t of terms) {
    const ws = t.key.split(' ');
    const place = has(0, t.key, ws) ? 2.5 : has(1, t.key, ws) ? 1.6 : has(2, t.key, ws) ? 1 : 0;
    if (place === 0) continue;
    const v = t.weight * idf(t.key) * place;
    score += v;
    if (t.kind !== 'term') {
      names++;
      nameScore += v;
    }
    hits.push({ key: t.key, display: t.display, v, kind: t.kind });
  }
  if (score === 0) return { score: 0, shared: [] };
  // The whole vocabulary agreeing says the shared names are the same story line, not merely the
  // same famous people. The boost grows with the names' share of the match (square root: a match
  // mostly through names gets most of it), so a story sharing just common words, whose vocabulary
  // overlaps too ("kenaikan harga pangan"), gains nothing and never overtakes one sharing the people.
  score *= 1 + COSINE_GAIN * (opts.cosine ?? 0) * Math.sqrt(nameScore / score);
  // Several shared names are what "the same story line" looks like.
  score *= 1 + 0.15 * Math.min(names, 4);
  const ageDays = candidateDateMs === null ? null : Math.abs(refMs - candidateDateMs) / DAY;
  // Undated stories sit midway: their age is unknown, not old.
  const recency = ageDays === null ? 0.85 : 0.7 + 0.3 * Math.exp(-ageDays / 90);
  // The same event is reported within days of the open story: a boost that has faded by a week.
  const sameDays = ageDays === null ? 1 : 1 + SAME_DAYS_GAIN * Math.exp(-ageDays / 2);
  score *= sameDays;
  hits.sort((a, b) => b.v - a.v);
  return { score: score * recency, shared: dedupeShared(hits).slice(0, 8).map((h) => h.display) };
}
