// Each `X euro (sekitar RpY)` implies an exchange rate; within one story the rates agree.
import type { RuleModule } from '../types.ts';
import { isProseParagraph, paragraphLower, proseMatches } from '../prose.ts';
import { parseIdNumber, SCALE } from '../text.ts';

const SCALES = 'ribu|juta|miliar|milyar|triliun';
const CURRENCY = 'euro|dolar AS|dolar Amerika Serikat|dolar Amerika|dolar Singapura|dolar Australia|dolar Hong Kong|dolar|USD|yen|yuan|renminbi|won|ringgit|baht|peso|rupee|rupe|riyal|dirham|poundsterling|pound sterling|pound|franc|lira|rubel|hryvnia';
const NUM = String.raw`(\d[\d.,]*\d|\d)`;
const CONV = String.raw`\s*\((?:sekitar|setara(?: dengan)?|senilai|atau sekitar|atau|kira-kira|±|~)?\s*Rp\.?\s?${NUM}\s*(${SCALES})?\)`;
// `20,9 miliar euro (sekitar Rp353,2 triliun)` and `US$5 juta (Rp80 miliar)`.
const SUFFIXED = new RegExp(String.raw`${NUM}\s*(${SCALES})?\s+(${CURRENCY})${CONV}`, 'giu');
const PREFIXED = new RegExp(String.raw`(US\$|S\$|A\$|\$|€|£|¥)\s?${NUM}\s*(${SCALES})?${CONV}`, 'gu');

const CANON: Record<string, string> = { 'us$': 'USD', $: 'USD', usd: 'USD', 'dolar as': 'USD', 'dolar amerika serikat': 'USD', 'dolar amerika': 'USD', dolar: 'USD', '€': 'EUR', euro: 'EUR', '£': 'GBP', pound: 'GBP', poundsterling: 'GBP', 'pound sterling': 'GBP', '¥': 'JPY', yen: 'JPY', 's$': 'SGD', 'dolar singapura': 'SGD', 'a$': 'AUD', 'dolar australia': 'AUD' };

const canon = (c: string) => (Object.hasOwn(CANON, c.toLowerCase()) ? CANON[c.toLowerCase()] : c.toLowerCase());

// `n.toLocaleString('id-ID')` is `new Intl.NumberFormat('id-ID').format(n)` (ECMA-402), which
// sets up the locale's formatter on every call: one formatter, made at first use, does for all.
let idDigits: Intl.NumberFormat | null = null;
function rupiahDigits(): Intl.NumberFormat {
  idDigits ??= new Intl.NumberFormat('id-ID');
  return idDigits;
}

interface Conversion { p: number; start: number; end: number; currency: string; rate: number; label: string }

const rule: RuleModule = {
  meta: {
    id: 'language/currency-conversion',
    category: 'language',
    severity: 'warning',
    docs: {
      id: 'Setiap konversi `X euro (sekitar RpY)` menyiratkan kurs; dalam satu berita kurs untuk mata uang yang sama harus sejalan. Konversi yang menyimpang lebih dari 10% dilaporkan.',
      en: 'Each `X euro (sekitar RpY)` implies an exchange rate; within one story the rates for one currency agree. A conversion more than 10% off is reported.',
      exampleBad: '20,9 miliar euro (sekitar Rp353,2 triliun) … 40 miliar euro (sekitar Rp475,4 triliun)',
      exampleGood: '20,9 miliar euro (sekitar Rp353,2 triliun) … 40 miliar euro (sekitar Rp675,4 triliun)',
    },
    schema: { type: 'object', properties: { tolerance: { type: 'number', minimum: 0.01, maximum: 1 } }, additionalProperties: false },
    defaultOptions: { tolerance: 0.1 },
    messages: {
      outlier: { id: 'Kurs konversi ini ({{rate}} per {{currency}}) berbeda dengan konversi lain di berita ini ({{usual}}).', en: 'This conversion\'s rate ({{rate}} per {{currency}}) differs from the story\'s other conversions ({{usual}}).' },
    },
  },
  create(context) {
    const tolerance = Number(context.options.tolerance);
    const found: Conversion[] = [];
    const value = (n: string, scale: string | undefined) => parseIdNumber(n) * (scale ? SCALE[scale.toLowerCase()] ?? 1 : 1);
    return {
      paragraph({ index, paragraph }) {
        // Both patterns hold `Rp` (any case for SUFFIXED, as written for PREFIXED).
        if (!isProseParagraph(paragraph) || !paragraph.text.includes('(') || !paragraphLower(context, index).includes('rp')) return;
        for (const m of proseMatches(context, index, SUFFIXED)) {
          const foreign = value(m[1], m[2]);
          const rp = value(m[4], m[5]);
          if (foreign > 0 && rp > 0) found.push({ p: index, start: m.index, end: m.index + m[0].length, currency: canon(m[3]), rate: rp / foreign, label: m[3] });
        }
        for (const m of proseMatches(context, index, PREFIXED)) {
          const foreign = value(m[2], m[3]);
          const rp = value(m[4], m[5]);
          if (foreign > 0 && rp > 0) found.push({ p: index, start: m.index, end: m.index + m[0].length, currency: canon(m[1]), rate: rp / foreign, label: m[1] });
        }
      },
      'article:exit'() {
        const by = new Map<string, Conversion[]>();
        for (const c of found) by.set(c.currency, [...(by.get(c.currency) ?? []), c]);
        const fmt = (r: number) => `Rp${rupiahDigits().format(Math.round(r))}`;
        for (const list of by.values()) {
          if (list.length < 2) continue;
          const rates = list.map((c) => c.rate).sort((a, b) => a - b);
          const mid = rates.length % 2 ? rates[(rates.length - 1) / 2] : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
          // With two conversions there is no majority: the later one is the one to check.
          const off = list.length === 2
            ? (Math.max(...rates) / Math.min(...rates) - 1 > tolerance ? [list[1]] : [])
            : list.filter((c) => Math.abs(c.rate / mid - 1) > tolerance);
          for (const c of off) {
            const usual = list.length === 2 ? list[0].rate : mid;
            context.report({ paragraph: c.p, start: c.start, end: c.end, messageId: 'outlier', data: { rate: fmt(c.rate), currency: c.label, usual: fmt(usual) } });
          }
        }
      },
    };
  },
};
export default rule;
