// Dateline shape shared by the dateline rules: what the desk's template asks for, and a loose
// reading of a lead whose dateline the parser could not take because it is broken.
import type { Article } from '../model/article.ts';
import type { DeskProfile } from '../model/profile.ts';

export function normalizeAgency(a: string | null | undefined): string {
  return (a ?? '').toUpperCase().replace(/\bNEWS\b|\.COM\b|[\s.]/g, '');
}

/** The agency the dateline should carry: the desk's own spelling when it is the desk's agency. */
export function expectedAgency(profile: DeskProfile, written: string | null): string | null {
  if (!written) return profile.agency;
  if (profile.agency && normalizeAgency(written) === normalizeAgency(profile.agency)) return profile.agency;
  return written;
}

function titleCase(place: string): string {
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

export function renderDateline(profile: DeskProfile, place: string, agency: string | null): string {
  const t = profile.datelineTemplate;
  const placeText = t.includes('{PLACE}') ? place.toUpperCase() : (place.length > 3 && place === place.toUpperCase() ? titleCase(place) : place);
  let out = t.replace('{PLACE}', placeText).replace('{place}', placeText);
  if (out.includes('{agency}')) {
    if (!agency) out = out.replace(/\s*[(,]?\s*\{agency\}\s*\)?/, '');
    else out = out.replace('{agency}', agency);
  }
  return out;
}

const AGENCY = String.raw`ANTARA(?:\s*News)?(?:\/[\p{L}.]+)?|KOMPAS\.com|Kompas\.com|detik(?:com|\.com)?|Reuters|AFP|AP|Anadolu|Xinhua|Bernama|Kyodo|Yonhap|ANTARA|Antara`;
// A place (1–4 capitalized words), an agency in any brackets or after a comma, then a dash or colon.
const LOOSE = new RegExp(String.raw`^(\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){0,3})\s*(?:[(\[]\s*(${AGENCY})\s*[)\]]|,\s*(${AGENCY}))\s*(?:[-–—:]{1,2}|\s)\s*`, 'u');

export interface LooseDateline {
  place: string;
  agency: string | null;
  length: number;
}

/** Reads a dateline-like prefix the parser may have refused (`London(ANTARA)-`, `LONDON, ANTARA —`). */
export function looseDateline(text: string): LooseDateline | null {
  const m = LOOSE.exec(text);
  if (!m) return null;
  return { place: m[1], agency: m[2] ?? m[3] ?? null, length: m[0].length };
}

export function leadText(article: Article, lead: number): string {
  return lead >= 0 ? article.paragraphs[lead]?.text ?? '' : '';
}
