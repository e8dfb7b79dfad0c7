// The people a story names, in order: each mention of a person (`Sekretaris Jenderal NATO Mark
// Rutte`, later `Rutte`) is linked to the first full mention, which gives the name and the title.
import { isSpace } from './chars.ts';
import { isCommonWord } from './common-words.ts';
import { NOT_NAME, POST_CUES, SHORT_TITLES, WORD_NAMES as WORD_NAME_LIST } from './lexicon.ts';
import { acronymPerson, addAlias, startOfName } from './aliases.ts';
import { clientOf, lawyerRoleEnd } from './lawyers.ts';
import { bodyWordsAfterHead, continuesToName, nameRun, placeThenOffice, titleBefore } from './names.ts';
import { placeWordsOpening } from './places.ts';
import { wordSet } from './word-set.ts';
import {
  endsSentence, inCueCompound, isAcronym, isCapitalized, isNameWord, isNamedBody, isOpenParen, isOrgHead, isPostCueWord, isPreCueWord, isPronounWord, isSpeechVerbAt, isTitleWord,
  type Token, type WordContext,
} from './tokens.ts';

export interface Person {
  name: string;
  title: string | null;
  /** The first full mention as written, title and name: `Sekretaris Jenderal NATO Mark Rutte`. */
  full: string;
  tokens: string[];
  /** Where the first mention is: paragraph and offset. */
  at: [number, number];
  /** First named with an age (`Hasan (55),`): introduced as a source the way an office does. */
  aged?: boolean;
}

export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  person: Person;
  /** Named as a source: after `kata`/`Menurut`, or as the subject of a speech verb. */
  speaking: boolean;
  /**
   * The person's first mention, brought in as the subject of a verb or the agent of a passive one
   * (`Ketua Komisi X Hetifah S menyambut baik …`, `Acara itu dihadiri William W`), outside what
   * someone else is reported to say: a `katanya` after it means this person, not an earlier source.
   */
  introduces?: boolean;
  /** The client named in a lawyer's role (`kuasa hukum Budi`): never the subject of the verb after it. */
  inRole?: boolean;
}

export interface People {
  persons: Person[];
  /** In reading order. */
  mentions: Mention[];
  /** Short names of bodies, given in brackets after the full name (`… Indonesia (Perbarindo)`). */
  bodies?: Set<string>;
  /** Words the story writes as names of places (places.ts): never the first word of a person's name. */
  places?: ReadonlySet<string>;
  /** Names of two words or more the story writes on their own, no office or body before them (bareNames). */
  bare?: ReadonlySet<string>;
  /** Speakers known by a lawyer's role only (`Kuasa hukum Budi menyinggung …`), by the role in lower case. */
  roles?: Map<string, Person>;
}

/** How many paragraphs back a source named earlier still wins over a person merely mentioned. */
const SPEAKER_REACH = 3;

/** The text of tokens a..b-1, without the spaces and commas it ends with. */
function sliceText(text: string, tokens: readonly Token[], a: number, b: number): string {
  if (b <= a) return '';
  const from = tokens[a].start;
  let to = tokens[b - 1].end;
  while (to > from && (text.charCodeAt(to - 1) === 44 || isSpace(text.charCodeAt(to - 1)))) to--;
  return text.slice(from, to);
}

export function newPeople(): People {
  return { persons: [], mentions: [], bodies: new Set() };
}

/** The person a name refers to: the first full mention containing all its words. */
export function findPerson(people: People, words: readonly string[]): Person | null {
  for (const p of people.persons) if (containsAll(p.tokens, words)) return p;
  return null;
}

function containsAll(have: readonly string[], words: readonly string[]): boolean {
  for (const w of words) if (!have.includes(w)) return false;
  return true;
}

/**
 * The holder of an office named alone (`kata Presiden` → `Presiden Joko Widodo`): a person first
 * named before the position with this title, the exact title preferred, the latest first.
 */
export function findByTitle(people: People, title: string, paragraph: number, offset: number): Person | null {
  const written = title.toLowerCase();
  const t = SHORT_TITLES.get(written) ?? written;
  let loose: Person | null = null;
  for (let i = people.persons.length - 1; i >= 0; i--) {
    const p = people.persons[i];
    if (p.at[0] > paragraph || (p.at[0] === paragraph && p.at[1] >= offset)) continue;
    const pt = p.title?.toLowerCase();
    if (!pt) continue;
    if (pt === t) return p;
    if (!loose && (pt.endsWith(' ' + t) || pt.startsWith(t + ' ')) && !/^(?:wakil|wa|mantan|eks)\b/.test(pt)) loose = p;
  }
  return loose;
}

/**
 * The names of two words or more the story writes on their own: a run no capitalised word, office
 * or body stands right before (`Masalah antara Thoriqul Haq dan Sehan Salim Landjar bermula`).
 */
export function bareNames(paragraphs: ReadonlyArray<readonly Token[] | null>, ctx: WordContext): Set<string> {
  const out = new Set<string>();
  for (const tokens of paragraphs) {
    if (!tokens) continue;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!isCapitalized(t) || (k > 0 && (isCapitalized(tokens[k - 1]) || isTitleWord(tokens[k - 1])))) continue;
      const len = nameRun(tokens, k, ctx);
      // A lone word (`saham Intel`, `kata Tan`) is kept too: bodyWordsOpening asks for it.
      if (len === 1 && tokens[k].word) out.add(tokens[k].lower);
      if (len < 2) continue;
      const words = runWords(tokens, k, len);
      if (words.length >= 2) out.add(words.join(' '));
      k += len - 1;
    }
  }
  return out;
}

/**
 * How many leading words of the run tokens[i, i + len) belong to the body or place before the
 * person: the story writes the last three words or more elsewhere as a name on their own, or they
 * name a person already known (`Bupati Boltim Sehan Salim Landjar` where the story also writes
 * `Sehan Salim Landjar`). The longest such tail is the person. Two words are too few: a person
 * is often written later without a given name (`Muhammad Rizieq Shihab`, then `Rizieq Shihab`).
 */
export function bodyWordsOpening(people: People, tokens: readonly Token[], i: number, len: number): number {
  if (len === 3) return companyOpening(people, tokens, i);
  if (len < 4 || findPerson(people, runWords(tokens, i, len))) return 0;
  for (let q = 1; q <= len - 3; q++) {
    if (!tokens[i + q].word || !tokens[i + q - 1].word) continue;
    const tail = runWords(tokens, i + q, len - q);
    if (tail.length < 3) break;
    if (people.bare?.has(tail.join(' ')) || findPerson(people, tail)) return q;
  }
  return 0;
}

