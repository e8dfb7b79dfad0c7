// Words a story uses as the names of places: `Kabupaten Wolio`, `di Tanjung Rusa`. Wire copy
// puts the place an office belongs to right before the holder's name (`Bupati Wolio Rusdin Lamba`),
// where the name run cannot tell the place from a first name; elsewhere the same story writes the
// place where nothing else can stand (`KPU Wolio`, `di Wolio`), and that settles it.
import { isCapitalized, isPreCueWord, isStop, isTitleWord, type Token } from './tokens.ts';

/** Heads of a place's name: the word after them is that place. */
const PLACE_HEADS = new Set([
  'provinsi', 'kabupaten', 'kota', 'kecamatan', 'kelurahan', 'desa', 'kampung', 'dusun', 'distrik',
  'sungai', 'pulau', 'gunung', 'danau', 'teluk', 'selat', 'pantai', 'bukit', 'tanjung', 'kepulauan',
]);

/** `di Wolio`, `di Tanjung Rusa`, in lower case. Not `ke`: `ditanyakan ke Wulan` names a person. */
const PLACE_PREPOSITIONS = new Set(['di']);

/** At most this many capitalised words after `di`/`ke` are taken as one place's name. */
const MAX_PLACE_WORDS = 3;

/** The lower-case words the story writes as (parts of) the names of places. */
export function placeWords(paragraphs: ReadonlyArray<readonly Token[] | null>): Set<string> {
  const out = new Set<string>();
  for (const tokens of paragraphs) {
    if (!tokens) continue;
    // Only a capitalised word can begin a place's name: the word before it is looked at then.
    for (let k = 1; k < tokens.length; k++) {
      if (!isCapitalized(tokens[k])) continue;
      const prev = tokens[k - 1];
      if (prev.text === prev.lower && PLACE_PREPOSITIONS.has(prev.lower)) {
        // Not inside an office (`Kepala Kantor Perwakilan di Sulut Dodi Lapian`),
        // where a holder's name may follow the place.
        if (k >= 2 && startsChain(tokens[k - 2]) && !opensSentence(tokens, k - 2)) continue;
        // `di Tanjung Rusa, …`: the whole run, when it ends there, and not before a speech verb.
        let j = k;
        while (j < tokens.length && j - k < MAX_PLACE_WORDS && tokens[j].word && isCapitalized(tokens[j]) && !isTitleWord(tokens[j])) j++;
        const after = tokens[j];
        if (j === k || (after?.word && (isCapitalized(after) || isPreCueWord(after)))) continue;
        for (let x = k; x < j; x++) out.add(tokens[x].lower);
      } else if (PLACE_HEADS.has(prev.lower) && (k < 2 || !startsChain(tokens[k - 2])) && !(tokens[k + 1]?.word && isCapitalized(tokens[k + 1]))) {
        // `di Kabupaten Wolio.`: one word, ending there. Not the office `Wali Kota`/`Kepala Desa`, nor
        // a head inside a longer title (`Bidang Ekonomi dan Kota Diding Sukri`), nor a place
        // name running on into a person (`Kota Wolio Rudi Hartono`).
        out.add(tokens[k].lower);
      }
    }
  }
  return out;
}

/** The word before a place head belongs to a title or a name chain: capitalised, a title, or `dan`. */
function startsChain(t: Token): boolean {
  return isCapitalized(t) || isTitleWord(t) || t.lower === 'dan';
}

/** The word at k opens its sentence (`Pemilih di Wolio …`): capitalised for that, not as a name. */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k === 0 || isStop(tokens[k - 1]);
}

/**
 * How many leading words of the name run tokens[i, i + len) belong to a place the story writes
 * elsewhere (placeWords), not to the person. The place opens the run (`Bupati Wolio Rusdin Lamba`
 * where the story writes `di Wolio`), or ends the name of a body before the person's (`Ketua Forum
 * Hijau Wolio Hasan Basri`): then the words up to it go, when two or more are left for the person
 * (a single word after it may be a surname that is also a place's name).
 */
export function placeWordsOpening(tokens: readonly Token[], i: number, len: number, places: ReadonlySet<string> | undefined): number {
  if (!places || places.size === 0) return 0;
  let p = 0;
  while (p < len && places.has(tokens[i + p].lower)) p++;
  if (p > 0) return p;
  for (let q = len - 3; q >= 1; q--) if (places.has(tokens[i + q].lower)) return q + 1;
  return 0;
}
