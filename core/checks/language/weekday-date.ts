// `Kamis (25/11)` must be a Kamis: the weekday agrees with the date (year from the story's date).
import type { RuleModule } from '../types.ts';
import { MONTHS, WEEKDAYS } from '../lexicon.ts';
import { anyOf, isProseParagraph, proseMatches } from '../prose.ts';

const DAY = '(Senin|Selasa|Rabu|Kamis|Jumat|Jum\'at|Sabtu|Minggu|Ahad)';
const NUMERIC = new RegExp(String.raw`\b${DAY}\s*\((\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\)`, 'g');
const WRITTEN = new RegExp(String.raw`\b${DAY},?\s+(?:tanggal\s+)?(\d{1,2})\s+(${MONTHS.join('|')}|${MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})(?:\s+(\d{4}))?\b`, 'g');

// Both patterns start with one of these (a cheap test first).
const DAY_NAMES = anyOf(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jum', 'Sabtu', 'Minggu', 'Ahad']);
// `(25/11`: what NUMERIC needs after the day; a day of the month, spaces and a month: WRITTEN.
const NUMERIC_SHAPE = /\(\d{1,2}\//;
const WRITTEN_SHAPE = new RegExp(String.raw`\d\s+(?:${MONTHS.join('|')})`, 'i');

function refDate(iso: string | null | undefined, now?: Date): Date | null {
  if (iso) {
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return now ?? null;
}

/** The year that puts day/month nearest the reference date (a story dated January may speak of December). */
function nearestYear(day: number, month: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  let best = y;
  let bestDiff = Infinity;
  for (const c of [y - 1, y, y + 1]) {
    const diff = Math.abs(Date.UTC(c, month, day) - ref.getTime());
    if (diff < bestDiff) { bestDiff = diff; best = c; }
  }
  return best;
}

const rule: RuleModule = {
  meta: {
    id: 'language/weekday-date',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    hasSuggestions: true,
    docs: {
      id: 'Nama hari cocok dengan tanggalnya: `Rabu (25/11)` bila 25 November jatuh pada Rabu. Tahun diambil dari tanggal berita atau tanggal hari ini.',
      en: 'The weekday agrees with the date: `Rabu (25/11)` when 25 November is a Wednesday. The year comes from the story\'s date or today.',
      exampleBad: 'Kamis (25/11/2026)',
      exampleGood: 'Rabu (25/11/2026)',
    },
    messages: {
      mismatch: { id: '{{date}} jatuh pada hari {{actual}}, bukan {{written}}.', en: '{{date}} falls on a {{actual}}, not a {{written}}.' },
      useDay: { id: 'Ganti dengan "{{actual}}".', en: 'Replace with "{{actual}}".' },
    },
  },
  create(context) {
    const ref = refDate(context.article.meta.date, context.env.now);
    const check = (index: number, m: RegExpExecArray, day: number, month: number, yearText: string | undefined) => {
      if (month < 0 || month > 11 || day < 1 || day > 31) return;
      let year = yearText ? Number(yearText.length === 2 ? '20' + yearText : yearText) : null;
      if (year === null) {
        if (!ref) return;
        year = nearestYear(day, month, ref);
      }
      const date = new Date(Date.UTC(year, month, day));
      if (date.getUTCMonth() !== month) return;
      const actual = WEEKDAYS[date.getUTCDay()];
      const written = m[1] === 'Ahad' ? 'Minggu' : m[1].replace("'", '');
      if (actual === written) return;
      context.report({
        paragraph: index, start: m.index, end: m.index + m[1].length, messageId: 'mismatch',
        data: { date: `${day} ${MONTHS[month][0].toUpperCase() + MONTHS[month].slice(1)} ${year}`, actual, written: m[1] },
        suggest: [{ messageId: 'useDay', data: { actual }, edits: [{ start: m.index, end: m.index + m[1].length, text: actual }] }],
      });
    };
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph) || !DAY_NAMES.test(paragraph.text)) return;
        if (NUMERIC_SHAPE.test(paragraph.text)) for (const m of proseMatches(context, index, NUMERIC)) check(index, m, Number(m[2]), Number(m[3]) - 1, m[4]);
        if (WRITTEN_SHAPE.test(paragraph.text)) for (const m of proseMatches(context, index, WRITTEN)) check(index, m, Number(m[2]), MONTHS.indexOf(m[3].toLowerCase()), m[4]);
      },
    };
  },
};
export default rule;
