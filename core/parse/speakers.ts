// Who is speaking at a point of the text: the person named after a cue (`kata Menteri Keuangan Sri
// Mulyani`), the subject before a speech verb, or the person a pronoun or `katanya` points back to.
import type { Speaker } from '../model/article.ts';
import { PLURAL_PRONOUNS, POST_CUES, PRONOUNS } from './lexicon.ts';
import { lawyerRoleEnd } from './lawyers.ts';
import { bodyWordsAfterHead, nameRun, placeThenOffice } from './names.ts';
import { placeWordsOpening } from './places.ts';
import { addPerson, bodyWordsOpening, findByTitle, findPerson, lastMentionBefore, mentionAt, type People, type Person } from './people.ts';
import { endsSentence, isCapitalized, isDegreeAt, isNameWord, isNamedBody, isOrgHead, isTitleWord, type Token, type WordContext } from './tokens.ts';

const DEMONSTRATIVES = new Set(['ini', 'itu', 'tersebut']);
/** Words opening a side phrase after the speaker (`… tersebut kepada wartawan`, `… itu saat dihubungi`). */
const SIDE_PHRASE = new Set(['kepada', 'saat', 'ketika', 'seusai', 'usai', 'dalam', 'melalui', 'lewat', 'di', 'dikutip', 'seperti', 'pada']);
const TIME_WORDS = new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu']);
const FUNCTION_WORDS = new Set([
  'di', 'ke', 'dari', 'saat', 'dalam', 'kepada', 'ketika', 'seusai', 'usai', 'pada', 'yang', 'untuk', 'dengan',
  'sambil', 'sembari', 'setelah', 'sebelum', 'sejak', 'karena', 'melalui', 'lewat', 'via', 'bahwa', 'itu', 'ini',
  'tersebut', 'pun', 'juga', 'lagi', 'pula', 'kemarin', 'tadi', 'lalu', 'saja', 'kembali',
]);

export interface AttributionInput {
  paragraphs: readonly string[];
  tokens: ReadonlyArray<readonly Token[] | null>;
  ctx: WordContext;
  people: People;
}

export interface Attribution {
  cue: string | null;
  speaker: Speaker | null;
}

/** `kata`, `katanya`, `ujarnya`, `menurutnya`: a cue written after a quote. */
export function isPostCue(lower: string): boolean {
  if (POST_CUES.has(lower)) return true;
  return lower.endsWith('nya') && POST_CUES.has(lower.slice(0, -3));
}

export function toSpeaker(p: Person): Speaker {
  return { name: p.name, title: p.title, resolved: p.full };
}

