// Who said it: the speech verb (cue) and the speaker of each direct quote (`"…," ujar Rutte`,
// `"…," katanya`, `Rutte mengatakan, "…"`), and indirect attributions (`Menurut dia, …`,
// `X mengatakan bahwa …`, `…, menurut pernyataan resmi.`).
import type { Quote, Speaker } from '../model/article.ts';
import { PLURAL_PRONOUNS, POST_CUES, PRE_CUES, PRONOUNS } from './lexicon.ts';
import {
  addPerson, findByTitle, lastMentionBefore, mentionAt, nameRun, type People, type Person,
} from './people.ts';
import { isAcronym, isCapitalized, isNameWord, isOrgHead, isTitleWord, type Token, type WordContext } from './tokens.ts';
import type { QuoteSpan } from './quotes.ts';

export interface AttributionInput {
  paragraphs: readonly string[];
  tokens: ReadonlyArray<readonly Token[] | null>;
  ctx: WordContext;
  people: People;
}

interface Attribution {
  cue: string | null;
  speaker: Speaker | null;
}

/** `kata`, `katanya`, `ujarnya`, `menurutnya`: a cue written after a quote. */
export function isPostCue(lower: string): boolean {
  if (POST_CUES.has(lower)) return true;
  return lower.endsWith('nya') && POST_CUES.has(lower.slice(0, -3));
}

function toSpeaker(p: Person): Speaker {
  return { name: p.name, title: p.title, resolved: p.full };
}

