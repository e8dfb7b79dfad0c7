// The whole vocabulary of a story, for "Baca juga": the other half of a long story, or the same event
// told by another outlet, shares far more of its distinctive words (the minor people quoted, the
// place, the amounts' words, the jargon of that one case) than a story that only names the same
// minister. Extracted names and key terms (terms.ts) miss most of these: a name said once deep in the
// body never makes the top of the list. A profile keeps every content word's stem; the archive weighs
// them by how rare they are (idf), and the overlap is an idf-weighted cosine.
import { stem, words } from '../search/text.ts';
import { isStopWord } from './stopwords.ts';
import type { TermSource } from './terms.ts';

/** Stems of a text's content words: no function words, no numbers, no stems under 3 letters. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 3 || isStopWord(w) || /\d/.test(w)) continue;
    const s = stem(w);
    if (s.length >= 3 && !isStopWord(s)) out.add(s);
  }
  return out;
}

/** The same from text already stemmed (stemText): stems that are function words, numbers or short go. */
export function contentStemsOf(stemmed: string): Set<string> {
  const out = new Set<string>();
  for (const s of stemmed.split(' ')) if (s.length >= 3 && !isStopWord(s) && !/\d/.test(s)) out.add(s);
  return out;
}

/**
 * The open story's content stems, most repeated first, at most `limit` of them (each needs the
 * archive's document frequency; a wire story of 600 words has some 250 distinct content stems).
 */
export function storyProfile(src: TermSource, limit = 160): string[] {
  const counts = new Map<string, number>();
  for (const w of words([src.title, src.lead, ...src.body].join('\n'))) {
    if (w.length < 3 || isStopWord(w) || /\d/.test(w)) continue;
    const s = stem(w);
    if (s.length >= 3 && !isStopWord(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([s]) => s);
}

export interface WeightedProfile {
  /** stem → idf, for stems the archive holds (a stem in no archived story can match nothing). */
  idf: Map<string, number>;
  /** Euclidean norm of the idf weights. */
  norm: number;
  /** Mean idf: the weight assumed for a candidate's words the profile does not hold. */
  meanIdf: number;
}

export function weighProfile(stems: string[], idf: (stem: string) => number): WeightedProfile {
  const m = new Map<string, number>();
  let sq = 0;
  let sum = 0;
  for (const s of stems) {
    const v = idf(s);
    if (!(v > 0)) continue;
    m.set(s, v);
    sq += v * v;
    sum += v;
  }
  return { idf: m, norm: Math.sqrt(sq), meanIdf: m.size ? sum / m.size : 0 };
}

/**
 * Cosine of the open story's profile and a candidate's content stems, both as sets weighted by idf.
 * The candidate's unshared words are weighed at the profile's mean idf (their own idf is not looked
 * up: that would cost a lookup per word of every candidate), so a long candidate is not favoured
 * for merely holding more words. 0 (nothing shared) to 1 (same vocabulary).
 */
export function profileCosine(p: WeightedProfile, cand: Set<string>): number {
  if (p.norm === 0 || cand.size === 0) return 0;
  let dot = 0;
  let shared = 0;
  for (const s of cand) {
    const v = p.idf.get(s);
    if (v !== undefined) {
      dot += v * v;
      shared++;
    }
  }
  if (dot === 0) return 0;
  const candNorm = Math.sqrt(dot + (cand.size - shared) * p.meanIdf * p.meanIdf);
  return dot / (p.norm * candNorm);
}