export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The speaker named from token k on: `Menteri Keuangan Sri Mulyani`, `Rutte`, `Presiden`, `warga`. */
export function speakerFrom(input: AttributionInput, para: number, k: number, before: number): Speaker | null {
  const tokens = input.tokens[para]!;
  const text = input.paragraphs[para];
  const t = tokens[k];
  if (!t) return null;
  if (PRONOUNS.has(t.lower)) {
    const p = lastMentionBefore(input.people, para, before);
    return p ? toSpeaker(p) : null;
  }
  if (PLURAL_PRONOUNS.has(t.lower)) return null;
  const lawyer = lawyerFor(input, para, k);
  if (lawyer) return lawyer;
  const named = roleThenName(input, para, k);
  if (named) return named;
  // Walk the chain of title, offices and names (`Kepala Bidang Humas Polda Metro Jaya Kombes Yusri
  // Yunus`); the person's name is its last name run.
  let j = k;
  let depth = 0;
  let run = -1;
  let runLen = 0;
  let runIsOrg = false;
  let runInBody = false;
  while (j < tokens.length && j - k < 30) {
    const x = tokens[j];
    if (depth > 0) { if (x.text === ')') depth--; j++; continue; }
    if (x.text === '(' && j > k) { depth++; j++; continue; }
    const len = nameRun(tokens, j, input.ctx);
    if (len > 0) {
      // `Wali Kota Risma`: an office, not a body, before the name.
      // After a body named by one word (`Ketua KPU Afifudin`) the run is a person.
      // `PT House of Wolio`: after an English `of`, the run ends the name of a body.
      runIsOrg = j > k && (tokens[j - 1].lower === 'of' || (isOrgHead(tokens[j - 1]) && !isNamedBody(tokens[j - 1]))) &&
        !(tokens[j - 1].lower === 'kota' && j - 1 > k && isTitleWord(tokens[j - 2]));
      runInBody = false;
      // `Partai Gerindra Sufmi Dasco Ahmad`: the body's name, then the person's.
      // `Menko Bidang Pangan Zulkifli Hasan`: the field of the office, then the holder's name.
      const shift = runIsOrg && len >= 3 && !isNamedBody(tokens[j - 1]) ? bodyWordsAfterHead(tokens, j, len) :
        len >= 3 && j > k && /^(?:bidang|urusan)$/.test(tokens[j - 1].lower) ? 1 : 0;
      if (shift) runIsOrg = false;
      run = j + shift; runLen = len - shift; j += len;
      // `kata Bupati Wolio Rusdin Lamba` where the story writes `di Wolio`: the place opens the run
      // (places.ts); a run of place words only (`Ketua KPUD Ranu Kendo, Kubaisi`) is no person.
      const p = placeWordsOpening(tokens, run, runLen, input.people.places) || bodyWordsOpening(input.people, tokens, run, runLen);
      if (p === runLen || (runLen === 1 && loneBodyWord(input.people, para, tokens[run]))) { runInBody = true; runIsOrg = true; }
      else if (p > 0) { run += p; runLen -= p; runIsOrg = false; }
      continue;
    }
    // No name run starts here: a capitalised word is a name word only as a degree (`Eng.`) or a
    // numbered part of a body (`Pos 2`).
    if (x.word && (isTitleWord(x) || isCapitalized(x) || (j > k && isOrgHead(x)))) { j++; continue; }
    // `dr. Siti`, `Prof. Dr. Ir. Budi`, `H. Ahmad`, `Dr. Eng. Budi`: the period of an abbreviated title.
    // After a lone initial the period ends the sentence unless a name or a title goes on (`ucap E. Dukungan …`).
    if (x.text === '.' && j > k && (isTitleWord(tokens[j - 1]) || isDegreeAt(tokens, j - 1) ||
        (tokens[j - 1].text.length === 1 && tokens[j + 1] && (isNameWord(tokens[j + 1], input.ctx) || isTitleWord(tokens[j + 1]) || tokens[j + 1].text.length === 1))) &&
        tokens[j + 1]?.word) { j++; continue; }
    // `Head of Startupindonesia.co Erwin Arifin`: the domain of a body's name.
    if (x.text === '.' && j > k && tokens[j - 1].end === x.start && tokens[j + 1]?.word && tokens[j + 1].start === x.end &&
        tokens[j + 1].text === tokens[j + 1].lower && tokens[j + 1].text.length <= 4) { run = -1; j += 2; continue; }
    // `R&D PR PT Evoluzione`, `Menteri Investasi/Kepala BKPM`.
    if ((x.text === '&' || x.text === '/') && j > k && tokens[j + 1]?.word && (isCapitalized(tokens[j + 1]) || isTitleWord(tokens[j + 1]))) { j++; continue; }
    // `Gugus Tugas Covid - 19 Kabupaten Bekasi`: numbers and hyphens inside a name of a body.
    // `Ketua Muhammadiyah Covid - 19 Command Center (MCCC) Agus Samsudin`: a number after a hyphen
    // is in the name of a body, never of a person; the run before it was part of that body.
    if (x.text === '-' && j > k && /^\d+$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2] && (tokens[j + 2].text === '(' || isCapitalized(tokens[j + 2]))) { runInBody = true; j += 2; continue; }
    if ((x.text === '-' || /^\d+$/.test(x.text)) && j > k && tokens[j + 1]?.word && (run < 0 || runIsOrg)) { j++; continue; }
    if (x.word && /^(?:dan|bidang|urusan|serta|seorang|salah|satu|bernama|yakni|yaitu|of|at|the)$/.test(x.lower) && j > k && tokens[j + 1]?.word && isCapitalized(tokens[j + 1])) { j++; continue; }
    // `pakar epidemiologi Fakultas …`, `pengamat politik dari Universitas …`: a lower-case field
    // after a lower-case role, before the capitalised body it belongs to.
    // `tanya kuasa hukum.`: one lower-case word completing the role at the clause's end.
    if (run < 0 && j > k && x.word && x.text === x.lower && !FUNCTION_WORDS.has(x.lower) && isTitleWord(tokens[j - 1]) &&
        (!tokens[j + 1] || /^[.,!?;:]$/.test(tokens[j + 1].text))) { j++; continue; }
    if ((run < 0 || runInBody) && j > k && x.word && x.text === x.lower && !FUNCTION_WORDS.has(x.lower) && isTitleWord(tokens[j - 1]) &&
        [1, 2].some((d) => tokens[j + d]?.word && isCapitalized(tokens[j + d]))) { j++; continue; }
    if (x.lower === 'dari' && j > k && tokens[j + 1]?.word && isCapitalized(tokens[j + 1]) && (run < 0 || runIsOrg || isTitleWord(tokens[run - 1]))) { j++; continue; }
    // A comma goes on inside a title (`Camat Neglasari, Kabupaten Tangerang, Ubaidillah Ansar`),
    // never right after a person's name (`Menurut Kusnawan, Blue Water …`).
    if (x.text === ',' && j > k && tokens[j + 1]) {
      const nx = tokens[j + 1];
      // `peneliti senior Centropolis, Suryono Herlambang,`: a name set off by commas after a titled
      // run names the person; the run was the organisation.
      const yLen = nameRun(tokens, j + 1, input.ctx);
      const closes = yLen > 0 && (!tokens[j + 1 + yLen] || /^[,.]$/.test(tokens[j + 1 + yLen].text));
      const apposition = closes && run > k && isTitleWord(tokens[run - 1]);
      // `RSDC Wisma Atlet Kemayoran, Jakarta Pusat, Letnan Kolonel … M Arifin`: the run was in a body's name.
      if (run > k && !runInBody && placeThenOffice(tokens, run + runLen, input.ctx)) { runInBody = true; runIsOrg = true; j++; continue; }
      const afterName = run >= 0 && run + runLen === j && !runIsOrg && !apposition;
      const nx2 = tokens[j + 2];
      const andNext = nx.lower === 'dan' && nx2?.word && isCapitalized(nx2) && run < 0; // `Politik, Hukum, dan Keamanan`
      if (isOrgHead(nx) || andNext || (!afterName && (nameRun(tokens, j + 1, input.ctx) > 0 || (isCapitalized(nx) && !TIME_WORDS.has(nx.lower))))) { j++; continue; }
    }
    break;
  }
  // A lone word after an organisation's head (`politisi Partai Golkar ini`) names the body.
  // `kata sopir yang mengaku …`, `ujar ibu dua anak ini`, `kata siswa jurusan Teknik Otomotif itu`:
  // a lower-case role pointing back to the person the story has just introduced.
  const roleEnd = t.text === t.lower ? pointsBack(tokens, j, run < 0) : -1;
  const backRef = roleEnd >= 0;
  const asWritten = (): string => text.slice(tokens[k].start, tokens[Math.max(j, roleEnd) - 1].end).replace(/[\s,(]+$/u, '');
  // `dilaporkan Saudi Press Agency`, `kata Korea Herald`: a body named in English, by its last word.
  if (run >= 0) {
    const body = englishBodyAround(tokens, k, run, j);
    if (body) return { name: text.slice(tokens[body[0]].start, tokens[body[1] - 1].end), title: null, resolved: null };
  }
  if (run >= 0 && !runInBody && !(runIsOrg && runLen === 1)) {
    const m = mentionAt(input.people, para, tokens[run].start, 0);
    const firstHere = m !== null && m.person.at[0] === para && m.person.at[1] === tokens[run].start;
    if (m && !(backRef && firstHere)) return toSpeaker(m.person);
    if (backRef) {
      const p = lastMentionBefore(input.people, para, before);
      if (p) return { ...toSpeaker(p), title: asWritten() };
    }
    const name = text.slice(tokens[run].start, tokens[run + runLen - 1].end);
    const title = run > k ? text.slice(tokens[k].start, tokens[run - 1].end).replace(/[\s,(]+$/u, '') || null : null;
    return toSpeaker(addPerson(input.people, name, title, [para, tokens[run].start]));
  }
  if (j === k) return personNounBack(input, para, k, roleEnd, before) ?? bodySource(input, para, k, roleEnd, before);
  // An office alone: its holder named before, else the office as written, cut before a place or
  // body it was said from (`Presiden dari Istana Bogor`).
  const whole = text.slice(tokens[k].start, tokens[j - 1].end).replace(/[\s,(]+$/u, '');
  const short = whole.split(/,| dari | di | \(/u)[0].trim();
  const holder = findByTitle(input.people, short, para, tokens[k].start) ?? findByTitle(input.people, whole, para, tokens[k].start);
  if (holder) return toSpeaker(holder);
  const back = backRef ? lastMentionBefore(input.people, para, before) : null;
  if (back) return { ...toSpeaker(back), title: asWritten() };
  return { name: short || whole, title: null, resolved: null };
}

/**
 * `juru bicara Intel` where the story writes `CEO Intel Lip-Bu Tan`: a lone word the story uses
 * as a body's name is no person — unless it stands for one named in full (`Joko Widodo (Jokowi)`).
 */
function loneBodyWord(people: People, para: number, t: Token): boolean {
  if (people.bodies?.has(t.lower) !== true) return false;
  const m = mentionAt(people, para, t.start, 0)?.person ?? findPerson(people, [t.lower]);
  return !(m && m.name.includes(' '));
}

/** Last words of a body's name in English: a news agency, a paper, an institute. */
const ENGLISH_BODY_TAILS = new Set([
  'agency', 'news', 'press', 'times', 'post', 'herald', 'tribune', 'gazette', 'journal', 'daily', 'telegraph', 'network',
  'broadcasting', 'service', 'institute', 'foundation', 'organization', 'organisation', 'council', 'association',
  'corporation', 'company', 'bureau', 'watch', 'monitor', 'observatory', 'university', 'college', 'center', 'centre',
]);

/**
 * The capitalised words around the name run at `run` (within the chain k..end) when the last of
 * them ends a body's name in English (`Saudi Press Agency`): [from, to) or null.
 */
function englishBodyAround(tokens: readonly Token[], k: number, run: number, end: number): [number, number] | null {
  let from = run;
  while (from > k && tokens[from - 1].word && isCapitalized(tokens[from - 1]) && !isTitleWord(tokens[from - 1])) from--;
  let to = run;
  while (to < end && tokens[to].word && isCapitalized(tokens[to])) to++;
  // `Institute for Essential Services Reform`: the body's name goes on past the word.
  if (to < tokens.length && /^(?:for|of|and|&|on)$/.test(tokens[to].lower)) return null;
  return to - from >= 2 && ENGLISH_BODY_TAILS.has(tokens[to - 1].lower) ? [from, to] : null;
}

/**
 * `kata kuasa hukum Budi, Anton Wijaya` → Anton Wijaya; `ujar kuasa hukum Budi` → the role as
 * written (or the lawyer the story named with it before), never Budi, the client. Null when no
 * client is named after the role (`kata kuasa hukum terdakwa, Tuti`: the title chain reads it).
 */
function lawyerFor(input: AttributionInput, para: number, k: number): Speaker | null {
  const tokens = input.tokens[para]!;
  const e = lawyerRoleEnd(tokens, k);
  if (e < 0) return null;
  // The client: names, offices and bodies (`PT Hadji Kalla`), two joined by `dan`.
  let j = e;
  let named = false;
  while (j < tokens.length && j - e < 12) {
    const len = nameRun(tokens, j, input.ctx);
    if (len > 0) { named = true; j += len; continue; }
    const x = tokens[j];
    if (x.word && (isCapitalized(x) || isTitleWord(x))) { j++; continue; }
    if (x.word && x.lower === 'dan' && tokens[j + 1]?.word && isCapitalized(tokens[j + 1])) { j++; continue; }
    break;
  }
  if (!named) return null;
  const text = input.paragraphs[para];
  const role = text.slice(tokens[k].start, tokens[j - 1].end);
  const next = tokens[j + 1];
  if (tokens[j]?.text === ',' && next) {
    const len = nameRun(tokens, j + 1, input.ctx);
    if (len > 0) {
      const m = mentionAt(input.people, para, next.start, 0);
      const name = text.slice(next.start, tokens[j + len].end);
      const p = m && !m.inRole ? m.person : addPerson(input.people, name, role, [para, next.start]);
      if (!p.title) { p.title = role; p.full = `${role} ${p.name}`; }
      return toSpeaker(p);
    }
    // `kata pengacara Razman, terdakwa kasus …`: the role is his profession; the chain reads it.
    if (tokens[k].lower === 'pengacara' && next.word && next.text === next.lower && isTitleWord(next)) return null;
  }
  const holder = findByTitle(input.people, role, para, tokens[k].start);
  if (holder) return toSpeaker(holder);
  const m = mentionAt(input.people, para, tokens[k].start, 0);
  if (m && m.person.tokens.length === 0 && m.start === tokens[k].start) return toSpeaker(m.person);
  return { name: role, title: null, resolved: null };
}

/** Most lower-case words a role set off before a name may run to: `psikolog anak yang membuka praktik sendiri`. */
const MAX_ROLE_WORDS = 6;

/**
 * `ujar pengendali hama bersertifikat, Budi Sentosa.`, `kata salah satu siswa, Laila Ramadhani.`: a role in
 * lower case (no office the title chain knows), a comma, and the name that ends the clause.
 */
function roleThenName(input: AttributionInput, para: number, k: number): Speaker | null {
  const tokens = input.tokens[para]!;
  let d = k;
  while (d < tokens.length && d - k < MAX_ROLE_WORDS) {
    const x = tokens[d];
    if (!x.word || x.text !== x.lower || (FUNCTION_WORDS.has(x.lower) && x.lower !== 'yang')) break;
    d++;
  }
  if (d === k || tokens[d]?.text !== ',') return null;
  const len = nameRun(tokens, d + 1, input.ctx);
  const after = tokens[d + 1 + len];
  if (len === 0 || (after && after.text !== ',' && after.text !== '.' && after.text !== '(')) return null;
  const start = tokens[d + 1].start;
  const m = mentionAt(input.people, para, start, 0);
  if (m) return toSpeaker(m.person);
  const text = input.paragraphs[para];
  return toSpeaker(addPerson(input.people, text.slice(start, tokens[d + len].end), text.slice(tokens[k].start, tokens[d - 1].end), [para, start]));
}

/**
 * `ujar pria yang kini berusia 61 tahun tersebut`, `tutur jebolan akademi Ajax itu`, `tambah
 * sang pelatih`: a person named by a noun for people (not an office, so no title chain was read)
 * that points back to the one the story has just been about. `kata laporan tersebut` names a thing.
 */
function personNounBack(input: AttributionInput, para: number, k: number, roleEnd: number, before: number): Speaker | null {
  const tokens = input.tokens[para]!;
  const t = tokens[k];
  let end: number;
  const nx = tokens[k + 1];
  if (t.lower === 'sang' && nx?.word && nx.text === nx.lower && (isTitleWord(nx) || PERSON_NOUNS.has(nx.lower))) end = k + 2;
  else if (roleEnd > k && PERSON_NOUNS.has(t.lower)) end = roleEnd;
  else return null;
  const p = lastMentionBefore(input.people, para, before);
  if (!p) return null;
  return { ...toSpeaker(p), title: input.paragraphs[para].slice(t.start, tokens[end - 1].end).replace(/[\s,(]+$/u, '') };
}

/** What a body publishes, the body's name after it: `tulis sinopsis resmi Disney+`, `lanjut keterangan Taspen`. */
const BODY_WORDS = new Set([
  'pernyataan', 'keterangan', 'sinopsis', 'rilis', 'siaran', 'unggahan', 'akun', 'laman', 'situs', 'pengumuman',
  'surat', 'laporan', 'deskripsi', 'takarir', 'cuitan', 'postingan',
]);
/** Words between such a noun and the body: `pernyataan resmi`, `siaran pers`, `akun Instagram resmi`. */
const BODY_WORD_MODIFIERS = new Set(['resmi', 'tertulis', 'pers', 'instagram', 'x', 'twitter', 'facebook', 'tiktok', 'youtube', 'threads', 'edaran']);
/** Nouns for a body that, with `tersebut`/`itu`/`ini`, point back to one named before: `ujar grup tersebut`. */
const BODY_NOUNS = new Set([
  'grup', 'band', 'tim', 'klub', 'perusahaan', 'lembaga', 'partai', 'organisasi', 'instansi', 'kelompok',
  'asosiasi', 'komunitas', 'yayasan', 'perseroan', 'kementerian', 'badan',
]);
/** How many paragraphs back `grup tersebut` looks for `grup X`. */
const BODY_REACH = 6;

/**
 * A body as the source, no person named: `tulis sinopsis resmi Disney+` (the body after what it
 * published, that as the title), `ujar grup tersebut` (the group last named `grup X` in the few
 * paragraphs before, else the phrase as written, as for an office alone). `tulis laporan tersebut`
 * names a thing only: null.
 */
function bodySource(input: AttributionInput, para: number, k: number, roleEnd: number, before: number): Speaker | null {
  const tokens = input.tokens[para]!;
  const text = input.paragraphs[para];
  const t = tokens[k];
  if (BODY_WORDS.has(t.lower)) {
    let d = k + 1;
    while (d < tokens.length && d - k <= 3 && tokens[d].word && BODY_WORD_MODIFIERS.has(tokens[d].lower)) d++;
    const end = bodyNameEnd(tokens, d);
    if (end === d) return null;
    const m = mentionAt(input.people, para, tokens[d].start, 0);
    // A person or body the story has named so, the whole run (not `Angkatan` of `Angkatan Udara India`).
    if (m && m.start === tokens[d].start && m.end >= tokens[end - 1].end && !m.inRole) return toSpeaker(m.person);
    const name = text.slice(tokens[d].start, tokens[end - 1].end);
    return { name, title: text.slice(t.start, tokens[d - 1].end), resolved: text.slice(t.start, tokens[end - 1].end) };
  }
  if (!BODY_NOUNS.has(t.lower) || roleEnd !== k + 1) return null;
  const phrase = text.slice(t.start, tokens[roleEnd].end);
  for (let p = para; p >= 0 && para - p <= BODY_REACH; p--) {
    const list = input.tokens[p];
    if (!list) continue;
    for (let x = list.length - 2; x >= 0; x--) {
      if (p === para && list[x].start >= before) continue;
      if (list[x].lower !== t.lower) continue;
      const end = bodyNameEnd(list, x + 1);
      if (end > x + 1) {
        const pText = input.paragraphs[p];
        return { name: pText.slice(list[x + 1].start, list[end - 1].end), title: phrase, resolved: pText.slice(list[x].start, list[end - 1].end) };
      }
    }
  }
  return { name: phrase, title: null, resolved: null };
}

/** The end of a body's name from token d: capitalised words and acronyms, a mark glued on (`Disney+`). */
function bodyNameEnd(tokens: readonly Token[], d: number): number {
  let e = d;
  while (e < tokens.length && e - d < 8) {
    const x = tokens[e];
    if (x.word && isCapitalized(x) && !TIME_WORDS.has(x.lower)) { e++; continue; }
    // `Disney+`: a mark glued to the name's end, no word after it.
    if (e > d && !x.word && x.start === tokens[e - 1].end && (x.text === '+' || x.text === '!') && !(tokens[e + 1]?.word && tokens[e + 1].start === x.end)) { e++; continue; }
    break;
  }
  return e;
}

/** Nouns for people that are no office: with `ini`/`itu`/`tersebut` or `yang …` they point back. */
const PERSON_NOUNS = new Set([
  'pria', 'wanita', 'perempuan', 'lelaki', 'laki-laki', 'pemuda', 'pemudi', 'remaja', 'bocah', 'anak', 'gadis',
  'nenek', 'kakek', 'ayah', 'suami', 'istri', 'jebolan', 'lulusan', 'alumnus', 'alumni', 'pebalap', 'petinju',
  'petenis', 'pegolf', 'pesenam', 'perenang', 'pelari', 'pebasket', 'pesepak', 'pebulu', 'pesilat', 'penembak',
]);

/**
 * After a lower-case role, does the phrase point back to someone already named: `… ini/itu/tersebut`
 * within a few words (`ibu dua anak ini`), or a relative clause (`sopir yang mengaku …`)?
 */
function pointsBack(tokens: readonly Token[], j: number, roleOnly: boolean): number {
  if (roleOnly && tokens[j]?.lower === 'yang') return j;
  // The phrase runs to the end of the clause; it points back when it ends in `ini`/`itu`/`tersebut`
  // (`dokter di Puskesmas Kecamatan Palmerah ini`, `warga Bekasi Utara, itu`).
  for (let d = j; d < tokens.length && d - j < 14; d++) {
    const x = tokens[d];
    if (DEMONSTRATIVES.has(x.lower)) {
      const nx = tokens[d + 1];
      // `juru taktik 61 tahun tersebut kepada media`: a side phrase may follow.
      return !nx || /^[.,!?;:]$/.test(nx.text) || SIDE_PHRASE.has(nx.lower) ? d : -1;
    }
    if (x.text === ',' && DEMONSTRATIVES.has(tokens[d + 1]?.lower ?? '')) continue;
    // `pria yang kini berusia 61 tahun tersebut`: a number may stand in the phrase.
    if (!x.word && x.text !== '(' && x.text !== ')' && x.text !== '-' && !isDigitCode(x.text.charCodeAt(0))) return -1;
    if (x.word && (TIME_WORDS.has(x.lower) || (!roleOnly && d > j))) return -1;
  }
  return -1;
}

/** The subject of a verb at token v: the nearest person named before it in the sentence, or `dia`. */
export function subjectBefore(input: AttributionInput, para: number, v: number): Speaker | null {
  const tokens = input.tokens[para]!;
  const verb = tokens[v];
  const prev = tokens[v - 1];
  if (prev && PRONOUNS.has(prev.lower)) {
    const p = lastMentionBefore(input.people, para, prev.start);
    return p ? toSpeaker(p) : null;
  }
  if (prev && PLURAL_PRONOUNS.has(prev.lower)) return null;
  // Start of the sentence holding the verb.
  let s = v - 1;
  while (s >= 0 && !endsSentence(tokens, s)) s--;
  const sentenceStart = s >= 0 ? tokens[s].end : 0;
  let best: Person | null = null;
  for (const m of input.people.mentions) {
    if (m.paragraph !== para) { if (m.paragraph > para) break; continue; }
    if (m.start >= sentenceStart && m.end <= verb.start && verb.start - m.end <= 120 && !m.inRole) best = m.person;
  }
  return best ? toSpeaker(best) : null;
}

export function personSpeaker(p: Person | null): Speaker | null {
  return p ? toSpeaker(p) : null;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