/**
 * `CEO Intel Lip-Bu Tan`, `Direktur Utama Wolionet Budi Hartono`: a run of three words right after an
 * office (`CEO baru`) whose first and last words the story both writes alone (`saham Intel`, `kata
 * Tan`). A person is seldom called by the given name and the surname alone in one story: the first
 * word names the body.
 */
function companyOpening(people: People, tokens: readonly Token[], i: number): number {
  const bare = people.bare;
  if (!bare || !tokens[i + 1].word || !tokens[i + 2].word) return 0;
  const before = tokens[i - 1];
  const office = before !== undefined && (isTitleWord(before) || (before.text === before.lower && i > 1 && isTitleWord(tokens[i - 2])));
  if (!office || !bare.has(tokens[i].lower) || !bare.has(tokens[i + 2].lower) || findPerson(people, runWords(tokens, i, 3))) return 0;
  // The body's word alone after another office (`juru bicara Intel`) names the body, no person.
  people.bodies?.add(tokens[i].lower);
  return 1;
}

/** The words of a name, split at spaces and periods (`budi s. putra` → budi, s, putra). */
function nameWords(lower: string): string[] {
  const words: string[] = [];
  let from = -1;
  for (let k = 0; k <= lower.length; k++) {
    const c = k < lower.length ? lower.charCodeAt(k) : 32;
    if (c === 46 || isSpace(c)) {
      if (from >= 0) words.push(lower.slice(from, k));
      from = -1;
    } else if (from < 0) from = k;
  }
  return words;
}

/** Registers a mention of `name` (with its title as written), returning the person it refers to. */
export function addPerson(people: People, name: string, title: string | null, at: [number, number]): Person {
  const words = nameWords(name.toLowerCase());
  const known = findPerson(people, words);
  if (known) {
    if (!known.title && title) known.title = title;
    return known;
  }
  const person: Person = { name, title, full: title ? `${title} ${name}` : name, tokens: words, at };
  people.persons.push(person);
  return person;
}

/**
 * Scans one paragraph's tokens for people, outside the given ranges (direct quotes), and records
 * each mention in reading order.
 */
