// The Indonesian speller: the Hunspell word list packaged for cspell (@cspell/dict-id-id, MIT),
// read with cspell-trie-lib. Clitics are stripped, a Sastrawi stem is the fallback, and URLs,
// e-mail, numbers and foreign-looking words pass. Core's spelling rule receives it as env.speller.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';
import { Stemmer } from 'sastrawijs';
import type { Speller } from '../../core/checks/types.ts';
import { looksForeign } from '../../core/checks/lexicon.ts';

// Standard KBBI words the Hunspell list lacks, met in published Indonesian copy (the desk adds more
// through its profile's dictionary).
const SUPPLEMENT = `mikroplastik sistemik mangrove reaktivasi vulkanik terbebani resiliensi simbolik empatik kewirausahaan wirausaha
juncto nakes saintek skutik rinci rincian merinci perincian dirinci terkendala kendala asupan ketidakpastian pasca tersendat mengedukasi edukasi
teredukasi skrining kripto elektoral epidemiolog pramusim sabu bansos pinjol ojol dkk kwh hei daring luring warganet swafoto gawai
unggahan mengunggah diunggah pengguna warganet narkoba klaster vaksinasi divaksin tervalidasi validasi memvalidasi siber daring
mengakses diakses pemutakhiran dimutakhirkan terverifikasi verifikasi memverifikasi diverifikasi keamanan pascapanen pascabencana
sosialisasi disosialisasikan tersosialisasi menyosialisasikan digitalisasi hilirisasi dekarbonisasi elektrifikasi swasembada
infrastruktur ekosistem berkelanjutan keberlanjutan`.split(/\s+/);

const CLITICS = ['nyalah', 'nyakah', 'nyapun', 'lah', 'kah', 'pun', 'nya', 'ku', 'mu'];
// meN- before a base that keeps its k/p/s/t: the unmelted form a stem must not excuse.
const UNMELTED = /^(?:mem(p)|men(t)|meng(k)|men(s))[aeiou]/;

/** Where the package keeps its word list (`dict/id-id.trie`, or `.trie.gz` in other versions). */
export async function findDictionaryFile(): Promise<string> {
  const require = createRequire(import.meta.url);
  const ext = require.resolve('@cspell/dict-id-id/cspell-ext.json');
  const dir = path.dirname(ext);
  const json = (await readFile(ext, 'utf8')).replace(/^\s*\/\/.*$/gm, '');
  const defs = (JSON.parse(json) as { dictionaryDefinitions?: { path: string }[] }).dictionaryDefinitions ?? [];
  const file = defs.map((d) => path.resolve(dir, d.path)).find((p) => /\.trie(\.gz)?$/.test(p));
  if (!file) throw new Error('@cspell/dict-id-id: no .trie dictionary listed in cspell-ext.json');
  return file;
}

/** `meN-` forms of a base (`gelar` → `menggelar`; `pakai` → `memakai`; `produksi` → `memproduksi`). */
export function activeForms(base: string): string[] {
  // One-syllable bases take `menge-` (`cek` → `mengecek`, `tes` → `mengetes`).
  const mono = (base.match(/[aeiou]+/g) ?? []).length === 1 ? ['menge' + base] : [];
  return [...mono, ...nasal(base)];
}


function nasal(base: string): string[] {
  const c = base[0];
  const vowelNext = /^[aeiou]/.test(base.slice(1));
  if (/[aeiou]/.test(c)) return ['meng' + base];
  if (/[lmnrwy]/.test(c)) return ['me' + base];
  if (/[bfv]/.test(c)) return ['mem' + base];
  if (c === 'p') return vowelNext ? ['mem' + base.slice(1), 'mem' + base] : ['mem' + base];
  if (/[dcjz]/.test(c)) return ['men' + base];
  if (c === 't') return vowelNext ? ['men' + base.slice(1), 'men' + base] : ['men' + base];
  if (c === 's') return vowelNext ? ['meny' + base.slice(1), 'men' + base] : ['men' + base];
  if (c === 'k') return vowelNext ? ['meng' + base.slice(1), 'meng' + base] : ['meng' + base];
  if (/[gh]/.test(c)) return ['meng' + base];
  return [];
}

