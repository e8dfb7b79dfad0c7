// Escaping, URL and date helpers every exporter shares. Pure string work: no DOM, no URL global.

/** Characters XML 1.0 cannot carry, and lone UTF-16 surrogates (invalid in XML, JSON consumers, YAML). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Make a string safe to carry in any format: drop forbidden controls, replace lone surrogates. */
export function sanitize(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** One line: line breaks and runs of spaces inside a paragraph become one space. */
export function oneLine(s: string | null | undefined): string {
  return sanitize(s).replace(/[\s\u00A0]+/g, ' ').trim();
}

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text content for HTML and XML. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => TEXT_ENTITIES[c]);
}

/** Escape an attribute value (double- or single-quoted) for HTML and XML. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"']/g, (c) => TEXT_ENTITIES[c]);
}

/** CDATA that survives any content: `]]>` is split across two sections. */
export function cdata(s: string): string {
  return `<![CDATA[${s.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** JSON that is also safe to embed in HTML: `<`, `>`, `&` and the JS line separators are escaped. */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) =>
    '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

const URL_OK = /[A-Za-z0-9\-._~:/?#[\]@!$&*+,;=%]/;

/**
 * The only URLs an exporter emits: absolute http(s) with a host. Anything else (`javascript:`,
 * `data:`, relative, protocol-relative) gives null. Characters outside RFC 3986 are percent-encoded,
 * so the result is safe inside attributes, Markdown `<…>` destinations and XML.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = sanitize(url).trim();
  const m = /^(https?):\/\/([^/?#\s\\]+)([/?#].*)?$/i.exec(u);
  if (!m || /[\u0000-\u001F\u007F]/.test(u)) return null;
  if (!/^[A-Za-z0-9.\-[\]:@\u0080-\uFFFF]+$/.test(m[2]) || !/[A-Za-z0-9\u0080-\uFFFF]/.test(m[2])) return null;
  let out = m[1].toLowerCase() + '://';
  for (const ch of m[2] + (m[3] ?? '')) {
    out += URL_OK.test(ch) ? ch : encodeURIComponent(ch);
  }
  return out;
}

// ---- dates ---------------------------------------------------------------------------------

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A date as RFC 3339 / xs:dateTime with seconds and zone, or null. Dates without a zone are read
 * as UTC: never as the machine's local time, so output does not depend on where it runs.
 */
export function normIso(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  let m = RFC3339.exec(t);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[8].toUpperCase()}`;
    return Number.isNaN(Date.parse(iso)) || !validParts(m) ? null : iso;
  }
  m = LOCAL.exec(t);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}Z`;
    return Number.isNaN(Date.parse(iso)) || !validParts(m) ? null : iso;
  }
  return null;
}

function validParts(m: RegExpExecArray): boolean {
  const [mo, d, h, mi, s] = [m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0));
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 59;
}

/** The export time, always valid. */
export function nowIso(now: string): string {
  return normIso(now) ?? '1970-01-01T00:00:00Z';
}

/** `YYYY-MM-DD HH:MM:SS` as written in the ISO string (local wall time), for WordPress `post_date`. */
export function wallTime(iso: string): string {
  return iso.slice(0, 10) + ' ' + iso.slice(11, 19);
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, for WordPress `post_date_gmt`. */
export function utcWallTime(iso: string): string {
  const d = new Date(Date.parse(iso)).toISOString();
  return d.slice(0, 10) + ' ' + d.slice(11, 19);
}

/** ISO in UTC with `Z` (e.g. for NITF `norm` attributes). */
export function utcIso(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date for RSS `pubDate`, in UTC. */
export function rfc822(iso: string): string {
  const d = new Date(Date.parse(iso));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** A slug: lowercase letters (any script, Latin without diacritics), digits and dashes. */
export function slugify(s: string): string {
  return sanitize(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLocaleLowerCase('id')
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
}

/** A term slug that is never empty: symbol-only names get a stable hash. */
export function termSlug(name: string): string {
  const s = slugify(name);
  if (s) return s;
  let h = 5381;
  for (let i = 0; i < name.length; i++) h = ((h * 33) ^ name.charCodeAt(i)) >>> 0;
  return `term-${h.toString(36)}`;
}