export function scanParagraph(
  people: People, paragraph: number, text: string, tokens: readonly Token[], ctx: WordContext,
  skip: ReadonlyArray<readonly [number, number]>,
): void {
  const firstMention = people.mentions.length;
  const skipped = rangeCursor(skip);
  const markSubjects = subjectMarker(people, tokens, firstMention, skip);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (skipped(t.start)) { i++; continue; }
    const len = nameRun(tokens, i, ctx);
    // `Menteri Koordinator Bidang Pangan Zulkifli Hasan`: the word after `Bidang`/`Urusan` is the
    // office's field, not the start of the holder's name.
    if (len >= 3 && i > 0 && FIELD_BEFORE.has(tokens[i - 1].lower)) { i++; continue; }
    // `Perhimpunan Bank Perkreditan Rakyat Indonesia (Perbarindo)`: the short name of a body.
    if (isOpenParen(t) && i > 0 && isCapitalized(tokens[i - 1]) && tokens[i + 1]?.word && isCapitalized(tokens[i + 1]) && tokens[i + 2]?.text === ')') {
      people.bodies?.add(tokens[i + 1].lower);
    }
    if (len === 0) {
      if (isCapitalized(t) && isTitleWord(t)) i = titleOnly(people, paragraph, text, tokens, i, ctx);
      else if (namedByInitials(people, tokens, i)) {
        // `tersangka M memohon maaf`: a person the story names by initials only.
        const role = tokens[i - 1];
        const person = addPerson(people, t.text, INITIALS_AFTER.has(role.lower) ? null : role.text, [paragraph, t.start]);
        const speaking = i > 1 && isCue(tokens, i - 2);
        // Only as the subject of an active verb: `Ketiga, tersangka BS dijerat …` is what was done to them.
        const introduces = person.at[0] === paragraph && person.at[1] === t.start && isVerbAfter(tokens, i + 1) &&
          bringsIn(people, firstMention, tokens, i, 1, person);
        people.mentions.push({ paragraph, start: t.start, end: t.end, person, speaking, introduces });
        i++;
      } else if (isAcronym(t) && people.persons.length > 0 && ((i > 0 && isCue(tokens, i - 1)) || cueAfterPronoun(tokens, i + 1)) &&
        acronymPerson(people, t.lower) !== null) {
        // `kata JK` after `Jusuf Kalla (JK)`: the person speaks again by the initials given with the name.
        markSubjects(i);
        people.mentions.push({ paragraph, start: t.start, end: t.end, person: acronymPerson(people, t.lower) as Person, speaking: true });
        i++;
      } else {
        // `Ia mengatakan`, `Menurut dia`: the person named last speaks again here.
        if (isPronounWord(t) && ((i > 0 && isCue(tokens, i - 1)) || cueAfterPronoun(tokens, i + 1))) {
          markSubjects(i);
          const p = subjectOfSentenceBefore(people, firstMention, tokens, i) ?? lastMentionBefore(people, paragraph, t.start);
          if (p) people.mentions.push({ paragraph, start: t.start, end: t.end, person: p, speaking: true });
        }
        i++;
      }
      continue;
    }
    const words = runWords(tokens, i, len);
    const known = findPerson(people, words) ?? (len === 1 ? startOfName(people, words[0]) : null);
    const chain = titleBefore(tokens, i, ctx);
    // `Perlindungan Nelayan, Pembudidaya Ikan, dan Petambak Garam`: the last item of a list, which
    // the words before `dan` do not describe.
    const listed = (i > 1 && LIST_JOIN.has(tokens[i - 1].lower) && tokens[i - 2].text === ',') ||
      (len <= 2 && i > 0 && tokens[i - 1].text === ',' && listGoesOn(tokens, i + len));
    const start = listed ? i : chain.start;
    const personTitle = chain.personTitle && !listed;
    // `kuasa hukum Budi`, `Pengacara Lisa`: the client, named in the lawyer's role; office or body
    // words after the role (`Kuasa Hukum PT Hadji Kalla`) are the client's.
    const client = clientOf(tokens, start, i, len, isTitleWord);
    const titleStart = client ? Math.max(client.to, start) : start;
    // `Jalan Ir H Juanda`, `RSUD Dr Soetomo`, `Bandara Soekarno-Hatta`: a place named after a person.
    if (start < i && !known && NAMED_PLACE.has(tokens[start].lower) && onlyHonorifics(tokens, start + 1, i)) {
      for (const w of words) people.bodies?.add(w);
      i += len; continue;
    }
    // `Kepala RSUD Dr Soetomo Joni Wahyuhadi`: a word already read as the name of a place or body
    // opens the run; the person's name is the rest.
    if (len >= 2 && !known && people.bodies?.has(words[0])) { i++; continue; }
    // `Bupati Wolio Rusdin Lamba` where the story also writes `di Wolio`: the place, then the person;
    // `di Ranu Kendo` makes `Ranu Kendo` a place all through, no person.
    const inPlace = known ? 0 : placeWordsOpening(tokens, i, len, people.places) || bodyWordsOpening(people, tokens, i, len);
    if (inPlace > 0) { i += inPlace; continue; }
    const prev = i > 0 ? tokens[i - 1] : null;
    // `Sugeng yang juga Deputi III Kementerian Koordinator Polhukam`: the office describes the one
    // named before it; a new run inside it is part of the office.
    if (!known && start < i && start > 2 && tokens[start - 1].lower === 'juga' && tokens[start - 2].lower === 'yang' &&
        people.mentions.length > firstMention && people.mentions[people.mentions.length - 1].end === tokens[start - 3].end) { i += len; continue; }
    // `Wali Kota Surabaya`: an office, not an organisation, before the name.
    const afterOrg = prev !== null && isOrgHead(prev) && !(i > 1 && isTitleWord(tokens[i - 2]) && prev.lower === 'kota');
    // `Fraksi Nasdem Willy Aditya`, `PT Pertamina Sylvia Grace`: after a body's head, the first word
    // of a long run is the body's name, the rest the person's.
    if (afterOrg && len >= 3 && !known && !isNamedBody(prev)) { i += bodyWordsAfterHead(tokens, i, len); continue; }
    // `PT Hadji Kalla`, `Bara Jaya Tbk`: a company named after its founder is no person; a run that
    // runs into a company's head (`Founder & Advisor PT …`) is an office's words up to it.
    const companyAt = companyHeadIn(tokens, i, len);
    if (companyAt > i) { i = companyAt; continue; }
    if (len <= 2 && ((prev !== null && COMPANY_HEAD.has(prev.lower)) || tokens[i + len]?.lower === 'tbk')) { i += len; continue; }
    if (personTitle && (continuesToName(tokens, i + len, ctx) || (!known && placeThenOffice(tokens, i + len, ctx)))) { i += len; continue; }
    // `Hasan (55), warga Kramat Pulo Dalam,`: after a person set off by a comma, `warga` names the
    // place the person lives in.
    const resident = prev !== null && RESIDENT.has(prev.lower) ? i - 1 :
      prev !== null && isOrgHead(prev) && i > 1 && RESIDENT.has(tokens[i - 2].lower) ? i - 2 : -1; // `warga kota Donggala`
    if (resident > 0 && (tokens[resident - 1].text === ',' || tokens[resident - 1].text === ')')) { i += len; continue; }
    // `siswa Jurusan Agribisnis Ternak itu`: a new run followed by `itu`/`ini` names a thing.
    if (!known && i + len < tokens.length && isDemonstrative(tokens[i + len].lower)) { i += len; continue; }
    // `PT House of Wolio`, `Center of Economic Studies`: after an English `of`, the rest of a body's name;
    // `Google Arts and Culture`, `Wolio & Partners`: before an English joiner, its beginning.
    if (!known && prev !== null && prev.lower === 'of') { i += len; continue; }
    if (!known && BODY_JOIN.has(tokens[i + len]?.lower ?? '') && tokens[i + len + 1]?.word && isCapitalized(tokens[i + len + 1])) { i += len; continue; }
    // `umat Muslim`, `suku Dayak`: a people, not a person; `Perbarindo` named as a body before.
    if (len === 1 && ((prev !== null && GROUP_BEFORE.has(prev.lower)) || people.bodies?.has(t.lower))) { i += len; continue; }
    const next = tokens[i + len];
    const next2 = tokens[i + len + 1];
    // `Hasan (55),`: a name with the person's age after it.
    // `Dodi (bukan nama sebenarnya)`, `Melati (nama samaran)`: a source the story keeps unnamed, introduced the same way.
    const aged = !(prev && startsWithDigit(prev.text)) && next?.text === '(' && next2 !== undefined &&
      ((isAge(next2.text) && tokens[i + len + 2]?.text === ')') || isPseudonymNote(tokens, i + len + 1));
    // `dari pesan Whatsapp`, `dengan kata lain`: after a preposition the cue word is a noun;
    // `tanggung jawab`, `kata kunci`: nor is half of a compound noun.
    const cueBefore = prev !== null && isCue(tokens, i - 1) &&
      !(i > 1 && NOUN_BEFORE.has(tokens[i - 2].lower));
    const cueAfter = next !== undefined && (isSpeechVerbAt(tokens, i + len) ||
      (next.text === ',' && next2 !== undefined && (isTitleWord(next2) || isPreCueWord(next2))) ||
      (next.lower === 'dari' && fromBodyThenCue(tokens, i + len + 1)));
    let person: Person | null = null;
    let skipTo = 0;
    // `Taman Nasional Bromo Tengger Semeru (TNBTS)`: the run ends a body's name its short form spells.
    if (!known && spelledBefore(tokens, i, len)) { i += len; continue; }
    // `Chief Legal Officer Kalla, Subhan Djaya Mappaturung,`: one word of a known name closing an
    // office, a full name set off by commas after it — the word names the body, the name the holder.
    if (known && len === 1 && personTitle && start < i && next?.text === ',' && !known.tokens.every((w) => w === words[0])) {
      const after = nameRun(tokens, i + 2, ctx);
      if (after >= 2 && tokens[i + 2 + after]?.text === ',') { i += len; continue; }
    }
    if (known && (len === 1 || words.length <= known.tokens.length)) {
      person = known;
      // Named first without an office, later with one: the office is the person's title.
      if (!known.title && personTitle && titleStart < i) {
        known.title = sliceText(text, tokens, titleStart, i) || null;
        if (known.title) known.full = `${known.title} ${known.name}`;
      }
    }
    else if (isNewPerson(tokens, i, len, words, personTitle, afterOrg, cueBefore || cueAfter || aged)) {
      const name = sliceText(text, tokens, i, i + len);
      const after = start < i ? null : titleAfter(text, tokens, i + len, cueBefore);
      const title = start < i ? (titleStart < i ? sliceText(text, tokens, titleStart, i) || null : null) : after?.title ?? null;
      // The office set off by commas describes this person: nobody inside it is a separate subject.
      if (after) skipTo = after.end;
      person = addPerson(people, name, title, [paragraph, tokens[i].start]);
      if (aged && person.at[0] === paragraph && person.at[1] === tokens[i].start) person.aged = true;
    }
    if (person && client) {
      lawyerOf(people, paragraph, text, tokens, client.from, i + len);
      people.mentions.push({ paragraph, start: tokens[i].start, end: tokens[i + len - 1].end, person, speaking: false, inRole: true });
    } else if (person) {
      const speaking = cueBefore || (start > 0 && isCue(tokens, start - 1));
      // Named again with the office (`Sementara itu, Wali Kota Bogor Dedie mengapresiasi …`), a
      // person comes back into the story as a new source just as when first named.
      const introduces = ((person.at[0] === paragraph && person.at[1] === tokens[i].start) || (personTitle && start < i && len >= 2 && noCueBefore(tokens, start))) &&
        bringsIn(people, firstMention, tokens, i, len, person) || comesFrom(tokens, i, person);
      people.mentions.push({ paragraph, start: tokens[i].start, end: tokens[i + len - 1].end, person, speaking, introduces });
      addAlias(person, tokens, i + len);
    }
    i = Math.max(i + len, skipTo);
  }
  markSubjects(tokens.length);
}