export interface LoadedSpeller extends Speller {
  /** Words the trie itself holds (before clitics and stems). */
  hasWord(word: string): boolean;
}

export async function loadSpeller(extraWords: string[] = []): Promise<LoadedSpeller> {
  const file = await findDictionaryFile();
  const bytes = await readFile(file);
  const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const trie = decodeTrie(text);
  const extra = new Set([...SUPPLEMENT, ...extraWords].map((w) => w.toLowerCase()));
  const stemmer = new Stemmer();
  const cache = new Map<string, boolean>();
  const has = (w: string) => extra.has(w) || trie.has(w);

  const lookup = (word: string): boolean => {
    if (!word) return true;
    if (/\d|@|:\/\/|^www\.|\.(com|id|org|net|go\.id)$/i.test(word)) return true;
    const w = word.toLowerCase().replace(/[’]/g, "'");
    if (has(w)) return true;
    // A capital in the middle of a sentence is a name: the rule decides about those, not the list.
    if (looksForeign(w)) return true;
    if (w.includes('-')) {
      const parts = w.split('-').filter(Boolean);
      // Affixed reduplication (`menutup-nutupi`, `tembak-menembak`): one half a word, the other
      // its base with the nasal or a suffix.
      if (parts.length === 2) {
        const [a, b] = parts;
        const core = b.replace(/(kan|an|i)$/, '');
        if ((core.length >= 4 && a.endsWith(core) && lookup(a)) || (a.length >= 4 && b.endsWith(a.slice(1)) && lookup(b))) return true;
      }
      return parts.every((part) => lookup(part));
    }
    for (const c of CLITICS) if (w.length > c.length + 2 && w.endsWith(c) && has(w.slice(0, -c.length))) return true;
    // Bound forms written onto a word (KBBI: `antarwarga`, `nonreaktif`, `pascabencana`), and `ketidak-…-an`.
    const bound = /^(antar|non|pasca|pra|multi|semi|swa|ultra|super|anti|pro|kontra|bio|eko|mikro|makro|neo|inter|trans|sub|supra|tuna|purna|maha|adi|dwi|tri|catur|panca|eka)(.{3,})$/.exec(w);
    if (bound && has(bound[2])) return true;
    const ketidak = /^ketidak(.{3,})an$/.exec(w);
    if (ketidak && has(ketidak[1])) return true;
    // `dirumah`, `kesana`: a preposition written onto a word the list knows alone is misspelt,
    // whatever a stemmer makes of it.
    // But `digelar` is the passive of `menggelar`: when the active form is a word, it is a verb.
    const prep = /^(di|ke)(.{3,})$/.exec(w);
    if (prep && has(prep[2].replace(/nya$/, ''))) {
      // `kesiapan` is the ke-…-an confix, not `ke` + a place.
      if (prep[1] === 'ke') { if (!w.endsWith('an')) return false; }
      // `digelarnya`: the passive with a clitic; the active form is looked up without it.
      else if (!activeForms(prep[2].replace(/nya$/, '')).some(has)) return false;
      else return true;
    }
    const stem = stemmer.stem(w);
    if (stem && stem !== w && has(stem)) {
      const m = UNMELTED.exec(w);
      if (m && stem.startsWith(m[1] ?? m[2] ?? m[3] ?? m[4])) return false;
      return true;
    }
    return false;
  };

  return {
    isKnown(word: string): boolean {
      let r = cache.get(word);
      if (r === undefined) {
        r = lookup(word);
        if (cache.size > 50000) cache.clear();
        cache.set(word, r);
      }
      return r;
    },
    hasWord: (word: string) => has(word.toLowerCase()),
  };
}
