// Duplicate detection for the archive: an exact hash of the normalised text, and a MinHash signature
// of word 4-gram shingles with LSH bands so near-identical copies (a re-sent story with a fixed typo,
// the same wire story from another outlet's feed) are found without comparing against every story.
import { createHash } from 'node:crypto';
import { words } from '../../../core/search/text.ts';

export const MINHASH_SIZE = 32;
const BANDS = 8;
const ROWS = MINHASH_SIZE / BANDS;
/** Estimated Jaccard similarity above which two stories are the same story. */
export const NEAR_DUPLICATE = 0.8;

/** sha256 of the folded words of title and body: unaffected by spacing, case and punctuation. */
export function textHash(title: string, body: string): string {
  return createHash('sha256').update(words(`${title}\n${body}`).join(' ')).digest('hex');
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed odd multipliers and offsets: one cheap universal-hash family for the signature.
const MUL = new Uint32Array(MINHASH_SIZE);
const ADD = new Uint32Array(MINHASH_SIZE);
{
  let x = 0x9e3779b9;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x = (Math.imul(x ^ (x >>> 16), 0x45d9f3b) + 0x27d4eb2d) >>> 0;
    MUL[i] = (x | 1) >>> 0;
    x = (Math.imul(x ^ (x >>> 13), 0x119de1f3) + 0x165667b1) >>> 0;
    ADD[i] = x;
  }
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MinHash signature of a text (word 4-gram shingles). */
export function minhash(text: string): Uint32Array {
  const ws = words(text);
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const n = Math.max(1, ws.length - 3);
  for (let i = 0; i < n; i++) {
    const sh = fnv1a(ws.slice(i, i + 4).join(' '));
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = mix((Math.imul(sh, MUL[k]) + ADD[k]) >>> 0);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/** LSH band keys: two stories sharing any one are candidate near-duplicates. */
export function bandKeys(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix((h ^ sig[b * ROWS + r]) >>> 0);
    // Signed 32-bit fits SQLite's INTEGER without BigInt.
    out.push(h | 0);
  }
  return out;
}

export function sigToBlob(sig: Uint32Array): Uint8Array {
  return new Uint8Array(sig.buffer.slice(0));
}

export function blobToSig(blob: Uint8Array): Uint32Array {
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, MINHASH_SIZE);
}

/** Hashed word 4-gram shingles of a text, for exact overlap checks on a few candidates. */
export function shingleSet(text: string): Set<number> {
  const ws = words(text);
  const out = new Set<number>();
  const n = Math.max(1, ws.length - 3);
  for (let i = 0; i < n; i++) out.add(fnv1a(ws.slice(i, i + 4).join(' ')));
  return out;
}

/** Share of the smaller text's shingles found in the other: 1 for a copy, with or without a new headline. */
export function containment(a: Set<number>, b: Set<number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n / small.size;
}
