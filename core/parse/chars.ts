// Character classes by code unit, for scanners that walk a string without regexes or substrings.

/** `\s` as JavaScript's regexes and trim() see it. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000
  );
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** `[\p{L}\p{N}]` for each BMP code unit, filled in as met: 0 not yet known, 1 yes, 2 no. */
const bmpWord = new Uint8Array(0x10000);

function bmpIsWord(code: number): boolean {
  let k = bmpWord[code];
  if (k === 0) {
    // A lone surrogate is no letter; a pair is read as one code point by wordCharLength.
    k = code < 0xd800 || code > 0xdfff ? (WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2) : 2;
    bmpWord[code] = k;
  }
  return k === 1;
}

/**
 * Code units taken by the letter or digit (`[\p{L}\p{N}]`, as a `u` regex reads it) at `i`, the
 * text read as ending at `end`: 1, 2 for one outside the BMP, 0 when there is none.
 */
export function wordCharLength(text: string, i: number, end = text.length): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return bmpIsWord(c) ? 1 : 0;
}

/** Code units of the code point at `i` (2 for a surrogate pair, else 1). */
export function codePointLength(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}
