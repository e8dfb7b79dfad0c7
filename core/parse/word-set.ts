// Small sets of words asked about a story's tokens. A token's string is new with every story, and
// hashing a string the first time costs more than the rest of a lookup: these sets find a word by
// its first letter and length (a number) and then compare it with the few words of that bucket.

export interface WordSet {
  has(word: string): boolean;
}

function bucketKey(word: string): number {
  return word.charCodeAt(0) * 64 + Math.min(word.length, 63);
}

export function wordSet(words: Iterable<string>): WordSet {
  const buckets = new Map<number, string[]>();
  let empty = false;
  for (const w of words) {
    if (w.length === 0) { empty = true; continue; }
    const key = bucketKey(w);
    const bucket = buckets.get(key);
    if (!bucket) buckets.set(key, [w]);
    else if (!bucket.includes(w)) bucket.push(w);
  }
  return {
    has(word: string): boolean {
      if (word.length === 0) return empty;
      const bucket = buckets.get(bucketKey(word));
      return bucket !== undefined && bucket.includes(word);
    },
  };
}

/**
 * A key for a word from its length and three of its letters, instead of a hash of the whole string:
 * the map under a WordMap is keyed by this number and compares the words that share it.
 */
function quickKey(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return (Math.imul(w.charCodeAt(0), 31) ^ Math.imul(w.charCodeAt(n >> 1), 961) ^
    Math.imul(w.charCodeAt(n - 1), 29791) ^ n) & 0x3fffffff;
}

/** A map from words to values with lookups that never hash the word (see WordSet). */
export class WordMap<V> {
  private buckets = new Map<number, Array<string | V>>();
  size = 0;

  get(word: string): V | undefined {
    const bucket = this.buckets.get(quickKey(word));
    if (bucket === undefined) return undefined;
    for (let k = 0; k < bucket.length; k += 2) if (bucket[k] === word) return bucket[k + 1] as V;
    return undefined;
  }

  set(word: string, value: V): void {
    const key = quickKey(word);
    const bucket = this.buckets.get(key);
    if (bucket === undefined) {
      this.buckets.set(key, [word, value]);
      this.size++;
      return;
    }
    for (let k = 0; k < bucket.length; k += 2) {
      if (bucket[k] === word) { bucket[k + 1] = value; return; }
    }
    bucket.push(word, value);
    this.size++;
  }

  clear(): void {
    this.buckets.clear();
    this.size = 0;
  }
}
