// Other names a person goes by in a story: a nickname given with the full name (`Tri Rismaharini
// (Risma)`, `yang biasa disapa Tjok Ace`), initials in brackets (`Jusuf Kalla (JK)`), the start of a
// name word (`Risma`) and a blend of first and last names (`Jokowi`). They become the person's words,
// so a later `kata Risma` links to the first full mention.
import type { People, Person } from './people.ts';
import { isAcronym, isCapitalized, isStop, type Token } from './tokens.ts';

/**
 * `Tri Rismaharini (Risma)`, `…, yang biasa disapa Tjok Ace,`, `akrab disapa Mili`: the short name
 * the story goes on to use becomes one of the person's words, so `kata Tjok Ace` links to them.
 */
export function addAlias(person: Person, tokens: readonly Token[], k: number): void {
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') {
    const w = tokens[k + 1];
    if (w.word && isCapitalized(w) && !isAcronym(w) && w.text.length >= 3) pushAlias(person, [w.lower]);
    // `Jusuf Kalla (JK)`: the initials of the name's words, as the story writes the person later.
    else if (w.word && isAcronym(w) && w.text.length >= 2 && isInitialsOf(w.text, person.name)) pushAlias(person, [w.lower]);
    return;
  }
  // `yang biasa disapa X` within the apposition that follows the name, in the same sentence.
  for (let d = k; d < tokens.length && d - k < 30 && !isStop(tokens[d]); d++) {
    const l = tokens[d].lower;
    // `Basuki dan Ali, yang akrab disapa Ale`: the nickname belongs to the one named last.
    if (l === 'dan' || l === 'serta' || l === 'dengan' || l === 'bersama' || l === 'kepada') return;
    if (l !== 'disapa' && l !== 'dipanggil' && l !== 'dijuluki') continue;
    const words: string[] = [];
    for (let e = d + 1; e < tokens.length && e - d <= 3 && tokens[e].word && isCapitalized(tokens[e]); e++) words.push(tokens[e].lower);
    if (words.length > 0) pushAlias(person, words);
    return;
  }
}

/** The person whose initials (given in brackets with the name) are this acronym. */
export function acronymPerson(people: People, lower: string): Person | null {
  for (const p of people.persons) if (p.tokens.includes(lower) && !p.name.toLowerCase().split(' ').includes(lower)) return p;
  return null;
}

/** `JK` for `Jusuf Kalla`, `SBY` for `Susilo Bambang Yudhoyono`: one capital for each word of the name. */
function isInitialsOf(acronym: string, name: string): boolean {
  const words = name.split(' ').filter((w) => w.length > 0);
  if (words.length !== acronym.length) return false;
  for (let k = 0; k < words.length; k++) if (words[k][0].toUpperCase() !== acronym[k]) return false;
  return true;
}

function pushAlias(person: Person, words: readonly string[]): void {
  for (const w of words) if (!person.tokens.includes(w)) person.tokens.push(w);
}

/**
 * `Risma` after `Tri Rismaharini`: a lone word of four letters or more that starts a word of one
 * person's name (and of nobody else's).
 */
export function startOfName(people: People, word: string): Person | null {
  if (word.length < 4) return null;
  let found: Person | null = null;
  for (const p of people.persons) {
    if (p.tokens.some((t) => t.length > word.length && t.startsWith(word)) || isBlend(word, p.tokens)) {
      if (found && found !== p) return null;
      found = p;
    }
  }
  return found;
}

/**
 * `Jokowi` (Joko Widodo), `Zulhas` (Zulkifli Hasan): the start of the first name, at least three letters,
 * joined to the start of the last, at least two.
 */
function isBlend(word: string, tokens: readonly string[]): boolean {
  if (tokens.length < 2 || word.length < 5) return false;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  for (let a = 3; a <= first.length && word.length - a >= 2; a++) {
    if (word.charCodeAt(a - 1) !== first.charCodeAt(a - 1)) return false;
    if (last.startsWith(word.slice(a))) return true;
  }
  return false;
}
