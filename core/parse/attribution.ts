// The speech verb (cue) and the speaker of each direct quote: `"…," ujar Rutte`, `"…," katanya`,
// `"…," Rutte menambahkan`, `Rutte mengatakan, "…"`, and a colon in the paragraph before.
import { PASSIVE_CUES, POST_CUES, PRE_CUES, PRONOUNS, QUOTE_ONLY_CUES } from './lexicon.ts';
import { inCueCompound } from './tokens.ts';
import { lastMentionBefore } from './people.ts';
import type { QuoteSpan } from './quotes.ts';
import {
  firstTokenFrom, isPostCue, personSpeaker, speakerFrom, subjectBefore, toSpeaker,
  type Attribution, type AttributionInput,
} from './speakers.ts';

/** Cue and speaker of a direct quote, or null when nothing attributes it. */
export function attributeDirect(input: AttributionInput, span: QuoteSpan): Attribution | null {
  // After the closing mark: `"…," kata Rutte`, `"…," katanya`, `"…," Rutte menambahkan`.
  const endTokens = input.tokens[span.endParagraph];
  if (endTokens && span.closed) {
    let k = firstTokenFrom(endTokens, span.end);
    while (k < endTokens.length && (endTokens[k].text === ',' || endTokens[k].text === '—' || endTokens[k].text === '-')) k++;
    const near = endTokens[k] !== undefined && endTokens[k].start - span.end <= 4;
    // `"…," demikian kata Budi` / `demikian disampaikan Budi`: `demikian` only points back at the quote.
    if (near && endTokens[k].lower === 'demikian' && endTokens[k + 1]?.word) k++;
    const w = endTokens[k];
    if (w && near && w.word) {
      // `"…," ditambahkan Tony.`: a passive speech verb, the speaker after it.
      if (PASSIVE_CUES.has(w.lower) && endTokens[k + 1]?.word && !PRONOUNS.has(endTokens[k + 1].lower)) {
        const sp = speakerFrom(input, span.endParagraph, k + 1, span.start);
        if (sp) return { cue: w.text, speaker: sp };
      }
      if (isPostCue(w.lower) || isQuoteOnlyCue(w.lower)) {
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
        if (v < endTokens.length && PRE_CUES.has(endTokens[v].lower)) return { cue: endTokens[v].text, speaker: sp };
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
    if (l === 'menurut' || (POST_CUES.has(l) && l !== 'aku' && l !== 'ingat' && !inCueCompound(tokens, c))) {
      return { cue: tokens[c].text, speaker: speakerFrom(input, para, c + 1, before) };
    }
  }
  return null;
}

/** `saran`, `ceritanya`: a cue right after a closing quote only (QUOTE_ONLY_CUES). */
function isQuoteOnlyCue(lower: string): boolean {
  return QUOTE_ONLY_CUES.has(lower) || (lower.endsWith('nya') && QUOTE_ONLY_CUES.has(lower.slice(0, -3)));
}
