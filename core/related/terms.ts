// What a story is about, for "Baca juga": the people, places and organisations it names and its key
// terms, each weighted by where it appears (title and lead weigh most). Heuristic and pure: capitalised
// runs inside sentences are names, all-capital short words are acronyms (BPS, NATO), frequent content
// words are key terms. Keys are stems joined by spaces, the form the archive's stemmed index holds.
import type { Article } from '../model/article.ts';
import { fold, stem } from '../search/text.ts';
import { isStopWord } from './stopwords.ts';

export type TermKind = 'name' | 'acronym' | 'term';

export interface RelatedTerm {
  /** Stems joined by single spaces: `tito karnavian`, `inflasi`. */
  key: string;
  /** As first written: `Tito Karnavian`. */
  display: string;
  kind: TermKind;
  count: number;
  inTitle: boolean;
  inLead: boolean;
  weight: number;
}

export interface TermSource {
  title: string;
  lead: string;
  /** Body paragraphs after the lead. */
  body: string[];
}

/** Role and honorific words that precede names but are not part of them. */
const ROLE_WORDS = new Set(`presiden wakil menteri ketua kepala gubernur bupati wali kota direktur utama
juru bicara jubir sekretaris jenderal kapolda kapolri kapolres panglima komandan dr prof ir drs hj h
ekonom pengamat anggota duta besar dubes sekjen plt pj kasat kasi kabid staf khusus raja ratu
pangeran perdana senator jaksa hakim wamen menko dirut direktur eksekutif koordinator ketum
bapak ibu pak bu saudara tuan nyonya sang`.split(/\s+/));

/** Capitalised words that start sentences without naming anything. */
const NOT_NAMES = new Set(`selain namun meski sementara adapun terkait menurut dalam pada saat sebelumnya
kemudian sedangkan bahkan tak tidak ia dia mereka kami kita hal ini itu baca juga simak video foto
senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september
oktober november desember pewarta editor penerjemah sumber copyright antara`.split(/\s+/));

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[.!?]["”']?|["“”(),;:]/gu;

