// One person, one spelling: `Umerov` in one paragraph and `Umarov` in the next is a typo in a name.
import type { RuleModule } from '../types.ts';
import { isProse } from '../article-util.ts';
import { isPersonName, isTitleWord, paragraphNameRuns } from '../names.ts';

const rule: RuleModule = {
  meta: {
    id: 'attribution/name-inconsistent',
    category: 'attribution',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    hasSuggestions: true,
    docs: {
      id: 'Nama orang ditulis sama di seluruh berita. Dua ejaan yang hanya berbeda satu huruf (`Umerov` / `Umarov`), atau pada nama panjang satu vokal dan satu huruf (`Hartono` / `Hartanto`), dilaporkan pada ejaan yang lebih jarang, juga ketika nama itu membuka kalimat.',
      en: 'A person\'s name is spelled the same throughout. Two spellings one letter apart (`Umerov` / `Umarov`), or for a long name a vowel and one letter apart (`Hartono` / `Hartanto`), are reported on the rarer one, also when the name opens a sentence.',
      exampleBad: 'Menteri Pertahanan Ukraina Rustem Umerov … kata Umarov.',
      exampleGood: 'Menteri Pertahanan Ukraina Rustem Umerov … kata Umerov.',
    },
    messages: {
      twoSpellings: { id: 'Nama "{{found}}" juga ditulis "{{other}}" di berita ini; pastikan ejaannya.', en: 'The name "{{found}}" is also spelled "{{other}}" in this story; check the spelling.' },
      useOther: { id: 'Ganti dengan "{{other}}".', en: 'Replace with "{{other}}".' },
    },
  },
  create(context) {
    return {
      'article:exit'(article) {
        // Name words: capitalized words inside a run of two or more (a person's name, not a sentence
        // start), and lone words anywhere but a sentence start (`kata Umerov`).
        const seen = new Map<string, { p: number; start: number; end: number }[]>();
        // A lone capitalized word opening a sentence (`Umarov mengatakan …`, the usual way a surname
        // comes back) may be any word: it is compared only with the name words above.
        const openers = new Map<string, { p: number; start: number; end: number }[]>();
        // Surnames: the last word of a person's name run (`Rustem Umerov`). The wider variants (a
        // letter added or dropped, two edits, a sentence opener) are looked for only against these,
        // so place names and English twins (`Indonesian`, `President`) stay out of it.
        // Whether a run is a person's name is asked only of a pair's words (most words are in none),
        // so the runs are kept by their last word and judged on demand, once.
        const runsByLast = new Map<string, string[][]>();
        const surnameMemo = new Map<string, boolean>();
        const isSurname = (w: string): boolean => {
          let r = surnameMemo.get(w);
          if (r === undefined) {
            r = runsByLast.get(w)?.some((words) => isPersonName(words.join(' '))) ?? false;
            surnameMemo.set(w, r);
          }
          return r;
        };
        for (let p = 0; p < article.paragraphs.length; p++) {
          if (!isProse(article.paragraphs[p].role)) continue;
          const tokens = context.tokens(p);
          for (const run of paragraphNameRuns(context, p)) {
            const into = run.words.length === 1 && tokens[run.first].sentenceStart ? openers : seen;
            if (run.words.length >= 2) {
              const last = run.words[run.words.length - 1];
              const list = runsByLast.get(last);
              if (list) list.push(run.words);
              else runsByLast.set(last, [run.words]);
            }
            for (let k = 0; k < run.words.length; k++) {
              const w = run.words[k];
              if (w.length < 5 || !isTitleWord(w)) continue;
              const t = tokens[run.first + k];
              const list = into.get(w);
              if (list) list.push({ p, start: t.start, end: t.end });
              else into.set(w, [{ p, start: t.start, end: t.end }]);
            }
          }
        }
        const speller = context.env.speller;
        const fromOpeners = new Set<string>();
        for (const [w, at] of openers) {
          const list = seen.get(w);
          if (list) list.push(...at);
          else {
            seen.set(w, at);
            fromOpeners.add(w);
          }
        }
        // An opener that is a word of the language (`Namun`, `Sementara`) is no name: it takes part
        // in no pair. Asked of the speller only when the opener meets a possible pair.
        const knownMemo = new Map<string, boolean>();
        const wordOpener = (w: string): boolean => {
          if (!fromOpeners.has(w)) return false;
          let r = knownMemo.get(w);
          if (r === undefined) {
            r = !!speller?.isKnown(w.toLowerCase());
            knownMemo.set(w, r);
          }
          return r;
        };
        const dictionary = (w: string) => speller?.hasWord?.(w) === true || speller?.hasWord?.(w.toLowerCase()) === true;
        // A wider variant pairs a surname with a word that is one edit or a vowel and a letter away.
        // Cheapest first: a word ending no run is no surname; then the spelling; then the name test.
        const wideVariant = (a: string, b: string) => (runsByLast.has(a) || runsByLast.has(b)) && sameNameVariant(a, b) && (isSurname(a) || isSurname(b));
        const words = [...seen.keys()];
        const reported = new Set<string>();
        // Only words with one first letter can be spellings of one name: pairs are compared within
        // their group, in the order of the whole list.
        const groups = new Map<number, number[]>();
        for (let i = 0; i < words.length; i++) {
          const key = words[i].charCodeAt(0);
          const g = groups.get(key);
          if (g) g.push(i);
          else groups.set(key, [i]);
        }
        for (const g of groups.values()) {
          for (let x = 0; x < g.length; x++) {
            for (let y = x + 1; y < g.length; y++) {
              const a = words[g[x]];
              const b = words[g[y]];
              // Two sentence openers alone are not compared: neither is known to be a name.
              if (fromOpeners.has(a) && fromOpeners.has(b)) continue;
              const narrow = a.length === b.length && a[a.length - 1] === b[b.length - 1] && !fromOpeners.has(a) && !fromOpeners.has(b);
              if (narrow ? !oneApart(a, b) : !wideVariant(a, b)) continue;
              if (wordOpener(a) || wordOpener(b)) continue;
              // A word of the dictionary or the calendar beside a name is a word, not a misspelling
              // of the name (`Internasional` / `International`, `Selasa` / `Selama`, `Senin` / `Senen`).
              if (dictionary(a) || dictionary(b) || CALENDAR.has(a) || CALENDAR.has(b)) continue;
              // Two real words (`Barat` / `Berat`) are two words, not one name misspelled.
              // (Without exact membership, `isKnown`, which also passes foreign-looking words such as
              // `Jessica`: then a misspelt foreign name would pass as two words.)
              if (speller && !speller.hasWord && speller.isKnown(a.toLowerCase()) && speller.isKnown(b.toLowerCase())) continue;
              const na = seen.get(a)!.length;
              const nb = seen.get(b)!.length;
              const [rare, common] = nb < na || (nb === na && seen.get(b)![0].p >= seen.get(a)![0].p) ? [b, a] : [a, b];
              if (reported.has(rare)) continue;
              reported.add(rare);
              for (const at of seen.get(rare)!) {
                context.report({
                  paragraph: at.p, start: at.start, end: at.end, messageId: 'twoSpellings', data: { found: rare, other: common },
                  suggest: [{ messageId: 'useOther', data: { other: common }, edits: [{ start: at.start, end: at.end, text: common }] }],
                });
              }
            }
          }
        }
      },
    };
  },
};
const VOWELS = /[aeiou]/g;
const CALENDAR = new Set(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu', 'Januari', 'Februari', 'Maret', 'April', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']);

