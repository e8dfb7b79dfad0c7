// Dates as archives write them. ISO 8601 is taken as is; `21/10/2025` and `10/21/2025 20:43` when
// only one reading is possible; `21 Oktober 2025` and RFC 822 (`Tue, 21 Oct 2025 13:00:00 +0700`).
// Anything else, an ambiguous `05/06/2025` or a day that does not exist (`2025-02-30`), gives null:
// the story is kept undated. A date or time written without a zone is the desk's own time: WIB
// (Asia/Jakarta, UTC+7 all year, no daylight saving), whatever the machine's zone is.

/** The desk's time zone: dates without a zone, and search day bounds, are read in it. */
export const DESK_TIME_ZONE = 'Asia/Jakarta';
/** Its offset from UTC in minutes (Asia/Jakarta has kept +07:00 since 1964). */
export const DESK_OFFSET_MIN = 420;
const DAY = 86_400_000;

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, des: 12, desember: 12,
  dec: 12, december: 12,
};

function buildMs(y: number, mo: number, d: number, hh = 0, mi = 0, ss = 0, offsetMin = DESK_OFFSET_MIN, frac = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1800 || y > 2200 || hh > 23 || mi > 59 || ss > 59) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null; // 31/02, 2025-02-30
  return Date.UTC(y, mo - 1, d, hh, mi, ss) + frac - offsetMin * 60_000;
}

function build(y: number, mo: number, d: number, hh = 0, mi = 0, ss = 0, offsetMin = DESK_OFFSET_MIN): string | null {
  const ms = buildMs(y, mo, d, hh, mi, ss, offsetMin);
  return ms === null ? null : new Date(ms).toISOString();
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function isoMs(s: string): number | null {
  const m = ISO.exec(s);
  if (!m) return null;
  let off = DESK_OFFSET_MIN;
  if (m[8] === 'Z') off = 0;
  else if (m[8]) off = (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(-2)));
  const frac = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  return buildMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), off, frac);
}

/** A date bound a user typed was not a date (the command line says so and stops). */
export class InvalidDateError extends Error {
  readonly input: string;
  constructor(input: string) {
    super(`"${input}" is not a date (use YYYY-MM-DD, or an ISO 8601 time)`);
    this.name = 'InvalidDateError';
    this.input = input;
  }
}

/**
 * A search bound as an instant (ms): a bare day `2025-10-15` is that whole day in the desk's zone
 * (from its 00:00 WIB, or up to its 23:59:59.999 WIB when `end`); other forms as parseArchiveDate
 * reads them. Empty gives null; anything unreadable throws InvalidDateError.
 */
export function dateBound(input: string | undefined, end: boolean): number | null {
  const s = input?.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const t = isoMs(s);
    if (t === null) throw new InvalidDateError(s);
    return end ? t + DAY - 1 : t;
  }
  const iso = parseArchiveDate(s);
  if (iso === null) throw new InvalidDateError(s);
  return Date.parse(iso);
}

/** Normalise a date to an ISO 8601 instant, or null when it cannot be read without guessing. */
export function parseArchiveDate(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (!s) return null;
  if (ISO.test(s)) {
    const t = isoMs(s);
    return t === null ? null : new Date(t).toISOString();
  }
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [hh, mi, ss] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
    if (a > 12 && b <= 12) return build(Number(m[3]), b, a, hh, mi, ss);
    if (b > 12 && a <= 12) return build(Number(m[3]), a, b, hh, mi, ss);
    if (a === b) return build(Number(m[3]), a, b, hh, mi, ss);
    return null; // 05/06/2025: 5 June or May 6?
  }
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?\s*(?:(Z|GMT|UTC|WIB|WITA|WIT)|([+-])(\d{2}):?(\d{2}))?/.exec(s);
  if (m) {
    const mo = MONTHS[m[2].toLowerCase()];
    if (!mo) return null;
    let off = DESK_OFFSET_MIN;
    if (m[7] === 'Z' || m[7] === 'GMT' || m[7] === 'UTC') off = 0;
    else if (m[7] === 'WIB') off = 420;
    else if (m[7] === 'WITA') off = 480;
    else if (m[7] === 'WIT') off = 540;
    else if (m[8]) off = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
    return build(Number(m[3]), mo, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), off);
  }
  return null;
}
