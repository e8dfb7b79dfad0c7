// A map from words to small whole numbers, laid out for memory. A Map keyed by many strings is
// slow to ask: a lookup follows pointers to a bucket, an entry and the key string, each somewhere
// else in memory. Here an entry is one 32-byte cell (the word's hash, its length, the value and up
// to 12 code units of the word), so a lookup reads one cell. Longer words go to a Map.

const STRIDE = 8; // Int32 slots a cell takes: hash, length | value << 4, 6 × two code units
const INLINE = 12; // code units a cell holds
const MIN_CELLS = 1 << 10;

function hashOf(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  // 0 marks an empty cell.
  return h === 0 ? 1 : h;
}

/**
 * One bit per 16-bit hash value (FNV-1a, as the parser's tokens carry it) of each of `words`: a
 * token whose hash has no bit is none of them, found without hashing or comparing its string.
 */
export function hashFilter(words: Iterable<string>): Int32Array {
  const bits = new Int32Array(1 << 11);
  for (const w of words) {
    const h = hashOf(w);
    bits[(h >>> 5) & 0x7ff] |= 1 << (h & 31);
  }
  return bits;
}

/** Whether a word of FNV-1a hash `hash` (not 0) may be one of the words of `filter`. */
export function mayHoldHash(filter: Int32Array, hash: number): boolean {
  return (filter[(hash >>> 5) & 0x7ff] & (1 << (hash & 31))) !== 0;
}

/** Whether the cell at `base` holds the code units of `word` (its length already matched). */
function sameUnits(cells: Int32Array, base: number, word: string): boolean {
  const len = word.length;
  for (let k = 0; k < len; k += 2) {
    const pair = word.charCodeAt(k) | ((k + 1 < len ? word.charCodeAt(k + 1) : 0) << 16);
    if (cells[base + 2 + (k >> 1)] !== pair) return false;
  }
  return true;
}

export class WordTable {
  private cells = new Int32Array(MIN_CELLS * STRIDE);
  private mask = MIN_CELLS - 1;
  private inline = 0;
  private long = new Map<string, number>();

  get size(): number {
    return this.inline + this.long.size;
  }

  /** The value kept for `word`, or -1. `hash`: the word's FNV-1a hash when known, else 0. */
  get(word: string, hash = 0): number {
    if (word.length > INLINE) return this.long.get(word) ?? -1;
    const cells = this.cells;
    const h = hash !== 0 ? hash : hashOf(word);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const base = i * STRIDE;
      const ch = cells[base];
      if (ch === 0) return -1;
      if (ch === h && (cells[base + 1] & 15) === word.length && sameUnits(cells, base, word)) return cells[base + 1] >>> 4;
    }
  }

  /** Keeps `value` (0 to 2^27 - 1) for `word`, which the table does not hold yet. */
  set(word: string, value: number): void {
    if (word.length > INLINE) {
      this.long.set(word, value);
      return;
    }
    // At most half the cells in use, so a probe ends soon at an empty one.
    if ((this.inline + 1) * 2 > this.mask + 1) this.grow();
    const h = hashOf(word);
    let i = h & this.mask;
    while (this.cells[i * STRIDE] !== 0) i = (i + 1) & this.mask;
    const base = i * STRIDE;
    this.cells[base] = h;
    this.cells[base + 1] = word.length | (value << 4);
    for (let k = 0; k < word.length; k += 2) {
      this.cells[base + 2 + (k >> 1)] = word.charCodeAt(k) | ((k + 1 < word.length ? word.charCodeAt(k + 1) : 0) << 16);
    }
    this.inline++;
  }

  clear(): void {
    this.cells = new Int32Array(MIN_CELLS * STRIDE);
    this.mask = MIN_CELLS - 1;
    this.inline = 0;
    this.long.clear();
  }

  private grow(): void {
    const old = this.cells;
    const n = (this.mask + 1) * 2;
    const cells = new Int32Array(n * STRIDE);
    const mask = n - 1;
    for (let base = 0; base < old.length; base += STRIDE) {
      const h = old[base];
      if (h === 0) continue;
      let i = h & mask;
      while (cells[i * STRIDE] !== 0) i = (i + 1) & mask;
      cells.set(old.subarray(base, base + STRIDE), i * STRIDE);
    }
    this.cells = cells;
    this.mask = mask;
  }
}

/**
 * A map from words to values or null, on a `WordTable` (for caches of per-word answers). Null, the
 * usual answer, is kept in the cell itself (0); other values in a list (1 + their place), which a
 * lookup then reads too.
 */
export class WordMap<T> {
  private table = new WordTable();
  private values: T[] = [];

  get size(): number {
    return this.table.size;
  }

  /** `hash`: as WordTable.get. */
  get(word: string, hash = 0): T | null | undefined {
    const i = this.table.get(word, hash);
    return i < 0 ? undefined : i === 0 ? null : this.values[i - 1];
  }

  /** Keeps `value` for `word`, which the map does not hold yet. */
  set(word: string, value: T | null): void {
    this.table.set(word, value === null ? 0 : this.values.push(value));
  }

  clear(): void {
    this.table.clear();
    this.values = [];
  }
}
