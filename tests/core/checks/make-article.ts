// Builds an Article from a small text format, for rule tests that must not depend on the parser:
// `# Headline` on the first line, paragraphs split by blank lines, `!! ` marks a junk paragraph,
// `Baca juga:` / `Pewarta:` / `Sumber:` / `COPYRIGHT` lines get their roles, the first prose
// paragraph is the lead (with a dateline when it starts like one), quotes found by quote marks.
import type { Article, Paragraph, ParagraphRole, Quote, Speaker } from '../../../core/model/article.ts';
import { emptyCredits, emptyMeta } from '../../../core/model/article.ts';
import { BUILTIN_PROFILES } from '../../../core/profiles/index.ts';
import { RuleTester } from '../../../core/checks/rule-tester.ts';
import { test } from 'node:test';

const DATELINE = /^(\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*){0,3})(?: \(([^)]{2,30})\)|, ([A-Za-z][\w.]*))? - /u;
const CUE_AFTER = /^[,.]?\s*(kata|ujar|ucap|jelas|ungkap|tutur|tegas|tambah|imbuh|lanjut|katanya|ujarnya|ucapnya|jelasnya|ungkapnya|tuturnya|tegasnya|tambahnya|imbuhnya|lanjutnya|pungkasnya|tandasnya|sebut|papar)\b\s*((?:\p{Lu}[\p{L}'’.-]*\s?){0,4})/u;
const CUE_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s){1,4})(?:\p{Ll}+\s){0,2}(mengatakan|menyatakan|menegaskan|menjelaskan|menambahkan|berkata)[,:]?\s*$/u;

function role(text: string): ParagraphRole | null {
  if (/^!! /.test(text)) return 'junk';
  if (/^Baca juga\s*:/i.test(text)) return 'related';
  if (/^(Pewarta|Editor|Penerjemah|Reporter|Penulis)\s*:/.test(text)) return 'credit';
  if (/^Sumber\s*:/.test(text)) return 'source-credit';
  if (/^(COPYRIGHT|©)/i.test(text)) return 'copyright';
  return null;
}

function speakerFrom(raw: string, prev: Speaker | null): Speaker | null {
  const name = raw.trim().replace(/[.,]$/, '');
  if (!name) return prev;
  return { name, title: null, resolved: null };
}

export function makeArticle(code: string): Article {
  let text = code.replace(/\r\n/g, '\n').trim();
  let headline: string | null = null;
  const h = /^# (.*)\n?/.exec(text);
  if (h) {
    headline = h[1];
    text = text.slice(h[0].length).trim();
  }
  const blocks = text ? text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean) : [];
  const paragraphs: Paragraph[] = [];
  let leadSeen = false;
  for (const b of blocks) {
    const r = role(b);
    const t = r === 'junk' ? b.slice(3) : b;
    if (r) paragraphs.push({ role: r, text: t });
    else {
      paragraphs.push({ role: leadSeen ? 'body' : 'lead', text: t });
      leadSeen = true;
    }
  }
  const leadIdx = paragraphs.findIndex((p) => p.role === 'lead');
  let dateline: Article['dateline'] = null;
  if (leadIdx >= 0) {
    const m = DATELINE.exec(paragraphs[leadIdx].text);
    if (m) dateline = { place: m[1], agency: m[2] ?? m[3] ?? null, length: m[0].length };
  }
  const quotes: Quote[] = [];
  let prev: Speaker | null = null;
  paragraphs.forEach((p, i) => {
    if (p.role !== 'lead' && p.role !== 'body') return;
    const re = /["“”]([^"“”]+)["“”]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      const after = CUE_AFTER.exec(p.text.slice(m.index + m[0].length));
      const before = CUE_BEFORE.exec(p.text.slice(0, m.index));
      let speaker: Speaker | null = null;
      let cue: string | null = null;
      if (after) {
        cue = after[1];
        speaker = after[2].trim() ? speakerFrom(after[2], prev) : (/nya$/.test(cue) ? prev : null);
      } else if (before) {
        cue = before[2];
        speaker = speakerFrom(before[1], prev);
      }
      quotes.push({ kind: 'direct', text: m[1], paragraph: i, start: m.index, end: m.index + m[0].length, cue, speaker });
      if (speaker) prev = speaker;
    }
  });
  const credits = emptyCredits();
  for (const p of paragraphs) {
    if (p.role !== 'credit') continue;
    const m = /^(\w+)\s*:\s*(.*)$/.exec(p.text);
    if (!m) continue;
    if (/Pewarta|Reporter|Penulis/.test(m[1])) credits.reporter = m[2];
    if (m[1] === 'Editor') credits.editor = m[2];
    if (m[1] === 'Penerjemah') credits.translator = m[2];
  }
  return {
    headline,
    dateline,
    lead: leadIdx >= 0 ? paragraphs[leadIdx].text.slice(dateline?.length ?? 0) : '',
    paragraphs,
    quotes,
    related: paragraphs.flatMap((p, i) => (p.role === 'related' ? [{ title: p.text.replace(/^Baca juga\s*:\s*/i, ''), url: null, paragraph: i }] : [])),
    sourceCredits: paragraphs.filter((p) => p.role === 'source-credit').map((p) => p.text.replace(/^Sumber\s*:\s*/, '')),
    credits,
    language: 'id',
    provenance: null,
    meta: emptyMeta(),
  };
}

export function serialize(article: Article): string {
  const parts = article.paragraphs.map((p) => (p.role === 'junk' ? '!! ' + p.text : p.text));
  if (article.headline != null) parts.unshift('# ' + article.headline);
  return parts.join('\n\n');
}

export const antara = BUILTIN_PROFILES.find((p) => p.id === 'antara')!;
export const kompas = BUILTIN_PROFILES.find((p) => p.id === 'kompas')!;
export const detik = BUILTIN_PROFILES.find((p) => p.id === 'detik')!;

/** The tester every rule test uses: hand-built articles, the ANTARA profile, node:test cases. */
export const ruleTester = new RuleTester({ parse: makeArticle, serialize, profile: antara, it: (name, fn) => test(name, fn) });