/**
 * `kata kuasa hukum Budi`, `Kuasa hukum Budi menyinggung …`: the lawyer, known by the role only
 * (tokens from..to-1, the client's name last), speaks or is the subject: a mention of the role as
 * a person, so `katanya` after it means the lawyer, never the client. A lawyer named after a comma
 * (`kuasa hukum Budi, Anton Wijaya,`) is a person of their own.
 */
function lawyerOf(people: People, paragraph: number, text: string, tokens: readonly Token[], from: number, to: number): void {
  const cued = from > 0 && isCue(tokens, from - 1);
  if (!cued && !(opensClause(tokenBefore(tokens, tokens[from].start)) && isVerbAfter(tokens, to))) return;
  if (tokens[to]?.text === ',' && tokens[to + 1]?.word && isCapitalized(tokens[to + 1])) return;
  const name = sliceText(text, tokens, from, to);
  const key = name.toLowerCase();
  people.roles ??= new Map();
  let person = people.roles.get(key);
  if (!person) {
    person = { name, title: null, full: name, tokens: [], at: [paragraph, tokens[from].start] };
    people.roles.set(key, person);
  }
  people.mentions.push({ paragraph, start: tokens[from].start, end: tokens[to - 1].end, person, speaking: cued, introduces: !cued });
}

/** The run's words in lower case (its initials' periods left out). */
function runWords(tokens: readonly Token[], i: number, len: number): string[] {
  const words: string[] = [];
  for (let k = i; k < i + len; k++) if (tokens[k].word) words.push(tokens[k].lower);
  return words;
}

/** Between a place's head and the name it is named after: only honorifics, initials and periods. */
function onlyHonorifics(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k];
    if (!(w.text === '.' || HONORIFIC.has(w.lower) || (w.word && w.text.length === 1))) return false;
  }
  return true;
}

/** Words between a subject and its verb: `Budi juga sudah meminta`. */
const BEFORE_VERB = wordSet([
  'juga', 'pun', 'lalu', 'kemudian', 'sudah', 'telah', 'akan', 'masih', 'tidak', 'tak', 'belum', 'sempat', 'pernah',
  'lantas', 'langsung', 'justru', 'bahkan', 'kini', 'hanya', 'sendiri', 'pula', 'sedang', 'tengah', 'mulai', 'terus',
]);

/** Words with a verb's prefix that are no verb: `Budi bersama Ani`, `Budi terkait kasus itu`. */
const NOT_VERB = wordSet([
  'bersama', 'beserta', 'berikut', 'terhadap', 'tersebut', 'terkait', 'termasuk', 'terutama', 'terakhir', 'terdahulu',
  'dirinya', 'diri', 'memang', 'menjadi', 'merupakan', 'melalui', 'mengenai', 'menuju', 'menurut', 'menjelang', 'meski', 'meskipun',
]);

/**
 * `me-` and `ber-` and a stem: how most active verbs are written. A passive (`di-`) or stative
 * (`ter-`) verb after a name says what happened to the person (`Andi ditangkap`), not what they did.
 */
function isActiveVerb(t: Token): boolean {
  if (!t.word || t.text !== t.lower) return false;
  if (isPreCueWord(t)) return true;
  return t.lower.length >= 5 && (t.lower.startsWith('me') || t.lower.startsWith('ber')) && !NOT_VERB.has(t.lower);
}

/**
 * After a name ending before token k, does its verb follow (`Hetifah menyambut`, `Ma'mun, memberi`,
 * `Sumiati (48), warga Kebon Sirih, sudah berjualan`)? An apposition set off by commas or brackets
 * may come between.
 */
function isVerbAfter(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text === '(') {
    let d = k + 1;
    while (d < tokens.length && d - k < 8 && tokens[d].text !== ')') d++;
    k = d + 1;
  }
  if (tokens[k]?.text === ',') {
    k++;
    if (!tokens[k] || !isActiveVerb(tokens[k])) {
      let d = k;
      while (d < tokens.length && d - k < 24 && tokens[d].text !== ',' && !endsTitle(tokens[d].text)) d++;
      if (tokens[d]?.text !== ',') return false;
      k = d + 1;
    }
  }
  for (let n = 0; n < 3 && tokens[k]?.word && BEFORE_VERB.has(tokens[k].lower); n++) k++;
  return tokens[k] !== undefined && isActiveVerb(tokens[k]);
}

/**
 * Passive verbs whose agent is someone the story goes on to quote: who said (`diungkapkan`), who
 * attended or led (`dihadiri`, `dipimpin`), who lived through or answered it (`dialami`,
 * `ditanggapi`). The agent of an act on a thing (`diresmikan oleh Presiden`, `ditandatangani`,
 * `ditangkap`) is named in passing.
 */