/** Two words of one length differing in exactly one place. */
function oneApart(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 1) return false;
  return diff === 1;
}

/**
 * Two spellings of one name: same first letter, and one edit apart (a letter changed, added,
 * dropped or two swapped: `Umerov` / `Umarov`), or, for longer names, two edits of which the
 * consonants show at most one (`Hartono` / `Hartanto`: a vowel changed and a letter added), with
 * the first three letters and the last one kept.
 */
export function sameNameVariant(a: string, b: string): boolean {
  // The last letter kept too: `Oscar` / `Oscars`, `Institut` / `Institute` are a word and its form.
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1] || Math.abs(a.length - b.length) > 2) return false;
  const d = editDistance(a, b, 2);
  if (d === 1) return true;
  if (d !== 2 || Math.min(a.length, b.length) < 7) return false;
  if (a.slice(0, 3) !== b.slice(0, 3) || a[a.length - 1] !== b[b.length - 1]) return false;
  return editDistance(a.toLowerCase().replace(VOWELS, ''), b.toLowerCase().replace(VOWELS, ''), 1) <= 1;
}

// Three rows of the distance table, kept between calls (grown as needed): no arrays made per call.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal string alignment distance (Damerau: a swap of two neighbours counts once), capped at max + 1. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const done = prev2;
    prev2 = prev;
    prev = cur;
    cur = done;
  }
  return prev[n];
}
export default rule;
