// Dates and times the way an Indonesian desk writes them: `Rabu, 25 November 2026`, `14.03 WIB`.
import type { Lang } from '../i18n/index.tsx';

export const DESK_TIME_ZONE = 'Asia/Jakarta';
const ZONE_LABEL: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { timeZone: DESK_TIME_ZONE, ...opts });
    cache.set(key, f);
  }
  return f;
}

function toDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `Rabu, 25 November 2026` */
export function formatLongDate(value: string | Date | null | undefined, lang: Lang): string {
  const d = toDate(value);
  return d ? fmt(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(d) : '';
}

/** `14.03 WIB` */
export function formatTime(value: string | Date | null | undefined, lang: Lang): string {
  const d = toDate(value);
  if (!d) return '';
  const t = fmt(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d).replace(':', '.');
  return `${t} ${ZONE_LABEL[DESK_TIME_ZONE] ?? ''}`.trim();
}

/** `Rabu, 25 November 2026, 14.03 WIB` */
export function formatDateTime(value: string | Date | null | undefined, lang: Lang): string {
  const d = toDate(value);
  return d ? `${formatLongDate(d, lang)}, ${formatTime(d, lang)}` : '';
}

/** Inbox time: the clock for today, else `24 Nov 14.03`. */
export function formatShort(value: string | Date | null | undefined, lang: Lang, now = new Date()): string {
  const d = toDate(value);
  if (!d) return '';
  const day = (x: Date) => fmt(lang, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(x);
  if (day(d) === day(now)) return formatTime(d, lang);
  const t = fmt(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d).replace(':', '.');
  return `${fmt(lang, { day: 'numeric', month: 'short' }).format(d)} ${t}`;
}

/** An ISO instant as the value of an <input type="datetime-local"> in desk time (WIB). */
export function toLocalInput(iso: string | null): string {
  const d = toDate(iso);
  if (!d) return '';
  const parts = Object.fromEntries(fmt('en', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The value of a datetime-local input, read as desk time (WIB = UTC+7), to an ISO instant. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(`${value}:00+07:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu);
  return m ? m.length : 0;
}
