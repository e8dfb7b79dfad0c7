// Paragraph roles: the lead, body, Baca juga lines, source credits, reporter/editor credits, the
// copyright line, and junk (ads, "SCROLL TO CONTINUE", scraped headlines after the footer).
import type { Credits, ParagraphRole, RelatedLink } from '../model/article.ts';

const RELATED = /^(?:\*\*)?(?:baca(?:\s+juga|\s+pula)?|related(?:\s+news)?|lihat\s+juga|berita\s+terkait)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*/i;
const SOURCE_CREDIT = /^\(?\s*(?:sumber|source)\s*:\s*(?<who>[^\n]{1,100}?)\s*\)?\s*$/i;
const CREDIT = /^(?<label>pewarta|reporter|penulis|wartawan|kontributor|editor|penyunting|redaktur|penerjemah|alih\s+bahasa|translator|writer|reporting\s+by|editing\s+by|translated\s+by)\s*:\s*(?<who>.{1,120})$/i;
const COPYRIGHT = /^(?:copyright\b|hak\s+cipta\b|©|\(c\)\s)/i;
const JUNK = new RegExp(
  [
    String.raw`^advertisement$`,
    String.raw`^scroll\s+to\s+continue(?:\s+with\s+content)?$`,
    String.raw`^(?:simak|tonton|saksikan|lihat)\s+(?:juga\s+)?video\b`,
    String.raw`^\[gambas:[^\]]*\]$`,
    String.raw`^(?:-{3,}|\*{2,}|#+|null|undefined)$`,
    String.raw`^(?:dapatkan|ikuti|simak)\s+(?:update\s+)?berita\b.*\b(?:google\s+news|whatsapp|telegram|channel)\b`,
    String.raw`^(?:cek|baca)\s+berita\s+dan\s+artikel\s+(?:yang\s+)?lain`,
    String.raw`^(?:ads?|iklan)$`,
    String.raw`^baca\s+berita(?:nya)?\s+dalam\s*bahasa\b`,
  ].join('|'),
  'i',
);
const URL = /https?:\/\/\S+/;
const FOOTER_ROLES: ReadonlySet<ParagraphRole> = new Set(['related', 'source-credit', 'credit', 'copyright']);

export interface RoleResult {
  roles: ParagraphRole[];
  related: RelatedLink[];
  sourceCredits: string[];
  credits: Credits;
}

/** The role a paragraph's own words give it, or null for body text. */
export function lineRole(text: string): ParagraphRole | null {
  if (RELATED.test(text) && text.length < 300) return 'related';
  if (CREDIT.test(text)) return 'credit';
  if (text.length <= 100 && SOURCE_CREDIT.test(text)) return 'source-credit';
  if (text.length <= 200 && COPYRIGHT.test(text)) return 'copyright';
  if (text.length <= 200 && JUNK.test(text)) return 'junk';
  return null;
}

/** A short line without the closing punctuation of a sentence: a headline, not prose. */
export function isTitleLike(text: string, maxLength = 160): boolean {
  if (text.length > maxLength || text.length < 2 || text.includes('\n')) return false;
  if (/[.!?:;,"”’)]$/.test(text)) return false;
  return !/^["“”']/.test(text);
}

/** Title of a `Baca juga:` line, and the URL when the line carries one. */
export function relatedTitle(text: string): { title: string; url: string | null } {
  const rest = text.replace(RELATED, '');
  const url = URL.exec(rest)?.[0] ?? null;
  const title = (url ? rest.replace(url, '') : rest).replace(/[\s()[\]<>*-]+$/u, '').trim();
  return { title, url: url ? url.replace(/[)\].,]+$/, '') : null };
}

/**
 * Assigns roles. `lead` is the index of the lead paragraph (-1 for none); `fixed` holds roles an
 * editor set by hand, which are kept as they are.
 */
export function assignRoles(
  paragraphs: readonly string[], lead: number, fixed?: ReadonlyArray<ParagraphRole | null>,
): RoleResult {
  const n = paragraphs.length;
  const roles: ParagraphRole[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const own = lineRole(paragraphs[i]);
    if (i === lead && own !== 'related' && own !== 'credit') roles[i] = 'lead';
    else if (own) roles[i] = own;
    else if (lead >= 0 && i < lead) roles[i] = paragraphs[i].length <= 3 ? 'junk' : 'body';
    else roles[i] = 'body';
  }
  // A scraped headline of another story trails the footer (credits, Baca juga): a run of short
  // title-like lines at the end, right after a footer paragraph.
  let j = n - 1;
  while (j > lead && roles[j] !== 'lead' && (roles[j] === 'junk' || (roles[j] === 'body' && isTitleLike(paragraphs[j])))) j--;
  if (j >= 0 && j < n - 1 && FOOTER_ROLES.has(roles[j])) {
    for (let k = j + 1; k < n; k++) roles[k] = 'junk';
  }
  if (fixed) for (let i = 0; i < n; i++) if (fixed[i]) roles[i] = fixed[i]!;
  return { roles, ...footer(paragraphs, roles) };
}

/** Related links, source credits and credits, read from the paragraphs with those roles. */
export function footer(paragraphs: readonly string[], roles: readonly ParagraphRole[]): Omit<RoleResult, 'roles'> {
  const related: RelatedLink[] = [];
  const sourceCredits: string[] = [];
  const credits: Credits = { reporter: null, editor: null, translator: null };
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i];
    if (roles[i] === 'related') {
      const { title, url } = relatedTitle(text);
      related.push({ title, url, paragraph: i });
    } else if (roles[i] === 'source-credit') {
      const who = SOURCE_CREDIT.exec(text)?.groups?.who?.trim();
      if (who) sourceCredits.push(who);
    } else if (roles[i] === 'credit') {
      const m = CREDIT.exec(text);
      if (!m?.groups) continue;
      const label = m.groups.label.toLowerCase().replace(/\s+/g, ' ');
      const who = m.groups.who.trim();
      if (/^(?:editor|penyunting|redaktur|editing by)$/.test(label)) credits.editor ??= who;
      else if (/^(?:penerjemah|alih bahasa|translator|translated by)$/.test(label)) credits.translator ??= who;
      else credits.reporter ??= who;
    }
  }
  return { related, sourceCredits, credits };
}
