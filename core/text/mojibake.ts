// Repair of the commonest encoding accident on a wire desk: UTF-8 bytes that were read as
// Windows-1252 somewhere upstream (`â€œ` for `“`, `Ã©` for `é`). Only runs of characters that
// spell a valid UTF-8 multi-byte sequence when mapped back to their 1252 bytes are replaced, so
// correct text around them is left alone and a lone `Ã` in a real word is never touched.

/** Windows-1252 characters in 0x80–0x9F, by byte; bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D map to C1 controls. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const BYTE_OF = new Map<number, number>();
for (let b = 0; b < 0x100; b++) BYTE_OF.set(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b, b);
// Some tools map the undefined 1252 bytes to the Latin-1 control of the same value; accept both.
for (let b = 0x80; b < 0xa0; b++) if (!BYTE_OF.has(b)) BYTE_OF.set(b, b);

/** The Windows-1252 byte a character was decoded from, or -1. */
function byteOf(ch: number): number {
  const b = BYTE_OF.get(ch);
  return b === undefined ? -1 : b;
}

/** Length of the UTF-8 sequence a lead byte opens (2–4), or 0 for a byte that cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Decodes one UTF-8 sequence from bytes, or returns -1 when it is not valid (overlong, surrogate…). */
function decodeSequence(bytes: number[]): number {
  const n = bytes.length;
  for (let i = 1; i < n; i++) if (bytes[i] < 0x80 || bytes[i] > 0xbf) return -1;
  let cp: number;
  if (n === 2) cp = ((bytes[0] & 0x1f) << 6) | (bytes[1] & 0x3f);
  else if (n === 3) cp = ((bytes[0] & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
  else cp = ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3f) << 12) | ((bytes[2] & 0x3f) << 6) | (bytes[3] & 0x3f);
  const min = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  return cp;
}

/** Quick test: does the text carry at least one sequence that is clearly UTF-8 read as 1252? */
export function hasMojibake(text: string): boolean {
  return repairOnce(text).count > 0;
}

function repairOnce(text: string): { text: string; count: number } {
  let out = '';
  let count = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const lead = byteOf(text.charCodeAt(i));
    const n = lead < 0 ? 0 : sequenceLength(lead);
    if (n === 0 || i + n > text.length) continue;
    const bytes = [lead];
    for (let k = 1; k < n; k++) bytes.push(byteOf(text.charCodeAt(i + k)));
    if (bytes.includes(-1)) continue;
    const cp = decodeSequence(bytes);
    if (cp < 0) continue;
    out += text.slice(last, i) + String.fromCodePoint(cp);
    last = i + n;
    i += n - 1;
    count++;
  }
  return count === 0 ? { text, count } : { text: out + text.slice(last), count };
}

/**
 * Repairs UTF-8-read-as-1252 mojibake. Text is mojibake twice over when it went through two such
 * accidents, so the repair repeats (at most three rounds) while it still finds sequences.
 */
export function repairMojibake(text: string): string {
  let current = repairLossy(text);
  for (let round = 0; round < 3; round++) {
    const r = repairOnce(current);
    if (r.count === 0) break;
    current = r.text;
  }
  return current;
}

// `”` is E2 80 9D; 0x9D has no Windows-1252 character, so a lossy step on the way often turned it
// into U+FFFD (`â€�`, the form editors actually see) or dropped it (`â€` before a space). `â€`
// is never real Indonesian or English text, and of the bytes that can be lost there, 0x9D (the
// closing quote) is the one news copy carries.
const LOSSY_CLOSE = /\u00e2\u20ac\ufffd/g;
// Not `\s`: a no-break space there is the 1252 reading of byte A0 (`†` is E2 80 A0), not a gap.
const DROPPED_CLOSE = /\u00e2\u20ac(?=[ \t\r\n.,;:!?)]|$)/g;

function repairLossy(text: string): string {
  if (!text.includes('\u00e2\u20ac')) return text;
  let out = text.replace(LOSSY_CLOSE, '\u201d');
  // Only where the text shows the accident elsewhere: a bare `â€` is taken as a lost `”` then.
  if (out.includes('\u00e2\u20ac') && (out !== text || repairOnce(out).count > 0)) out = out.replace(DROPPED_CLOSE, '\u201d');
  return out;
}
