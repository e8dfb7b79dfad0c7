// Finds the dateline (`London (ANTARA) - `, `JAKARTA, KOMPAS.com - `, `Jakarta - `) at the start of
// one of the first paragraphs, with the source profiles.
import type { Dateline } from '../model/article.ts';
import { datelineRegex, needsParenthesis, type SourceProfile } from './source-profiles.ts';

/** How many paragraphs from the top may hold the dateline (a credit or caption can come first). */
const SEARCH_DEPTH = 3;

export interface FoundDateline {
  /** Index of the paragraph that starts with the dateline: the lead. */
  paragraph: number;
  dateline: Dateline;
}

/** The dateline of one paragraph, or null. */
export function matchDateline(
  text: string, profiles: readonly SourceProfile[], firstParagraph: boolean,
): Dateline | null {
  let paren: boolean | null = null; // a `(` before the first line break; looked for once
  for (const profile of profiles) {
    if (profile.firstParagraphOnly && !firstParagraph) continue;
    if (needsParenthesis(profile) && !(paren ??= parenOnFirstLine(text))) continue;
    const m = datelineRegex(profile).exec(text);
    if (!m || m.index !== 0) continue;
    const g = m.groups ?? {};
    const agency = profile.noAgency ? null : clean(g.agency);
    return {
      place: clean(g.place),
      agency,
      date: clean(g.date),
      agencyId: profile.noAgency ? null : profile.id,
      length: m[0].length,
    };
  }
  return null;
}

/**
 * A `(` before the first line break. Found with indexOf (the engine's own search), not a JS loop
 * over the characters: a paragraph without one was read to its end, up to four times per story.
 */
function parenOnFirstLine(text: string): boolean {
  const paren = text.indexOf('(');
  return paren >= 0 && text.lastIndexOf('\n', paren) < 0 && text.lastIndexOf('\r', paren) < 0;
}

function clean(s: string | undefined): string | null {
  const t = (s ?? '').trim();
  return t ? t : null;
}

/** Looks at the first few paragraphs from `from`; the first that opens with a dateline wins. */
export function findDateline(
  paragraphs: readonly string[], profiles: readonly SourceProfile[], from = 0,
): FoundDateline | null {
  const end = Math.min(paragraphs.length, from + SEARCH_DEPTH);
  for (let i = from; i < end; i++) {
    const dateline = matchDateline(paragraphs[i], profiles, i === from);
    if (dateline) return { paragraph: i, dateline };
  }
  return null;
}