function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The speaker named from token k on: `Menteri Keuangan Sri Mulyani`, `Rutte`, `Presiden`, `warga`. */
function speakerFrom(input: AttributionInput, para: number, k: number, before: number): Speaker | null {
  const tokens = input.tokens[para]!;
  const text = input.paragraphs[para];
  const t = tokens[k];
  if (!t) return null;
  if (PRONOUNS.has(t.lower)) {
    const p = lastMentionBefore(input.people, para, before);
    return p ? toSpeaker(p) : null;
  }
  if (PLURAL_PRONOUNS.has(t.lower)) return null;
  // Walk the chain of title, offices and names (`Kepala Bidang Humas Polda Metro Jaya Kombes Yusri
  // Yunus`); the person's name is its last name run.
  let j = k;
  let depth = 0;
  let run = -1;
  let runLen = 0;
  let runIsOrg = false;
  while (j < tokens.length && j - k < 30) {
    const x = tokens[j];
    if (depth > 0) { if (x.text === ')') depth--; j++; continue; }
    if (x.text === '(' && j > k) { depth++; j++; continue; }
    const len = nameRun(tokens, j, input.ctx);
    if (len > 0) { runIsOrg = j > k && isOrgHead(tokens[j - 1]); run = j; runLen = len; j += len; continue; }
    if (x.word && (isTitleWord(x) || (isCapitalized(x) && !isNameWord(x, input.ctx)) || isAcronym(x) || (j > k && isOrgHead(x)))) { j++; continue; }
    // `R&D PR PT Evoluzione`, `Menteri Investasi/Kepala BKPM`.
    if ((x.text === '&' || x.text === '/') && j > k && tokens[j + 1]?.word && (isCapitalized(tokens[j + 1]) || isTitleWord(tokens[j + 1]))) { j++; continue; }
    // `Gugus Tugas Covid - 19 Kabupaten Bekasi`: numbers and hyphens inside a name of a body.
    if ((x.text === '-' || /^\d+$/.test(x.text)) && j > k && tokens[j + 1]?.word && (run < 0 || runIsOrg)) { j++; continue; }
    if (x.word && /^(?:dan|bidang|urusan|serta|seorang|salah|satu|bernama|yakni|yaitu|of|the)$/.test(x.lower) && j > k && tokens[j + 1]?.word && isCapitalized(tokens[j + 1])) { j++; continue; }
    // A comma goes on inside a title (`Camat Neglasari, Kabupaten Tangerang, Ubaidillah Ansar`),
    // never right after a person's name (`Menurut Kusnawan, Blue Water …`).
    if (x.text === ',' && j > k && tokens[j + 1]) {
      const nx = tokens[j + 1];
      // `peneliti senior Centropolis, Suryono Herlambang,`: a name set off by commas after a titled
      // run names the person; the run was the organisation.
      const yLen = nameRun(tokens, j + 1, input.ctx);
      const closes = yLen > 0 && (!tokens[j + 1 + yLen] || /^[,.]$/.test(tokens[j + 1 + yLen].text));
      const apposition = closes && run > k && isTitleWord(tokens[run - 1]);
      const afterName = run >= 0 && run + runLen === j && !runIsOrg && !apposition;
      const nx2 = tokens[j + 2];
      const andNext = nx.lower === 'dan' && nx2?.word && isCapitalized(nx2) && run < 0; // `Politik, Hukum, dan Keamanan`
      if (isOrgHead(nx) || andNext || (!afterName && (nameRun(tokens, j + 1, input.ctx) > 0 || (isCapitalized(nx) && !TIME_WORDS.has(nx.lower))))) { j++; continue; }
    }
    break;
  }
  if (run >= 0) {
    const m = mentionAt(input.people, para, tokens[run].start, 0);
    if (m) return toSpeaker(m.person);
    const name = text.slice(tokens[run].start, tokens[run + runLen - 1].end);
    const title = run > k ? text.slice(tokens[k].start, tokens[run - 1].end).replace(/[\s,(]+$/u, '') || null : null;
    return toSpeaker(addPerson(input.people, name, title, [para, tokens[run].start]));
  }
  if (j === k) return null;
  const title = text.slice(tokens[k].start, tokens[j - 1].end).replace(/[\s,(]+$/u, '');
  const holder = findByTitle(input.people, title, para, tokens[k].start);
  return holder ? toSpeaker(holder) : { name: title, title: null, resolved: null };
}

/** The subject of a verb at token v: the nearest person named before it in the sentence, or `dia`. */
function subjectBefore(input: AttributionInput, para: number, v: number): Speaker | null {
  const tokens = input.tokens[para]!;
  const verb = tokens[v];
  const prev = tokens[v - 1];
  if (prev && PRONOUNS.has(prev.lower)) {
    const p = lastMentionBefore(input.people, para, prev.start);
    return p ? toSpeaker(p) : null;
  }
  if (prev && PLURAL_PRONOUNS.has(prev.lower)) return null;
  // Start of the sentence holding the verb.
  let s = v - 1;
  while (s >= 0 && !/^[.!?]$/.test(tokens[s].text)) s--;
  const sentenceStart = s >= 0 ? tokens[s].end : 0;
  let best: Person | null = null;
  for (const m of input.people.mentions) {
    if (m.paragraph !== para) { if (m.paragraph > para) break; continue; }
    if (m.start >= sentenceStart && m.end <= verb.start && verb.start - m.end <= 120) best = m.person;
  }
  return best ? toSpeaker(best) : null;
}

/** Cue and speaker of a direct quote, or null when nothing attributes it. */
export function attributeDirect(input: AttributionInput, span: QuoteSpan): Attribution | null {
  // After the closing mark: `"…," kata Rutte`, `"…," katanya`, `"…," Rutte menambahkan`.
  const endTokens = input.tokens[span.endParagraph];
  if (endTokens && span.closed) {
    let k = firstTokenFrom(endTokens, span.end);
    while (k < endTokens.length && (endTokens[k].text === ',' || endTokens[k].text === '—' || endTokens[k].text === '-')) k++;
    const w = endTokens[k];
    if (w && w.start - span.end <= 4 && w.word) {
      if (isPostCue(w.lower)) {
        if (w.lower.endsWith('nya') && w.lower !== 'tanya' && w.lower !== 'bunyi') {
          const p = lastMentionBefore(input.people, span.paragraph, span.start);
          return { cue: w.text, speaker: p ? toSpeaker(p) : null };
        }
        return { cue: w.text, speaker: speakerFrom(input, span.endParagraph, k + 1, span.start) };
      }
      // `"…," Rutte menambahkan.` / `"…," ia menambahkan.` / `"…," the minister said.` — only after a
      // comma (inside or after the marks), so `…."Tawaran mereka` is not read as a speaker.
      const endText = input.paragraphs[span.endParagraph];
      const comma = /[,?!]\s*["“”»]$/.test(endText.slice(Math.max(0, span.end - 4), span.end)) ||
        endText.slice(span.end, w.start).includes(',');
      const sp = comma ? speakerFrom(input, span.endParagraph, k, span.start) : null;
      if (sp) {
        let v = k + 1;
        while (v < endTokens.length && v - k < 14 && !PRE_CUES.has(endTokens[v].lower)) {
          if (/^[.!?"“”]$/.test(endTokens[v].text)) { v = endTokens.length; break; }
          v++;
        }
        if (v < endTokens.length) return { cue: endTokens[v].text, speaker: sp };
      }
    }
  }
  // A line break slipped in after `?”` / `!”`: the next paragraph starts with the lower-case cue.
  const next = input.tokens[span.endParagraph + 1];
  if (endTokens && span.closed && firstTokenFrom(endTokens, span.end) >= endTokens.length && next && next.length > 1) {
    const w = next[0];
    if (w.word && w.text === w.lower && isPostCue(w.lower)) {
      if (w.lower.endsWith('nya') && w.lower !== 'tanya' && w.lower !== 'bunyi') {
        return { cue: w.text, speaker: personSpeaker(lastMentionBefore(input.people, span.paragraph, span.start)) };
      }
      return { cue: w.text, speaker: speakerFrom(input, span.endParagraph + 1, 1, span.start) };
    }
  }
  // Before the opening mark: `Rutte mengatakan, "…"`, `Menurut Rutte, "…"`, `kata dia: "…"`.
  const startTokens = input.tokens[span.paragraph];
  if (startTokens && span.start > 0) {
    let k = firstTokenFrom(startTokens, span.start) - 1;
    while (k >= 0 && (startTokens[k].text === ',' || startTokens[k].text === ':')) k--;
    const pre = preCue(input, span.paragraph, k, span.start);
    if (pre) return pre;
  }
  // The paragraph before ends with a colon: `Rutte menegaskan:` then the quote.
  if (span.start === 0 && span.paragraph > 0) {
    const prevText = input.paragraphs[span.paragraph - 1];
    const prevTokens = input.tokens[span.paragraph - 1];
    if (prevTokens && prevTokens.length > 1 && /:\s*$/.test(prevText)) {
      const pre = preCue(input, span.paragraph - 1, prevTokens.length - 2, prevText.length);
      if (pre) return pre;
    }
  }
  return null;
}

/** A cue ending at token k (verb, or `kata X` / `Menurut X`), with its speaker. */
function preCue(input: AttributionInput, para: number, k: number, before: number): Attribution | null {
  const tokens = input.tokens[para]!;
  if (k < 0) return null;
  const w = tokens[k];
  if (PRE_CUES.has(w.lower)) return { cue: w.text, speaker: subjectBefore(input, para, k) };
  // `kata Rutte:` / `Menurut Rutte,`: a cue a few words back, the speaker after it.
  for (let c = k; c >= 0 && k - c < 8; c--) {
    const l = tokens[c].lower;
    if (/^[.!?"“”]$/.test(tokens[c].text)) break;
    if (l === 'menurut' || (POST_CUES.has(l) && l !== 'aku' && l !== 'ingat')) {
      return { cue: tokens[c].text, speaker: speakerFrom(input, para, c + 1, before) };
    }
  }
  return null;
}

const TIME_WORDS = new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu']);
const SENTENCE_STOP = new Set(['.', '!', '?']);

/** Indirect attributions in a paragraph, outside its direct quotes. */
export function indirectQuotes(
  input: AttributionInput, para: number, skip: ReadonlyArray<readonly [number, number]>,
): Quote[] {
  const tokens = input.tokens[para];
  if (!tokens) return [];
  const out: Quote[] = [];
  let first = 0;
  for (let k = 0; k <= tokens.length; k++) {
    const end = k === tokens.length || (SENTENCE_STOP.has(tokens[k].text) && (k + 1 === tokens.length || tokens[k + 1].start > tokens[k].end));
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
    if (tokens[k].lower !== 'menurut' && tokens[k].lower !== 'menurutnya') continue;
    if (tokens[k - 1].text !== ',') break;
    const speaker = tokens[k].lower === 'menurutnya'
      ? personSpeaker(lastMentionBefore(input.people, para, tokens[k].start))
      : speakerFrom(input, para, k + 1, tokens[k].start) ?? sourceAsWritten(text, tokens, k + 1, last);
    return make(tokens[k], speaker, statement(text, a, tokens[k - 1].start));
  }
  // `X mengatakan, …` / `Dia menegaskan bahwa …`.
  for (let v = first + 1; v < last && v - first < 30; v++) {
    if (!PRE_CUES.has(tokens[v].lower)) continue;
    const speaker = subjectBefore(input, para, v);
    if (!speaker) return null;
    return make(tokens[v], speaker, statement(text, tokens[v].end, b));
  }
  return null;
}

function personSpeaker(p: Person | null): Speaker | null {
  return p ? toSpeaker(p) : null;
}

/** A source that is not a person (`pernyataan resmi`), named as written. */
function sourceAsWritten(text: string, tokens: readonly Token[], from: number, to: number): Speaker | null {
  if (from >= to) return null;
  const end = Math.min(to, from + 6);
  const name = text.slice(tokens[from].start, tokens[end - 1].end).replace(/[\s.,]+$/u, '');
  return name ? { name, title: null, resolved: null } : null;
}
