// Time of day: `pukul 10.00 WIB` — a period, not a colon; `pukul`, not `jam`; WIB, WITA, WIT in capitals.
import type { RuleModule } from '../types.ts';
import { foldedWords, isProseParagraph, mayMatchFolded, proseMatches } from '../prose.ts';

const ZONE = '(?:WIB|WITA|WIT|wib|wita|wit|Wib|Wita|Wit)';
const TIME = new RegExp(String.raw`\b(?:(pukul|Pukul|jam|Jam)\s+)?([01]?\d|2[0-4])([:.])([0-5]\d)(?:\s*(${ZONE})\b)?`, 'g');

// `jam 10` (`jam` before the hour, no minutes) is a time of day; `10 jam` is a duration.
const JAM_HOUR = /\b([Jj]am)\s+([01]?\d|2[0-4])\b(?![:.,]\d)(?!\s*(?:jam|menit|detik|hari)\b)/g;
// A bare `10:00` with neither `pukul` nor a zone: a clock time, unless a scale or ratio (`1:50`).
const BARE_COLON = /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:.,]\d|\d|-\d)/g;
// A ratio, a score or a reference (`Yohanes 20:19`, `QS 2:255`) near it: not a time.
const RATIO_BEFORE = /(?:skala|rasio|ratio|perbandingan|banding|skor|score|menang|kalah|imbang|ayat|pasal|surah|surat)\b/i;
// (Separate, and without `i`: under `i`, `\p{Lu}` matches every letter.)
const NAME_BEFORE = /\p{Lu}[\p{L}.]*\s+$/u;

// A reported time holds `pukul`/`jam` or a zone, in any case.
const TIME_WORDS = foldedWords(['pukul', 'jam', 'wib', 'wit']);
const CLOCK = /\d[:.]\d/;

const rule: RuleModule = {
  meta: {
    id: 'language/time-format',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    hasSuggestions: true,
    docs: {
      id: 'Waktu ditulis `pukul 10.00 WIB`: titik sebagai pemisah jam dan menit, `pukul` (bukan `jam`) untuk waktu, zona WIB, WITA, atau WIT dengan huruf kapital. Dapat diperbaiki otomatis.',
      en: 'Times are written `pukul 10.00 WIB`: a period between hours and minutes, `pukul` (not `jam`) for a time of day, the zone WIB, WITA or WIT in capitals. Fixable.',
      exampleBad: 'jam 10:00 wib',
      exampleGood: 'pukul 10.00 WIB',
    },
    messages: {
      colon: { id: 'Tulis waktu "{{expected}}" (titik, bukan titik dua).', en: 'Write the time as "{{expected}}" (a period, not a colon).' },
      jam: { id: 'Untuk waktu pakai "pukul", bukan "jam": "{{expected}}".', en: 'Use "pukul", not "jam", for a time of day: "{{expected}}".' },
      jamHour: { id: 'Untuk waktu pakai "pukul" dengan menit: "{{expected}}".', en: 'For a time of day use "pukul" with the minutes: "{{expected}}".' },
      bareColon: { id: 'Waktu "{{found}}" ditulis dengan titik: "{{expected}}".', en: 'Write the time "{{found}}" with a period: "{{expected}}".' },
      useForm: { id: 'Tulis "{{expected}}".', en: 'Write "{{expected}}".' },
      zone: { id: 'Zona waktu ditulis kapital: "{{expected}}".', en: 'Write the time zone in capitals: "{{expected}}".' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        // A time is digits, `:` or `.`, digits; only one with `pukul`/`jam` or a zone is reported.
        const text = paragraph.text;
        // `jam 10`, `10:00` alone: the form is proposed, not fixed (`jam 10 malam` is 22.00).
        if (/[Jj]am\s+\d/.test(text)) {
          for (const m of proseMatches(context, index, JAM_HOUR)) {
            const expected = `${m[1] === 'Jam' ? 'Pukul' : 'pukul'} ${m[2].padStart(2, '0')}.00`;
            const end = m.index + m[0].length;
            context.report({ paragraph: index, start: m.index, end, messageId: 'jamHour', data: { expected },
              suggest: [{ messageId: 'useForm', data: { expected }, edits: [{ start: m.index, end, text: expected }] }] });
          }
        }
        if (text.includes(':')) {
          for (const m of proseMatches(context, index, BARE_COLON)) {
            const before = text.slice(Math.max(0, m.index - 30), m.index);
            // Reported by the pattern below when `pukul`, `jam` or a zone goes with it.
            if (/(?:pukul|jam)\s+$/i.test(before) || /^\s*(?:WIB|WITA|WIT)\b/i.test(text.slice(m.index + m[0].length)) || RATIO_BEFORE.test(before) || NAME_BEFORE.test(before)) continue;
            const expected = `${m[1]}.${m[2]}`;
            const end = m.index + m[0].length;
            context.report({ paragraph: index, start: m.index, end, messageId: 'bareColon', data: { found: m[0], expected },
              suggest: [{ messageId: 'useForm', data: { expected }, edits: [{ start: m.index, end, text: expected }] }] });
          }
        }
        if (!CLOCK.test(text) || !mayMatchFolded(context, index, TIME_WORDS)) return;
        for (const m of proseMatches(context, index, TIME)) {
          const [whole, word, hh, sep, mm, zone] = m;
          // Only a time: a colon with `pukul`/`jam`/a zone, or a period with `pukul`/`jam`/a zone.
          if (!word && !zone) continue;
          const outWord = word ? (word[0] === 'J' ? 'Pukul' : word[0] === 'P' ? 'Pukul' : 'pukul') : '';
          let expected = `${word ? outWord + ' ' : ''}${hh}.${mm}`;
          if (zone) expected += whole.slice(whole.indexOf(mm) + 2, whole.lastIndexOf(zone)) + zone.toUpperCase();
          if (expected === whole) continue;
          const messageId = sep === ':' ? 'colon' : word && /^jam$/i.test(word) ? 'jam' : 'zone';
          context.report({ paragraph: index, start: m.index, end: m.index + whole.length, messageId, data: { expected }, fix: { start: m.index, end: m.index + whole.length, text: expected } });
        }
      },
    };
  },
};
export default rule;
