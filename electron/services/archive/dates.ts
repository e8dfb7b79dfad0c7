// Dates as archives write them. ISO 8601 is taken as is; `21/10/2025` and `10/21/2025 20:43` when
// only one reading is possible; `21 Oktober 2025` and RFC 822 (`Tue, 21 Oct 2025 13:00:00 +0700`).
// Anything else, or an ambiguous `05/06/2025`, gives null: the story is kept undated.

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, des: 12, desember: 12,
  dec: 12, december: 12,
};

function build(y: number, mo: number, d: number, hh = 0, mi = 0, ss = 0, offsetMin = 0): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return null;
  const ms = Date.UTC(y, mo - 1, d, hh, mi, ss) - offsetMin * 60_000;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null; // 31/02
  return new Date(ms).toISOString();
}

/** Normalise a date to an ISO 8601 instant, or null when it cannot be read without guessing. */
export function parseArchiveDate(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(s)) {
    const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s.replace(' ', 'T'));
    return Number.isNaN(t) ? null : new Date(t).toISOString();
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
    let off = 0;
    if (m[7] === 'WIB') off = 420;
    else if (m[7] === 'WITA') off = 480;
    else if (m[7] === 'WIT') off = 540;
    else if (m[8]) off = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
    return build(Number(m[3]), mo, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), off);
  }
  return null;
}
