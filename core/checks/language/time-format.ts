// Time of day: `pukul 10.00 WIB` — a period, not a colon; `pukul`, not `jam`; WIB, WITA, WIT in capitals.
import type { RuleModule } from '../types.ts';
import { foldedWords, isProseParagraph, mayMatchFolded, proseMatches } from '../prose.ts';

const ZONE = '(?:WIB|WITA|WIT|wib|wita|wit|Wib|Wita|Wit)';
const TIME = new RegExp(String.raw`\b(?:(pukul|Pukul|jam|Jam)\s+)?([01]?\d|2[0-4])([:.])([0-5]\d)(?:\s*(${ZONE})\b)?`, 'g');

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
    docs: {
      id: 'Waktu ditulis `pukul 10.00 WIB`: titik sebagai pemisah jam dan menit, `pukul` (bukan `jam`) untuk waktu, zona WIB, WITA, atau WIT dengan huruf kapital. Dapat diperbaiki otomatis.',
      en: 'Times are written `pukul 10.00 WIB`: a period between hours and minutes, `pukul` (not `jam`) for a time of day, the zone WIB, WITA or WIT in capitals. Fixable.',
      exampleBad: 'jam 10:00 wib',
      exampleGood: 'pukul 10.00 WIB',
    },
    messages: {
      colon: { id: 'Tulis waktu "{{expected}}" (titik, bukan titik dua).', en: 'Write the time as "{{expected}}" (a period, not a colon).' },
      jam: { id: 'Untuk waktu pakai "pukul", bukan "jam": "{{expected}}".', en: 'Use "pukul", not "jam", for a time of day: "{{expected}}".' },
      zone: { id: 'Zona waktu ditulis kapital: "{{expected}}".', en: 'Write the time zone in capitals: "{{expected}}".' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        // A time is digits, `:` or `.`, digits; only one with `pukul`/`jam` or a zone is reported.
        if (!CLOCK.test(paragraph.text) || !mayMatchFolded(context, index, TIME_WORDS)) return;
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