const SOURCE_PASSIVE = wordSet([
  'ditambahkan', 'dijelaskan', 'disampaikan', 'ditegaskan', 'diungkapkan', 'dikatakan', 'ditandaskan', 'dipaparkan', 'dituturkan',
  'diungkap', 'diutarakan', 'disebut', 'disebutkan', 'disinggung', 'dikeluhkan', 'dikonfirmasi', 'diumumkan', 'diakui',
  'dihadiri', 'dipimpin', 'diketuai', 'dimoderatori', 'ditemani', 'didampingi', 'diwakili',
  // `Hal senada dilakukan Dyah, warga …`: someone doing the same as the last source.
  'dilakukan', 'dialami', 'dirasakan', 'disambut', 'ditanggapi', 'direspons', 'direspon',
]);

/**
 * `dihadiri X`, `disampaikan oleh X`, `diungkapkan langsung oleh X`: is the person after token
 * `before` the agent of a passive verb of saying, attending, doing the same or experiencing?
 */
function isSourcePassive(tokens: readonly Token[], before: Token): boolean {
  let k = tokens.indexOf(before);
  if (before.lower === 'oleh') {
    // The verb a word or two before `oleh` (`disampaikan langsung oleh`).
    let d = k - 1;
    while (d >= 0 && k - d <= 3 && tokens[d].word && !tokens[d].lower.startsWith('di')) d--;
    if (d < 0 || k - d > 3 || !tokens[d].word) return false;
    k = d;
  }
  const v = tokens[k];
  return v.word && SOURCE_PASSIVE.has(v.lower);
}

/** `Pandangan berbeda datang dari budayawan X`: the words before `dari` that bring a new voice in. */
const COMES_FROM = wordSet(['datang', 'muncul']);

/** `Salah satunya Minda (21),`, `Begitu pun Atik (30),`: words before a vox-pop source named with an age. */
const ONE_OF = wordSet(['satunya', 'antaranya', 'pun', 'adalah', 'ialah']);

/**
 * Does a person's first mention (tokens i..i+len-1) bring them in as a new source? Only a person
 * named with an office or an age (a bare capitalised run may be a body or a place: `Komnas HAM akan
 * memantau`), as the subject of an active verb, with the office at the head of a clause (`Dari sisi
 * legislatif, anggota Komisi II Deddy pun angkat bicara`), or as the agent of a passive verb with
 * nobody named before in the sentence (`Hal ini diungkapkan oleh Kepala X Budi`, not `Mu'ti
 * didampingi Gubernur Lalu`); never as an object (`profesionalisme Jenderal Hoegeng`) or inside
 * what is reported in the sentence (`ia mengatakan, Presiden Joko Widodo memerintahkan …`).
 */
function bringsIn(people: People, firstMention: number, tokens: readonly Token[], i: number, len: number, person: Person): boolean {
  if (person.title === null && person.aged !== true) return false;
  // `Pengawas Perilaku Pelaku Usaha …`: a run with a capitalised word right after it is cut out of
  // a longer name; no telling whose.
  const after = tokens[i + len];
  if (after?.word && isCapitalized(after)) return false;
  const before = tokenBefore(tokens, tokens[i].start);
  // `Rudi (CEO Sentosa Wijaya) memilih`: a name in brackets describes the person before them.
  if (before !== null && isOpenParen(before)) return false;
  let s = i - 1;
  while (s >= 0 && !endsSentence(tokens, s)) {
    const w = tokens[s];
    // A speech verb or `kata`/`Menurut` earlier in the sentence (`Lebih lanjut,` is no cue).
    if (w !== before && w.word && (isPreCueWord(w) || w.lower === 'kata' || w.lower === 'menurut') && !w.lower.startsWith('di')) return false;
    s--;
  }
  if (opensClause(before) || isVerbAfter(tokens, i + len)) return true;
  if (before !== null && person.aged === true && ONE_OF.has(before.lower)) return true;
  if (before === null || !isSourcePassive(tokens, before)) return false;
  const sentence = s >= 0 ? tokens[s].end : 0;
  for (let k = people.mentions.length - 1; k >= firstMention && people.mentions[k].start >= sentence; k--) {
    if (people.mentions[k].start < tokens[i].start) return false;
  }
  return true;
}

/** `Ia mengatakan`, `Dia pun membantah`: a speech verb after the pronoun, a word or two like `pun`/`juga` between. */
function cueAfterPronoun(tokens: readonly Token[], k: number): boolean {
  for (let n = 0; n < 2 && tokens[k]?.word && BEFORE_VERB.has(tokens[k].lower); n++) k++;
  return tokens[k] !== undefined && isSpeechVerbAt(tokens, k);
}

/**
 * `Sementara tersangka M memohon maaf …. Dia pun membantah …`: a pronoun opening a sentence is the
 * subject of the sentence right before it in the paragraph — the person it opens with, doing
 * something — even when an earlier source was quoted last.
 */
function subjectOfSentenceBefore(people: People, firstMention: number, tokens: readonly Token[], i: number): Person | null {
  if (i === 0 || !endsSentence(tokens, i - 1)) return null;
  let s = i - 2;
  while (s >= 0 && !endsSentence(tokens, s)) s--;
  // The sentence's first active verb; its subject is the last person named before it
  // (`Pelatih Brighton, Fabian Hurzeler, mengaku …`: Fabian Hurzeler).
  let v = s + 1;
  while (v < i && !isActiveVerb(tokens[v])) v++;
  if (v >= i) return null;
  const from = s >= 0 ? tokens[s].end : 0;
  let subject: Person | null = null;
  for (let k = firstMention; k < people.mentions.length; k++) {
    const m = people.mentions[k];
    if (m.start < from || m.inRole) continue;
    if (m.end > tokens[v].start) break;
    let end = v;
    while (end > 0 && tokens[end - 1].start >= m.end) end--;
    subject = opensClause(tokenBefore(tokens, m.start)) && isVerbAfter(tokens, end) ? m.person : null;
  }
  return subject;
}

/**
 * `Dukungan datang dari Ketua Umum Partai X Budi`: a voice brought in, even one named before, with
 * an office or an age (`datang dari Rendy (46), dosen`) — a place or a body may come from there too.
 */
