// Dates as sources write them (RFC 822 in RSS, ISO 8601 basic in NITF, `2026-11-25 07:03:00` in
// WordPress) to one ISO 8601 instant, or null when a date cannot be read with confidence.

export function toIsoDate(value: string | null | undefined, options: { assumeUtc?: boolean } = {}): string | null {
  if (!value) return null;
  const s = value.trim();
  if (s === '' || /^0000-00-00/.test(s)) return null;
  let candidate = s;
  // ISO 8601 basic: 20261125T140300+0700, 20261125T1403Z, 20261125
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (basic) {
    const [, y, mo, d, h, mi, sec, zone] = basic;
    candidate = h === undefined
      ? `${y}-${mo}-${d}T00:00:00Z`
      : `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${normaliseZone(zone)}`;
  } else {
    const wp = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(s);
    if (wp) candidate = `${wp[1]}T${wp[2]}${options.assumeUtc ? 'Z' : ''}`;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(s)) candidate = `${s}T00:00:00Z`;
  }
  const t = Date.parse(candidate);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return new Date(t).toISOString();
}

function normaliseZone(zone: string | undefined): string {
  if (!zone) return 'Z';
  if (zone === 'Z') return zone;
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}