interface Tok { raw: string; folded: string; start: boolean; cap: boolean; upper: boolean; brk: boolean }

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let sentenceStart = true;
  let brk = false;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    if (/^[.!?]/.test(raw) && raw.length <= 2) { sentenceStart = true; continue; }
    if (/^["“”(),;:]$/.test(raw)) {
      if (raw === ':') sentenceStart = true;
      brk = true;
      continue;
    }
    const clean = raw.replace(/[.'’]+$/, '');
    for (const part of clean.split('-')) {
      if (!part) continue;
      const first = part[0];
      const cap = first !== first.toLowerCase() && first === first.toUpperCase();
      const upper = part.length >= 2 && part === part.toUpperCase() && /\p{Lu}/u.test(part);
      out.push({ raw: part, folded: fold(part), start: sentenceStart, cap, upper, brk });
      sentenceStart = false;
      brk = false;
    }
  }
  return out;
}

function keyOf(foldedWords: string[]): string {
  return foldedWords.map(stem).join(' ');
}

/** Strip a leading `JAKARTA (ANTARA) -` dateline from raw lead text. */
export function stripDateline(lead: string): string {
  return lead.replace(/^[\p{Lu}][\p{Lu} .,'-]{1,40}(\([^)]{1,40}\))?\s*[-–—]\s+/u, '');
}

export function extractTerms(src: TermSource, limit = 40): RelatedTerm[] {
  const lead = stripDateline(src.lead);
  const lowerSeen = new Set<string>();
  const parts = [lead, ...src.body].map(tokens);
  const capMid = new Set<string>();
  for (const ts of parts) {
    for (const t of ts) {
      if (!t.cap) lowerSeen.add(t.folded);
      else if (!t.start) capMid.add(t.folded);
    }
  }
  const titleToks = tokens(src.title);
  const titleCase = titleToks.length > 0 && titleToks.filter((t) => t.cap).length / titleToks.length > 0.6;
  const found = new Map<string, RelatedTerm>();
  const add = (key: string, display: string, kind: TermKind, where: 'title' | 'lead' | 'body') => {
    let t = found.get(key);
    if (!t) {
      t = { key, display, kind, count: 0, inTitle: false, inLead: false, weight: 0 };
      found.set(key, t);
    } else if (kind !== 'term' && t.kind === 'term') {
      t.kind = kind;
      t.display = display;
    }
    t.count++;
    if (where === 'title') t.inTitle = true;
    if (where === 'lead') t.inLead = true;
  };
  const scan = (ts: Tok[], where: 'title' | 'lead' | 'body', namesAllowed: boolean) => {
    let run: Tok[] = [];
    const flush = () => {
      while (run.length && (ROLE_WORDS.has(run[0].folded) || isStopWord(run[0].folded))) run.shift();
      while (run.length && isStopWord(run[run.length - 1].folded)) run.pop();
      if (run.length) {
        const allUpper = run.length === 1 && run[0].upper && run[0].raw.length <= 6;
        const kind: TermKind = allUpper ? 'acronym' : 'name';
        // A lone capitalised word opening a sentence (`Capaian`, `Dulu`) is a name only when the
        // text also capitalises it mid-sentence.
        if (!(run.length === 1 && run[0].start && !capMid.has(run[0].folded))) {
          add(keyOf(run.map((t) => t.folded)), run.map((t) => t.raw).join(' '), kind, where);
        }
        // `Menteri Dalam Negeri Tito Karnavian`: the last two words are usually the person.
        if (run.length >= 3) {
          const tail = run.slice(-2);
          add(keyOf(tail.map((t) => t.folded)), tail.map((t) => t.raw).join(' '), 'name', where);
        }
      }
      run = [];
    };
    for (const t of ts) {
      if (t.brk) flush();
      const nameLike = namesAllowed && t.cap && !/^\d/.test(t.raw) && !NOT_NAMES.has(t.folded)
        && !(t.start && (lowerSeen.has(t.folded) || isStopWord(t.folded)));
      const inner = namesAllowed && run.length > 0 && !t.start && t.cap && isStopWord(t.folded);
      if ((nameLike || inner) && run.length < 6) {
        if (t.start && run.length) flush();
        run.push(t);
      } else {
        flush();
      }
      if (!isStopWord(t.folded) && t.folded.length >= 4 && !/^\d+$/.test(t.folded)) {
        const s = stem(t.folded);
        if (!isStopWord(s) && s.length >= 3) add(s, t.folded, 'term', where);
      }
    }
    flush();
  };
  scan(titleToks, 'title', !titleCase);
  scan(parts[0] ?? [], 'lead', true);
  for (let i = 1; i < parts.length; i++) scan(parts[i], 'body', true);
  // In a Title Case headline capitals mean nothing; mark names found in the text that it repeats.
  if (titleCase) {
    const titleStems = ` ${titleToks.map((t) => stem(t.folded)).join(' ')} `;
    for (const t of found.values()) if (t.kind !== 'term' && titleStems.includes(` ${t.key} `)) t.inTitle = true;
  }
  const base: Record<TermKind, number> = { name: 3, acronym: 2.5, term: 1 };
  const out: RelatedTerm[] = [];
  for (const t of found.values()) {
    if (t.kind === 'term' && t.count < 2 && !t.inTitle && !t.inLead) continue;
    // A "name" seen once, only in the body, and also a common word: too weak to be a name.
    if (t.kind === 'name' && t.key.length < 3) continue;
    t.weight = base[t.kind] * (t.inTitle ? 2 : 1) * (t.inLead ? 1.5 : 1) * (1 + Math.log(t.count));
    out.push(t);
  }
  out.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
  return out.slice(0, limit);
}

/** Split a body joined by blank lines into lead and the rest. */
export function sourceFromText(title: string, body: string): TermSource {
  const paras = body.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  return { title, lead: paras[0] ?? '', body: paras.slice(1) };
}

export function sourceFromArticle(a: Article): TermSource {
  const body = a.paragraphs.filter((p) => p.role === 'body').map((p) => p.text);
  return { title: a.headline ?? '', lead: a.lead, body };
}