function comesFrom(tokens: readonly Token[], i: number, person: Person): boolean {
  if (person.title === null && person.aged !== true) return false;
  const before = tokenBefore(tokens, tokens[i].start);
  if (before === null || before.lower !== 'dari') return false;
  const k = tokens.indexOf(before);
  return k > 0 && COMES_FROM.has(tokens[k - 1].lower);
}

/** Punctuation before a title chain: the chain opens its clause (`Secara terpisah, Ketua …`). */
function opensClause(t: Token | null): boolean {
  // Not a bracket or a quote mark: `(CEO Warner Bros)`, `bertuliskan "News Corp"` name a body in passing.
  return t === null || (!t.word && t.text !== '-' && t.text !== '/' && t.text !== '&' && !isOpenParen(t) && !isQuoteMark(t.text));
}

function isQuoteMark(text: string): boolean {
  return text === '"' || text === '“' || text === '”' || text === "'" || text === '‘' || text === '’';
}

function isDemonstrative(lower: string): boolean {
  return lower === 'ini' || lower === 'itu' || lower === 'tersebut';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function startsWithDigit(text: string): boolean {
  return isDigit(text.charCodeAt(0));
}

/** `bukan nama sebenarnya)`, `nama samaran)` from token k: the note that a name is made up. */
function isPseudonymNote(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k]?.lower;
  const b = tokens[k + 1]?.lower;
  if (a === 'nama') return b === 'samaran' || b === 'disamarkan';
  return a === 'bukan' && b === 'nama' && (tokens[k + 2]?.lower === 'sebenarnya' || tokens[k + 2]?.lower === 'asli');
}

