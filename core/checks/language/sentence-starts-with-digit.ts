// PUEBI: a number opening a sentence is written out (`Lima belas orang …`), or the sentence recast.
import type { RuleModule } from '../types.ts';
import { isProseParagraph } from '../prose.ts';
import { sentences } from '../text.ts';

const SPACE = /\s/;
const DIGIT_AFTER_END = /[.!?]["”’)]*\s+\d/g;
// `^\s*\d{1,3}\\?[.)]\s` on the text from the prose's start (sticky: tried there only).
const LIST_ITEM = /\s*\d{1,3}\\?[.)]\s/y;
const STOPS = '.!?"”)';

/** `/[.!?"”)]\s*$/.test(text)`, from the end: the pattern would try every place in the text. */
function endsWithStop(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE.test(text[i])) i--;
  return i >= 0 && STOPS.includes(text[i]);
}

/**
 * Whether a sentence can open with a digit: a digit first after `from` (past spaces) or right after
 * a space (`sentences` starts each later sentence past the spaces after the one before).
 */
function digitAtStart(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && SPACE.test(text[i])) i++;
  const first = text.charCodeAt(i);
  if (first >= 48 && first <= 57) return true;
  // Later sentences start past the spaces after `.`, `!` or `?` (and closing quotes or brackets).
  DIGIT_AFTER_END.lastIndex = i;
  return DIGIT_AFTER_END.test(text);
}

const rule: RuleModule = {
  meta: {
    id: 'language/sentence-starts-with-digit',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Kalimat tidak dimulai dengan angka: tulis dengan huruf (`Lima belas orang …`) atau susun ulang kalimatnya (PUEBI).',
      en: 'A sentence does not open with digits: write the number in words (`Lima belas orang …`) or recast the sentence (PUEBI).',
      exampleBad: '15 orang tewas dalam kecelakaan itu.',
      exampleGood: 'Sebanyak 15 orang tewas dalam kecelakaan itu.',
    },
    messages: {
      digit: { id: 'Kalimat dimulai dengan angka "{{number}}"; tulis dengan huruf atau susun ulang.', en: 'The sentence opens with "{{number}}"; write it in words or recast.' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        const text = paragraph.text;
        const from = context.textStart(index);
        // A numbered list item ("1. …", "2) …") is not a sentence of prose.
        // (Copy taken from the web may escape it: `1\. …`.) A line without a closing stop is not a sentence either.
        LIST_ITEM.lastIndex = from;
        if (LIST_ITEM.test(text) || !endsWithStop(text)) return;
        if (!digitAtStart(text, from)) return;
        for (const [s] of sentences(text, from)) {
          const m = /^\d[\d.,]*/.exec(text.slice(s));
          if (!m || context.inDirectQuote(index, s)) continue;
          context.report({ paragraph: index, start: s, end: s + m[0].length, messageId: 'digit', data: { number: m[0] } });
        }
      },
    };
  },
};
export default rule;
