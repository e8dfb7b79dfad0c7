// Character-level normalizers that report where each old offset lands, so quote offsets and the
// dateline length follow the text they point into.

export interface Mapped {
  text: string;
  /** map[i] = offset in the new text of old offset i (length old.length + 1). */
  map: number[];
}

export function identity(text: string): Mapped {
  return { text, map: Array.from({ length: text.length + 1 }, (_, i) => i) };
}

/** Compose two mappings: first `a` (old → mid), then `b` (mid → new). */
export function compose(a: Mapped, b: Mapped): Mapped {
  return { text: b.text, map: a.map.map((m) => b.map[m]) };
}

const DROP = /[\u200B\u2060\uFEFF\u00AD]/; // zero-width space, word joiner, BOM, soft hyphen (ZWJ/ZWNJ stay: emoji, scripts)
const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

/** Whitespace runs (line breaks, tabs, no-break spaces) become one space; the ends are trimmed. */
export function normalizeWhitespace(text: string): Mapped {
  let out = '';
  const map: number[] = new Array(text.length + 1);
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (DROP.test(ch)) {
      map[i] = out.length + (pendingSpace && out.length > 0 ? 1 : 0);
      continue;
    }
    if (SPACE.test(ch)) {
      map[i] = out.length;
      if (out.length > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    map[i] = out.length;
    out += ch;
  }
  map[text.length] = out.length;
  for (let i = 0; i < text.length; i++) if (map[i] > out.length) map[i] = out.length;
  return { text: out, map };
}

const DOUBLE = /["“”„‟]/;
const SINGLE = /['‘’‚‛]/;
const OPENER_BEFORE = /[\s([{\u2014\u2013\-/“‘«]/;
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Quote marks in one style. Straight: curly marks become `"` and `'`. Curly: every double and single
 * mark is re-decided by its left context (opening after a space, bracket, dash or an opening mark;
 * closing otherwise), and a single mark between letters is an apostrophe. Same length in and out.
 */
export function normalizeQuotes(text: string, style: 'straight' | 'curly'): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const isD = DOUBLE.test(ch);
    const isS = !isD && SINGLE.test(ch);
    if (!isD && !isS) {
      out += ch;
      continue;
    }
    if (style === 'straight') {
      out += isD ? '"' : "'";
      continue;
    }
    const prev = i === 0 ? '' : out[i - 1];
    const next = text[i + 1] ?? '';
    const opening = prev === '' || OPENER_BEFORE.test(prev);
    if (isD) out += opening ? '“' : '”';
    else if (WORDISH.test(prev) && WORDISH.test(next)) out += '’';
    else out += opening && next !== '' && !/\s/.test(next) ? '‘' : '’';
  }
  return out;
}