/** `55` in `Hasan (55)`: one to three digits. */
function isAge(text: string): boolean {
  if (text.length < 1 || text.length > 3) return false;
  for (let k = 0; k < text.length; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Does an unknown run name a new person? With an office before it, a cue or an age around it, or
 * as a proper name of two words or more.
 */
function isNewPerson(
  tokens: readonly Token[], i: number, len: number, words: readonly string[], personTitle: boolean,
  afterOrg: boolean, cued: boolean,
): boolean {
  // Some word is no ordinary word, or all are given names that happen to be words (`Putu Adi`);
  // acronyms and initials' periods left out.
  let uncommon = false;
  let allNames = true;
  for (let k = i; k < i + len; k++) {
    const w = tokens[k];
    if (!w.word || isAcronym(w)) continue;
    if (!uncommon && !isCommonWord(w.lower, w.hash)) uncommon = true;
    if (allNames && !WORD_NAMES.has(w.lower)) allNames = false;
  }
  const proper = uncommon || (len >= 2 && allNames);
  // A lone ordinary word after a title (`Direktur Jenderal Strategi`) is part of the office.
  const loneWord = len === 1 && !proper && !WORD_NAMES.has(words[0]);
  return (personTitle && !loneWord && (!afterOrg || len >= 2)) || (cued && !afterOrg && (proper || len === 1)) ||
    (len >= 2 && !afterOrg && proper);
}

/**
 * `Reynaldi dari PT House of Rattan mengatakan`: from k on, the name of a body (capitalised words,
 * acronyms, `of`/`&`) and right after it a speech verb. The one from that body is the subject.
 */
function fromBodyThenCue(tokens: readonly Token[], k: number): boolean {
  let n = 0;
  for (; k < tokens.length && n < 8; k++, n++) {
    const t = tokens[k];
    if (t.word && isCapitalized(t)) continue;
    if (n > 0 && (t.lower === 'of' || t.text === '&')) continue;
    break;
  }
  return n > 0 && k < tokens.length && isPreCueWord(tokens[k]);
}

/**
 * An office set off by commas after the name: `Kisran Makati, Ketua Pusat Kajian …, mengatakan`.
 * After a cue it may run to the end of the sentence (`ujar Rina Wati, peneliti Lembaga Riset
 * Pangan.`) when it holds no verb.
 */
function titleAfter(text: string, tokens: readonly Token[], from: number, cued: boolean): { title: string; end: number } | null {
  if (tokens[from]?.text !== ',' || !tokens[from + 1] || !isTitleWord(tokens[from + 1])) return null;
  let clause = !cued;
  for (let k = from + 2; k < tokens.length && k - from < 24; k++) {
    const t = tokens[k].text;
    if (t === ',' || (t === '.' && !clause && isSentenceEnd(tokens, k))) {
      const title = sliceText(text, tokens, from + 1, k);
      return title ? { title, end: k } : null;
    }
    if (endsTitle(t)) return null;
    if (!clause && tokens[k].word && t === tokens[k].lower && isClauseWord(tokens[k])) clause = true;
  }
  return null;
}

/** The period at k ends the paragraph, or a sentence going on with a capital (not `dr.`, `S.H.`). */
function isSentenceEnd(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (!next) return true;
  return prev.text.length > 2 && !isTitleWord(prev) && next.start > tokens[k].end && isCapitalized(next);
}

/** Words of a clause, not of an office: `sudah`, `berharap`, `mengatakan`. */
function isClauseWord(t: Token): boolean {
  if (CLAUSE_WORDS.has(t.lower) || isPreCueWord(t)) return true;
  // Verbs in me-/ber-: `menjadi`, `berharap` (no office or field begins so).
  return t.text.length > 5 && (t.lower.startsWith('me') || t.lower.startsWith('ber')) && !isTitleWord(t);
}

const CLAUSE_WORDS = wordSet([
  'sudah', 'telah', 'akan', 'sedang', 'masih', 'tidak', 'tak', 'belum', 'bisa', 'dapat', 'harus', 'adalah',
  'merupakan', 'ialah', 'juga', 'pun', 'yang', 'ini', 'itu', 'tersebut', 'ketika', 'saat', 'sebelum', 'setelah', 'karena',
]);

/** `kata Presiden`, `Menurut Gubernur,`: an office named without a name, pointing to its holder. */
function titleOnly(
  people: People, paragraph: number, text: string, tokens: readonly Token[], i: number, ctx: WordContext,
): number {
  // `Kuasa hukum terdakwa`: the role is two words, the first no office of its own (`Kuasa Direksi`).
  let j = Math.max(i, lawyerRoleEnd(tokens, i));
  while (j < tokens.length && j - i < 8 && tokens[j].word && (isTitleWord(tokens[j]) ||
    (isCapitalized(tokens[j]) && !isNameWord(tokens[j], ctx) && !NOT_NAMES.has(tokens[j].lower) && nameRun(tokens, j, ctx) === 0))) j++;
  if (j < tokens.length && nameRun(tokens, j, ctx) > 0) return j; // a name follows: scanned next
  const title = sliceText(text, tokens, i, j);
  const holder = findByTitle(people, title, paragraph, tokens[i].start);
  if (holder) {
    const speaking = i > 0 && isCue(tokens, i - 1);
    people.mentions.push({ paragraph, start: tokens[i].start, end: tokens[j - 1].end, person: holder, speaking });
  }
  return Math.max(j, i + 1);
}

/** `.`, `!`, `?` or a quote mark: no office runs on over it. */
function endsTitle(text: string): boolean {
  return text === '.' || text === '!' || text === '?' || text === '"' || text === '“' || text === '”';
}

/** `lanjutnya`, `katanya`: a cue written after what was said, pointing back to its source. */
function isCueNya(t: Token): boolean {
  return t.lower.length > 5 && t.lower.endsWith('nya') && POST_CUES.has(t.lower.slice(0, -3));
}

/**
 * The short form in brackets after the run (`(TNBTS)`) spells the initials of the capitalised words
 * ending with the run and beginning before it: the run is the end of a body's name.
 */
function spelledBefore(tokens: readonly Token[], i: number, len: number): boolean {
  const open = tokens[i + len];
  const short = tokens[i + len + 1];
  if (open?.text !== '(' || !short?.word || !isAcronym(short) || tokens[i + len + 2]?.text !== ')') return false;
  const n = short.text.length;
  const from = i + len - n;
  if (n < 3 || from >= i || from < 0) return false;
  for (let k = 0; k < n; k++) {
    const w = tokens[from + k];
    if (!w.word || w.text[0] !== short.text[k]) return false;
  }
  return true;
}

/** No speech verb earlier in the sentence before token k (`ujar Ricky, Director Wuling Motors`). */
function noCueBefore(tokens: readonly Token[], k: number): boolean {
  for (let s = k - 1; s >= 0 && !endsSentence(tokens, s); s--) if (isCue(tokens, s) || isPreCueWord(tokens[s]) || isCueNya(tokens[s])) return false;
  return true;
}

function isCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.lower === 'menurut' || (isPostCueWord(t) && !inCueCompound(tokens, k));
}

const WORD_NAMES = wordSet(WORD_NAME_LIST);
const NOT_NAMES = wordSet(NOT_NAME);

/** Roles of people a story names by initials only (`tersangka M`, `korban DF`). */
const INITIALS_ROLE = wordSet(['tersangka', 'terdakwa', 'terpidana', 'terduga', 'terlapor', 'pelapor', 'pelaku', 'korban', 'saksi']);
/** `berinisial M`, `inisial AS`: the initials follow, the role stands before. */
const INITIALS_AFTER = wordSet(['inisial', 'berinisial']);

/**
 * `tersangka M`, `pelaku AS`, `berinisial RMP`: token i is a person's initials, one to three capitals
 * after a role of the accused, a victim or a witness; not the short name of a body (`tersangka KPK`,
 * `pelaku UKM`: three letters only after a role of the accused or `berinisial`).
 */
function namedByInitials(people: People, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (i === 0 || !t.word || !isCapitalized(t) || t.text.length > 3 || (t.text.length > 1 && !isAcronym(t))) return false;
  const role = tokens[i - 1].lower;
  if (!INITIALS_ROLE.has(role) && !INITIALS_AFTER.has(role)) return false;
  if (t.text.length === 3 && (role === 'pelaku' || role === 'korban' || role === 'saksi' || role === 'pelapor')) return false;
  if (isNamedBody(t) || people.bodies?.has(t.lower)) return false;
  const next = tokens[i + 1];
  if ((next?.word && isCapitalized(next)) || next?.text === ')') return false;
  // `pelaku berinisial JP, N, dan AR`: a group, no one speaker.
  const after = next?.text === ',' ? tokens[i + 2] : next;
  return !(after && (LIST_JOIN.has(after.lower) || (after !== next && after.word && isCapitalized(after) && after.text.length <= 3)));
}

/** Places and buildings often named after a person. */
const NAMED_PLACE = wordSet([
  'jalan', 'jl', 'gang', 'rsud', 'rsup', 'rs', 'rumah', 'universitas', 'bandara', 'stadion', 'gedung', 'museum', 'monumen',
  'taman', 'lapangan', 'masjid', 'pelabuhan', 'terminal', 'stasiun', 'kampus', 'kapal', 'kri', 'gelanggang', 'wisma', 'hotel',
]);

/** Honorifics between a place's head and the person it is named after (`Jalan Ir H Juanda`). */
const HONORIFIC = wordSet(['ir', 'h', 'hj', 'dr', 'drs', 'prof', 'kh', 'raden', 'r', 'sultan', 'jenderal', 'jend', 'pangeran', 'ki', 'nyi', 'mr', 'teuku', 'cut']);

/** Prepositions and articles: a cue word after them is a noun (`melalui pesan`, `sebuah tulisan`). */
const FIELD_BEFORE = wordSet(['bidang', 'urusan']);
const NOUN_BEFORE = wordSet(['dari', 'melalui', 'lewat', 'via', 'dengan', 'sebuah', 'ke', 'di', 'pada', 'dalam', 'berupa']);

/** `Pembudidaya Ikan, dan Petambak` from k: a capitalised word or two, then `, dan` and a capitalised item: a list goes on. */
function listGoesOn(tokens: readonly Token[], k: number): boolean {
  let n = 0;
  while (n < 2 && tokens[k]?.word && isCapitalized(tokens[k])) { k++; n++; }
  return tokens[k]?.text === ',' && LIST_JOIN.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.word === true && isCapitalized(tokens[k + 2]);
}

/** `dan`, `serta`: the run after them is the next item of a list. */
const LIST_JOIN = wordSet(['dan', 'serta', 'and', '&']);

/** English words that join the parts of a body's name: `Arts and Culture`, `Wolio & Partners`. */
const BODY_JOIN = wordSet(['and', '&', 'of', 'for']);

/** Heads of a company's name (`PT Hadji Kalla`, `CV Sinar Wolio`): the run after them is the company's. */
const COMPANY_HEAD = wordSet(['pt', 'cv', 'ud']);

/** Where a company's head stands inside the run from i (not at its start), else -1. */
function companyHeadIn(tokens: readonly Token[], i: number, len: number): number {
  for (let k = i + 1; k < i + len; k++) if (COMPANY_HEAD.has(tokens[k].lower)) return k;
  return -1;
}

/** Words for the inhabitants of a place: `warga Pademangan`. */
const RESIDENT = wordSet(['warga', 'penduduk', 'penghuni']);

/** Words for a people or a community: the capitalised word after them is no person. */
const GROUP_BEFORE = wordSet(['umat', 'kaum', 'suku', 'etnis', 'bangsa', 'rakyat', 'masyarakat', 'orang', 'komunitas', 'jemaah', 'jamaah']);

const NOT_SUBJECT_BEFORE = wordSet([
  'dengan', 'kepada', 'bersama', 'oleh', 'dari', 'untuk', 'bertemu', 'terhadap', 'atas', 'seperti',
  'yakni', 'yaitu', 'termasuk', 'antara', 'dan', 'serta', 'kata', 'ujar', 'menemui', 'mendampingi',
  'of', 'for', 'at', 'with',
]);

/**
 * The subject of each speech verb speaks: the person named nearest before the verb in its sentence,
 * unless a preposition puts that person in a side phrase (`Saat bertemu X, Budi mengatakan`).
 * Returns a marker that reads the paragraph's words up to a token (not included): the scan calls it
 * before a pronoun, so `Sunu menjelaskan, … Ia mengatakan` finds Sunu already speaking when it
 * resolves `Ia`, and once more at the end of the paragraph.
 */
function subjectMarker(people: People, tokens: readonly Token[], from: number,
  skip: ReadonlyArray<readonly [number, number]>): (to: number) => void {
  // One pass over words and mentions together: the candidate is the mention nearest before the
  // current word in its sentence, outside a side phrase.
  const mentions = people.mentions;
  let next = from;
  let candidate: Mention | null = null;
  const skipped = rangeCursor(skip);
  let v = 0;
  // After the sentence's speech verb the rest is what was said: `Haerani mengatakan acara Runway
  // Run mengajak warga …` makes no source of Runway Run.
  let said = false;
  return (to) => {
    for (; v < to; v++) {
      const t = tokens[v];
      while (next < mentions.length && mentions[next].start < t.start) {
        const m = mentions[next++];
        const before = tokenBefore(tokens, m.start);
        // `melaporkan Lisa Mariana`: the one reported on is the object, no subject.
        if ((!before || !(NOT_SUBJECT_BEFORE.has(before.lower) || before.lower === 'melaporkan')) && !m.inRole) candidate = m;
        // `Kendati mengakui tidak mendengar, Mukijo menyebut`: a subject after a comma opens the main clause.
        if (before?.text === ',') said = false;
      }
      if (endsSentence(tokens, v)) { candidate = null; said = false; continue; }
      const inQuote = skipped(t.start);
      // `Selain itu, lanjutnya, guru SR menyampaikan …`: a cue of the source earlier in the sentence.
      // `unggahan yang menyinggung …`: a speech verb in a relative clause on a thing has another
      // subject (`Andy yang menyebut` is still Andy's).
      if (candidate && !inQuote && isSpeechVerbAt(tokens, v) && !(v > 1 && tokens[v - 1].lower === 'yang' && tokens[v - 2].end !== candidate.end)) {
        if (!said) candidate.speaking = true;
        said = true;
      } else if (!inQuote && v > 0 && !endsSentence(tokens, v - 1) && (isCue(tokens, v) || isCueNya(t))) said = true;
    }
  };
}

function tokenBefore(tokens: readonly Token[], offset: number): Token | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  // Skip the title chain in front of the name to the word that governs it.
  let k = lo - 1;
  while (k >= 0 && tokens[k].word && (isCapitalized(tokens[k]) || isTitleWord(tokens[k]))) k--;
  // `Pengamat politik dari Universitas Wolio Robi …`: `dari` after a role belongs to the title,
  // the role (and the lower-case field after it) is what stands before the name.
  if (k >= 1 && tokens[k].lower === 'dari' && (isTitleWord(tokens[k - 1]) || (k >= 2 && isTitleWord(tokens[k - 2]) && tokens[k - 1].word))) {
    k -= isTitleWord(tokens[k - 1]) ? 1 : 2;
    while (k >= 0 && tokens[k].word && (isCapitalized(tokens[k]) || isTitleWord(tokens[k]))) k--;
  }
  return k >= 0 ? tokens[k] : null;
}

