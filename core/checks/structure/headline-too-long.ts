// Headlines past the desk's length get cut in feeds, push alerts and search results.
import type { RuleModule } from '../types.ts';
import { countWords } from '../text.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/headline-too-long',
    category: 'structure',
    severity: 'warning',
    docs: {
      id: 'Judul yang melebihi batas karakter atau kata terpotong di umpan berita dan mesin pencari. Batas bawaan: 90 karakter, 14 kata.',
      en: 'Headlines over the character or word limit are cut in feeds and search. Defaults: 90 characters, 14 words.',
      exampleBad: 'Para menteri pertahanan negara-negara anggota NATO berkumpul di Brussel untuk membahas kemajuan kemampuan pencegahan dan dukungan bagi Ukraina',
      exampleGood: 'Menhan NATO bahas dukungan untuk Ukraina di Brussel',
    },
    schema: { type: 'object', properties: { maxChars: { type: 'integer', minimum: 20 }, maxWords: { type: 'integer', minimum: 3 } }, additionalProperties: false },
    defaultOptions: { maxChars: 90, maxWords: 14 },
    messages: {
      tooLong: { id: 'Judul terlalu panjang ({{chars}} karakter, {{words}} kata; batas {{maxChars}} karakter, {{maxWords}} kata).', en: 'Headline too long ({{chars}} characters, {{words}} words; limit {{maxChars}} characters, {{maxWords}} words).' },
    },
  },
  create(context) {
    const maxChars = Number(context.options.maxChars);
    const maxWords = Number(context.options.maxWords);
    return {
      headline(headline) {
        const text = headline.trim();
        const words = countWords(text);
        if (text.length > maxChars || words > maxWords) {
          context.report({ paragraph: -1, start: 0, end: headline.length, messageId: 'tooLong', data: { chars: text.length, words, maxChars, maxWords } });
        }
      },
    };
  },
};
export default rule;
