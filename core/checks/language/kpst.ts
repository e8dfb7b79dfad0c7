// The k/p/s/t rule: `meN-` melts a base's first k, p, s or t (`pengaruh` → `memengaruhi`).
import type { RuleModule, Speller } from '../types.ts';
import { isProseParagraph, wordClasses } from '../prose.ts';
import { matchCase } from '../text.ts';
import { WordMap } from '../../text/word-table.ts';
import { perSpeller } from '../cache.ts';

/** Common unmelted forms, for when no speller is loaded. */
export const KPST_WRONG: Record<string, string> = {
  mempengaruhi: 'memengaruhi', dipengaruhi: 'dipengaruhi', mempesona: 'memesona', mentaati: 'menaati', menterjemahkan: 'menerjemahkan',
  mensukseskan: 'menyukseskan', mengkoordinasikan: 'mengoordinasikan', mengkoordinasi: 'mengoordinasi', mengkonsumsi: 'mengonsumsi',
  mengkomunikasikan: 'mengomunikasikan', mengkonfirmasi: 'mengonfirmasi', mengkonversi: 'mengonversi', mensosialisasikan: 'menyosialisasikan',
  mempopulerkan: 'memopulerkan', mentertawakan: 'menertawakan', mengkampanyekan: 'mengampanyekan', mengkategorikan: 'mengategorikan',
  mengkritisi: 'mengkritisi', mengkilap: 'mengilap', mensinyalir: 'menyinyalir', mempelopori: 'memelopori', mentolerir: 'menoleransi',
  mengkomentari: 'mengomentari', mengkoreksi: 'mengoreksi', mengkompensasi: 'mengompensasi', mengkombinasikan: 'mengombinasikan',
  mengkalkulasi: 'mengalkulasi', mengkoleksi: 'mengoleksi', mengkonstruksi: 'mengonstruksi', mengkontribusikan: 'mengontribusikan',
  mempublikasikan: 'memublikasikan', memparkir: 'memarkir', mentransformasi: 'mentransformasi', mengkonsolidasikan: 'mengonsolidasikan',
};
for (const [k, v] of Object.entries(KPST_WRONG)) if (k === v) delete KPST_WRONG[k];
/** `KPST_WRONG` as a Map (built once the identity entries are gone). */
export const KPST_WRONG_MAP: ReadonlyMap<string, string> = new Map(Object.entries(KPST_WRONG));

// Standard words that look unmelted (KBBI keeps them), and words that only start like `meN-`.
const KEEP = new Set(['mengkaji', 'dikaji', 'pengkajian', 'mengkajinya', 'mempunyai', 'mempunyainya', 'mempelajari', 'mempekerjakan', 'mentari', 'mentega', 'mentah', 'mental', 'menteri', 'mentor', 'mentok', 'mentang', 'mentawai', 'mensiasati', 'mentalitas', 'mentereng', 'mensana', 'mentimun', 'mengkal']);
const SHAPES: [RegExp, string][] = [
  [/^mem(p)([aeiou].{2,})$/, 'mem'],
  [/^men(t)([aeiou].{2,})$/, 'men'],
  [/^meng(k)([aeiou].{2,})$/, 'meng'],
  [/^men(s)([aeiou].{2,})$/, 'meny'],
];

/** The melted form of an unmelted `meN-` word, or null. */
export function kpstCorrection(word: string, speller?: Speller): string | null {
  const w = word.toLowerCase();
  const wrong = KPST_WRONG_MAP.get(w);
  if (wrong !== undefined) return wrong;
  if (!speller || KEEP.has(w) || w.startsWith('memper')) return null;
  for (const [re, prefix] of SHAPES) {
    const m = re.exec(w);
    if (!m) continue;
    const melted = prefix + m[2];
    return speller.isKnown(melted) ? melted : null;
  }
  return null;
}

const correctionCaches = new WeakMap<object, WordMap<string>>();

/** `kpstCorrection` answers by word for one speller (or none): they depend on nothing else. */
function correctionCache(speller: Speller | undefined): WordMap<string> {
  return perSpeller(correctionCaches, speller, () => new WordMap<string>());
}

const rule: RuleModule = {
  meta: {
    id: 'language/kpst',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    docs: {
      id: 'Kaidah k/p/s/t: awalan `meN-` meluluhkan huruf awal k, p, s, t pada kata dasar (`memengaruhi`, `mengoordinasikan`, `menaati`), kecuali gugus konsonan (`memproduksi`) dan kata baku yang dikecualikan KBBI (`mengkaji`, `mempunyai`). Dapat diperbaiki otomatis.',
      en: 'The k/p/s/t rule: the prefix `meN-` melts a base\'s first k, p, s or t (`memengaruhi`, `mengoordinasikan`, `menaati`), except consonant clusters (`memproduksi`) and KBBI\'s exceptions (`mengkaji`, `mempunyai`). Fixable.',
      exampleBad: 'Cuaca buruk mempengaruhi jadwal penerbangan.',
      exampleGood: 'Cuaca buruk memengaruhi jadwal penerbangan.',
    },
    messages: {
      melt: { id: 'Kaidah k/p/s/t: tulis "{{expected}}", bukan "{{found}}".', en: 'The k/p/s/t rule: write "{{expected}}", not "{{found}}".' },
    },
  },
  create(context) {
    // One answer per word, kept across runs for this speller.
    const corrections = correctionCache(context.env.speller);
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        const tokens = context.tokens(index);
        // `me…` or `pe…`, seven letters or more.
        for (const i of wordClasses(context, index).mePe) {
          const t = tokens[i];
          if (t.inQuote) continue;
          let fixed = corrections.get(t.lower, t.hash);
          if (fixed === undefined) {
            fixed = kpstCorrection(t.lower, context.env.speller);
            if (corrections.size >= 50_000) corrections.clear();
            corrections.set(t.lower, fixed);
          }
          if (!fixed || fixed === t.lower) continue;
          const expected = matchCase(fixed, t.text);
          context.report({ paragraph: index, start: t.start, end: t.end, messageId: 'melt', data: { expected, found: t.text }, fix: { start: t.start, end: t.end, text: expected } });
        }
      },
    };
  },
};
export default rule;
