// Source profiles: how each wire or outlet writes its dateline. A profile is plain data (a regex
// source with named groups). A desk adds its own in its desk profile as a template (an agency and
// one of two forms, never a raw regex: `deskSourceProfiles`), which the import passes in.

export interface SourceProfile {
  /** Canonical id given to the dateline as `agencyId` (`antara`, `kompas`…). */
  id: string;
  label: string;
  /**
   * Regex source matched at the start of a paragraph. Named groups: `place`, `agency` (both may be
   * absent), `date`. The match must include the dash and the space after it.
   */
  dateline: string;
  /** Regex flags; `u` is always added. */
  flags?: string;
  /** Try this profile only on the first paragraph (patterns as bare as detik's `Jakarta - `). */
  firstParagraphOnly?: boolean;
  /** The dateline carries no agency: report `agencyId` null (detik writes only the place). */
  noAgency?: boolean;
}

// A place as written: `London`, `JAKARTA`, `LABUAN BAJO`, `Mataram, NTB`, `St. John's`.
const PLACE = String.raw`\p{Lu}[\p{L}.'’\- ]{0,38}?[\p{L}.]`;
const PLACE_REGION = String.raw`${PLACE}(?:,[^\S\r\n]*${PLACE})?`;
const DASH = String.raw`(?:[^\S\r\n]*[-–—]){1,3}[^\S\r\n]*`;
// `25 Nov`, `Nov. 25`, `23 Februari 2016`.
const DATE = String.raw`(?:\d{1,2}[^\S\r\n]+\p{L}{3,9}\.?(?:[^\S\r\n]+\d{4})?|\p{L}{3,9}\.?[^\S\r\n]+\d{1,2}(?:,[^\S\r\n]*\d{4})?)`;

/** Patterns made by `parenthesized`: they match only where a `(` comes before any line break. */
const PARENTHESIZED = new Set<string>();

/** `PLACE[, DATE] (AGENCY) - ` for agencies that put their name in parentheses. */
function parenthesized(agency: string): string {
  const source = String.raw`^(?<place>${PLACE_REGION})(?:,[^\S\r\n]*(?<date>${DATE}))?[^\S\r\n]*\((?<agency>${agency})\)${DASH}`;
  PARENTHESIZED.add(source);
  return source;
}

export const SOURCE_PROFILES: readonly SourceProfile[] = [
  {
    id: 'antara',
    label: 'ANTARA',
    // `London (ANTARA) - `, older `Jakarta (ANTARA News) - `, `Mataram, NTB (ANTARA News) - `.
    dateline: parenthesized(String.raw`ANTARA(?: News)?`),
    flags: 'i',
  },
  {
    id: 'press-release',
    label: 'Press release via ANTARA',
    // `ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- `.
    dateline: parenthesized(String.raw`Antara[^\S\r\n]*\/[^\S\r\n]*[\p{L}\- ]{2,30}`),
    flags: 'i',
  },
  {
    id: 'kompas',
    label: 'Kompas',
    // `JAKARTA, KOMPAS.com - `, print `JAKARTA, KOMPAS — `, bare `KOMPAS.com - `.
    dateline: String.raw`^(?:(?<place>\p{Lu}[\p{L} .'’\-]{0,38}?\p{L})[^\S\r\n]*[,–—\-][^\S\r\n]*)?(?<agency>KOMPAS\.com|KOMPAS)(?:\*\*)?${DASH}(?:\*\*[^\S\r\n]*)?`,
    flags: 'i',
  },
  { id: 'reuters', label: 'Reuters', dateline: parenthesized('Reuters'), flags: 'i' },
  { id: 'ap', label: 'Associated Press', dateline: parenthesized('AP|Associated Press') },
  { id: 'afp', label: 'AFP', dateline: parenthesized('AFP'), flags: 'i' },
  { id: 'anadolu', label: 'Anadolu Agency', dateline: parenthesized('AA|Anadolu(?: Agency)?'), flags: 'i' },
  { id: 'xinhua', label: 'Xinhua', dateline: parenthesized('Xinhua'), flags: 'i' },
  {
    id: 'detik',
    label: 'detik',
    // detik writes only the place: `Jakarta - `. So bare a pattern is tried on the first paragraph only.
    dateline: String.raw`^(?<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) ?[-–—][^\S\r\n]+`,
    firstParagraphOnly: true,
    noAgency: true,
  },
];

/** A desk's own dateline source (desk profile `sourceProfiles`): `JAKARTA, TEMPO.CO - ` is
 * `{ agency: 'TEMPO.CO', form: 'comma' }`, `Surabaya (Jawa Pos) - ` is `form: 'parenthesized'`. */
export interface DeskSourceProfile {
  id: string;
  label: string;
  agency: string;
  form: 'comma' | 'parenthesized';
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Memo per desk list so the regexes are compiled once per profile object.
const deskCache = new WeakMap<readonly DeskSourceProfile[], SourceProfile[]>();

/** The desk's own source profiles as parser profiles; the agency is matched literally, any case. */
export function deskSourceProfiles(list: readonly DeskSourceProfile[] | undefined): SourceProfile[] {
  if (!list?.length) return [];
  let out = deskCache.get(list);
  if (!out) {
    out = list.map((d) => {
      const agency = escapeRegex(d.agency.trim()).replace(/\s+/g, String.raw`[^\S\r\n]+`);
      const dateline = d.form === 'parenthesized'
        ? parenthesized(agency)
        : String.raw`^(?:(?<place>${PLACE_REGION})[^\S\r\n]*,[^\S\r\n]*)?(?<agency>${agency})${DASH}`;
      return { id: d.id, label: d.label, dateline, flags: 'i' };
    });
    deskCache.set(list, out);
  }
  return out;
}

const compiled = new Map<string, RegExp>();

interface Compiled {
  dateline: string;
  flags: string | undefined;
  re: RegExp;
  /** A parenthesized pattern: nothing before its `(` may hold a line break (see `mayOpen`). */
  parenthesized: boolean;
}

/** The last regex handed out for each profile object, with the pattern and flags it was built from. */
const byProfile = new WeakMap<SourceProfile, Compiled>();

function compiledFor(profile: SourceProfile): Compiled {
  // Looked up by the profile object first: the key string below holds the whole pattern, and
  // hashing it anew on every call cost more than the match itself. A profile edited in place
  // (new pattern or flags) misses here and goes through the keyed cache again.
  const hit = byProfile.get(profile);
  if (hit && hit.dateline === profile.dateline && hit.flags === profile.flags) return hit;
  const flags = 'u' + (profile.flags ?? '').replace(/[^imsv]/g, '').replace('u', '');
  const key = flags + '\u0000' + profile.dateline;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(profile.dateline, flags);
    compiled.set(key, re);
  }
  const c = { dateline: profile.dateline, flags: profile.flags, re, parenthesized: PARENTHESIZED.has(profile.dateline) };
  byProfile.set(profile, c);
  return c;
}

/** The profile's dateline regex, compiled once per pattern and flags. */
export function datelineRegex(profile: SourceProfile): RegExp {
  return compiledFor(profile).re;
}

/**
 * Does the profile's regex need a `(` before the first line break (a parenthesized pattern)? Its
 * lazy place pattern backtracks a long way before failing on a paragraph without one.
 */
export function needsParenthesis(profile: SourceProfile): boolean {
  return compiledFor(profile).parenthesized;
}
