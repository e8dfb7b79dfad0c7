// Answers kept across runs, keyed by what they depend on (a profile, a speller, a word list):
// weakly, so a profile or speller that goes away takes its answers with it.

/** The value for `key`, made by `make` the first time it is asked for. */
export function getOrMake<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

const NO_SPELLER = {};

/** Per speller, with one shared entry for runs without a speller. */
export function perSpeller<V>(map: WeakMap<object, V>, speller: object | undefined, make: () => V): V {
  return getOrMake(map, speller ?? NO_SPELLER, make);
}