/**
 * Tells whether positions, asked in increasing order, fall inside the ranges (sorted by start):
 * one pass over both, so a long paragraph with many quotes stays linear.
 */
function rangeCursor(ranges: ReadonlyArray<readonly [number, number]>): (pos: number) => boolean {
  let k = 0;
  return (pos) => {
    while (k < ranges.length && ranges[k][1] <= pos) k++;
    return k < ranges.length && ranges[k][0] <= pos;
  };
}

/**
 * The person meant by `katanya`, `dia`, `Menurut dia`: the last one named as a source before the
 * position (within a few paragraphs), else the last one named at all.
 */
export function lastMentionBefore(people: People, paragraph: number, offset: number): Person | null {
  const ms = people.mentions;
  const last = countBefore(ms, paragraph, offset) - 1;
  if (last < 0) return null;
  const any = ms[last];
  // The last source, unless a person was brought in after it (the subject of a verb, the agent
  // of a passive): a story moves to a new source that way (`Wakil Ketua Komisi X Hetifah menyambut
  // baik penundaan itu.`) and a person merely named on the way (`bersama Menpora`) changes nothing.
  for (let k = last; k >= 0 && any.paragraph - ms[k].paragraph <= SPEAKER_REACH; k--) {
    if (ms[k].speaking || ms[k].introduces) return ms[k].person;
  }
  return any.person;
}

/** How many mentions lie before a position (mentions are in reading order). */
function countBefore(ms: readonly Mention[], paragraph: number, offset: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = ms[mid];
    if (m.paragraph < paragraph || (m.paragraph === paragraph && m.start < offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention that starts at or right after a position in a paragraph (within `span` chars). */
export function mentionAt(people: People, paragraph: number, offset: number, span: number): Mention | null {
  const m = people.mentions[countBefore(people.mentions, paragraph, offset)];
  return m && m.paragraph === paragraph && m.start <= offset + span ? m : null;
}
