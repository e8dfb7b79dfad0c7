// Indirect attributions, outside direct quotes: `Menurut dia, …`, `Menurutnya, …`,
// `X mengatakan bahwa …`, and `…, menurut pernyataan resmi.`
import type { Quote, Speaker } from '../model/article.ts';
import { lastMentionBefore } from './people.ts';
import {
  personSpeaker, speakerFrom, subjectBefore, type AttributionInput,
} from './speakers.ts';
import { endsSentence, isMenurut, isPreCueWord, type Token } from './tokens.ts';

// Cues that as often take a plain object (`memaparkan rencana anggaran`, `menjelaskan rencana itu
// kepada wartawan`) as reported speech: they make an indirect quote only when a clause follows
// (`bahwa`, a comma or a colon right after the verb).
const OBJECT_CUES = new Set([
  'memaparkan', 'menjelaskan', 'menerangkan', 'menyampaikan', 'mengungkapkan', 'mengungkap', 'mengumumkan',
  'melaporkan', 'menginformasikan', 'menuliskan', 'menulis', 'mengutip', 'menceritakan', 'mengisahkan',
  'mengeluhkan', 'menyayangkan', 'membeberkan', 'mengemukakan', 'menanggapi', 'menyinggung', 'mencontohkan',
  'meminta', 'mengajak', 'menyerukan', 'menolak', 'menekankan', 'disampaikan', 'dijelaskan',
]);

// Heads of a `menurut …` phrase that are no person: with no name after them (`menurut pernyataan
// resmi`, `menurut sumber yang tidak mau disebut namanya`) the statement has no speaker at all.
const NOT_PERSON_HEADS = new Set([
  'pernyataan', 'keterangan', 'informasi', 'sumber', 'data', 'laporan', 'kabar', 'catatan', 'hasil', 'survei',
  'riset', 'penelitian', 'studi', 'kajian', 'analisis', 'perhitungan', 'perkiraan', 'prediksi', 'aturan',
  'ketentuan', 'peraturan', 'undang-undang', 'rilis', 'siaran', 'dokumen', 'putusan', 'pengumuman', 'pantauan',
]);



/** Indirect attributions in a paragraph, outside its direct quotes. */
export function indirectQuotes(
  input: AttributionInput, para: number, skip: ReadonlyArray<readonly [number, number]>,
): Quote[] {
  const tokens = input.tokens[para];
  if (!tokens) return [];
  const out: Quote[] = [];
  let first = 0;
  for (let k = 0; k <= tokens.length; k++) {
    const end = k === tokens.length || (endsSentence(tokens, k) && (k + 1 === tokens.length || tokens[k + 1].start > tokens[k].end));
    if (!end) continue;
    const last = k === tokens.length ? k : k + 1;
    if (last - first >= 4) {
      const a = tokens[first].start;
      const b = tokens[last - 1].end;
      if (!skip.some(([s, e]) => s < b && e > a)) {
        const q = indirectIn(input, para, first, last, a, b);
        if (q) out.push(q);
      }
    }
    first = last;
  }
  return out;
}

function statement(text: string, a: number, b: number): [number, number] | null {
  let s = a;
  let e = b;
  while (s < e && /[\s,:]/.test(text[s])) s++;
  const bahwa = /^bahwa\s+/i.exec(text.slice(s, Math.min(e, s + 7)));
  if (bahwa) s += bahwa[0].length;
  while (e > s && /[\s.,]/.test(text[e - 1])) e--;
  if (e - s < 12 || /^["“”]/.test(text[s])) return null;
  return [s, e];
}

function indirectIn(input: AttributionInput, para: number, first: number, last: number, a: number, b: number): Quote | null {
  const tokens = input.tokens[para]!;
  const text = input.paragraphs[para];
  const make = (cue: Token, speaker: Speaker | null, range: [number, number] | null): Quote | null =>
    range ? { kind: 'indirect', text: text.slice(range[0], range[1]), paragraph: para, start: range[0], end: range[1], cue: cue.text, speaker } : null;
  const t0 = tokens[first];
  // `Menurut dia, …` / `Menurutnya, …` at the start of the sentence.
  if (t0.lower === 'menurut' || t0.lower === 'menurutnya') {
    let c = first + 1;
    while (c < last && tokens[c].text !== ',') c++;
    if (c >= last || c - first > 12) return null;
    const speaker = t0.lower === 'menurutnya'
      ? personSpeaker(lastMentionBefore(input.people, para, t0.start))
      : speakerFrom(input, para, first + 1, t0.start) ?? sourceAsWritten(text, tokens, first + 1, c);
    return make(t0, speaker, statement(text, tokens[c].end, b));
  }
  // `…, menurut pernyataan resmi.` at the end.
  for (let k = last - 1; k > first && last - k <= 10; k--) {
    if (!isMenurut(tokens[k])) continue;
    if (tokens[k - 1].text !== ',') break;
    const speaker = tokens[k].lower === 'menurutnya'
      ? personSpeaker(lastMentionBefore(input.people, para, tokens[k].start))
      : speakerFrom(input, para, k + 1, tokens[k].start) ?? sourceAsWritten(text, tokens, k + 1, last);
    return make(tokens[k], speaker, statement(text, a, tokens[k - 1].start));
  }
  // `X mengatakan, …` / `Dia menegaskan bahwa …`.
  for (let v = first + 1; v < last && v - first < 30; v++) {
    if (!isPreCueWord(tokens[v])) continue;
    if (OBJECT_CUES.has(tokens[v].lower)) {
      const next = tokens[v + 1];
      if (!next || !(next.lower === 'bahwa' || next.text === ',' || next.text === ':')) return null;
    }
    const speaker = subjectBefore(input, para, v);
    if (!speaker) return null;
    return make(tokens[v], speaker, statement(text, tokens[v].end, b));
  }
  return null;
}

/** A source that is not a person (`pernyataan resmi`), named as written. */
function sourceAsWritten(text: string, tokens: readonly Token[], from: number, to: number): Speaker | null {
  if (from >= to) return null;
  const end = Math.min(to, from + 6);
  // `pernyataan resmi` names no one; `data BPS`, `laporan Reuters` name a body.
  if (NOT_PERSON_HEADS.has(tokens[from].lower)) {
    let named = false;
    for (let k = from + 1; k < end && !named; k++) named = /^\p{Lu}/u.test(tokens[k].text);
    if (!named) return null;
  }
  const name = text.slice(tokens[from].start, tokens[end - 1].end).replace(/[\s.,]+$/u, '');
  return name ? { name, title: null, resolved: null } : null;
}
