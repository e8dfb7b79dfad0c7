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
