// Splits wire copy into paragraphs without losing a byte: every paragraph is a trimmed slice of the
// text, and the separators between them (blank lines, CRLF, stray spaces) are kept as `gaps`, so
// gaps[0] + p[0] + gaps[1] + … + p[n-1] + gaps[n] === text.
import { isSpace } from './chars.ts';

export interface SplitText {
  paragraphs: string[];
  /** paragraphs.length + 1 separators (the first and last may be empty). */
  gaps: string[];
}

const BLANK_LINE = /(?:\r\n|\n|\r(?!\n))[^\S\r\n]*(?:\r\n|\n|\r(?!\n))/;
// Built once: matchAll works on a copy, so this one's lastIndex never moves.
const BLANK_LINES = new RegExp(BLANK_LINE.source, 'g');
const LINE_BREAK = /\r\n|\n|\r/g;
// A line that always stands alone even inside a block: footers, Baca juga, agency markers.
const OWN_LINE =
  /^[^\S\r\n]*(?:pewarta|editor|penerjemah|penulis|reporter|penyunting|sumber|source|copyright|©|baca juga|related news|simak juga|advertisement|scroll to continue)\b/i;
// A line of markup left by a scraper (`\`, `**`, `---`) is a paragraph of its own, never glued to prose.
const MARKUP_LINE = /^[^\S\r\n]*(?:\\|\*\*|-{3}|#{1,3})[^\S\r\n]*$/;
// Hard-wrapped copy (press releases, old wire) keeps lines under about this many characters.
const WRAP_WIDTH = 100;

/** Piece boundaries [start, end) before trimming. */
function rawPieces(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!BLANK_LINE.test(text)) {
    // No blank lines: one paragraph per line (detik and pasted copy).
    let last = 0;
    for (const m of text.matchAll(LINE_BREAK)) {
      out.push([last, m.index]);
      last = m.index + m[0].length;
    }
    out.push([last, text.length]);
    return out;
  }
  let last = 0;
  const hasCr = text.includes('\r');
  for (const m of text.matchAll(BLANK_LINES)) {
    splitBlock(text, last, m.index, out, hasCr);
    last = m.index + m[0].length;
  }
  splitBlock(text, last, text.length, out, hasCr);
  return out;
}

/** A block between blank lines is one paragraph, unless its lines are paragraphs of their own. */
function splitBlock(text: string, start: number, end: number, out: Array<[number, number]>, hasCr: boolean): void {
  // Most blocks are one line: found by two searches, without cutting the block out or a matchAll
  // (which makes a new regex and an iterator on every call).
  // (A search for `\r` in a text without one would run to its end for every block.)
  const lf = text.indexOf('\n', start);
  const cr = hasCr ? text.indexOf('\r', start) : -1;
  if ((lf < 0 || lf >= end) && (cr < 0 || cr >= end)) {
    out.push([start, end]);
    return;
  }
  const block = text.slice(start, end);
  const breaks = [...block.matchAll(LINE_BREAK)];
  if (breaks.length === 0) {
    out.push([start, end]);
    return;
  }
  const lines: Array<[number, number]> = [];
  let last = 0;
  for (const m of breaks) {
    lines.push([last, m.index]);
    last = m.index + m[0].length;
  }
  lines.push([last, block.length]);
  // Split when any line but the last is too long to be hard-wrapped, or when a footer line sits
  // inside the block (`Pewarta: …\nEditor: …`).
  let split = false;
  for (let i = 0; i < lines.length && !split; i++) {
    const [a, b] = lines[i];
    if (i < lines.length - 1 && b - a > WRAP_WIDTH) split = true;
    else if (i > 0 && OWN_LINE.test(block.slice(a, Math.min(b, a + 40)))) split = true;
    else if (b - a <= 3 && MARKUP_LINE.test(block.slice(a, b))) split = true;
  }
  if (!split) {
    out.push([start, end]);
    return;
  }
  for (const [a, b] of lines) out.push([start + a, start + b]);
}

export function splitParagraphs(text: string): SplitText {
  const paragraphs: string[] = [];
  const gaps: string[] = [];
  let prevEnd = 0;
  for (const [a0, b0] of rawPieces(text)) {
    let a = a0;
    let b = b0;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    gaps.push(text.slice(prevEnd, a));
    paragraphs.push(text.slice(a, b));
    prevEnd = b;
  }
  gaps.push(text.slice(prevEnd));
  return { paragraphs, gaps };
}

/** Rebuilds the text from its pieces and gaps; with mismatched gaps, joins with blank lines. */
export function joinParagraphs(pieces: readonly string[], gaps: readonly string[] | null | undefined): string {
  if (!gaps || gaps.length !== pieces.length + 1) return pieces.join('\n\n');
  let out = gaps[0];
  for (let i = 0; i < pieces.length; i++) out += pieces[i] + gaps[i + 1];
  return out;
}
