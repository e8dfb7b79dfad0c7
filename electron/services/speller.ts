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

export interface LoadedSpeller extends Speller {
  /** Words the trie itself holds (before clitics and stems). */
  hasWord(word: string): boolean;
}

export async function loadSpeller(extraWords: string[] = []): Promise<LoadedSpeller> {
  const file = await findDictionaryFile();
  const bytes = await readFile(file);
  const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const trie = decodeTrie(text);
  const extra = new Set(extraWords.map((w) => w.toLowerCase()));
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
    if (w.includes('-')) return w.split('-').filter(Boolean).every((part) => lookup(part));
    for (const c of CLITICS) if (w.length > c.length + 2 && w.endsWith(c) && has(w.slice(0, -c.length))) return true;
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
