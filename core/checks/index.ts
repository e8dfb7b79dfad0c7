// The checks engine: runs every enabled rule of a desk profile over one article, in one walk.
import type { Article } from '../model/article.ts';
import type { Finding, TextEdit } from '../model/finding.ts';
import type { DeskProfile } from '../model/profile.ts';
import { resolveRuleSetting, type ResolvedRuleSetting } from '../profiles/index.ts';
import { RULES } from './rules.ts';
import { leadIndex } from './article-util.ts';
import { inRanges, lowerOf, scanQuoteSpans, tokenize, tokensFromParsed, type Range, type Token } from './text.ts';
import { parsedTokens } from '../parse/token-handoff.ts';
import type { CheckEnv, EditDescriptor, Locale, Message, ReportDescriptor, RuleContext, RuleModule, Visitors } from './types.ts';
import { getOrMake } from './cache.ts';

export { RULES } from './rules.ts';
export { leadIndex } from './article-util.ts';
export type { CheckEnv, Speller, RuleModule, RuleContext, Locale } from './types.ts';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

// A template cut once into text and placeholders: [text, key, whole, text, key, whole, …, text].
const templates = new Map<string, string[]>();

function templateParts(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = [];
    let at = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(at, m.index), m[1], m[0]);
      at = m.index + m[0].length;
    }
    parts.push(template.slice(at));
    if (templates.size >= 10_000) templates.clear();
    templates.set(template, parts);
  }
  return parts;
}

export function formatMessage(msg: Message, locale: Locale, data?: Record<string, string | number>): string {
  const template = locale === 'en' ? msg.en : msg.id;
  if (!template.includes('{{')) return template;
  // As `template.replace(PLACEHOLDER, …)`: a key the data lacks keeps its placeholder.
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i];
    out += (data && key in data ? String(data[key]) : parts[i + 1]) + parts[i + 2];
  }
  return out;
}

/** What every rule of one run shares: tokens and quote ranges, computed once per paragraph. */
export class Analysis {
  readonly article: Article;
  readonly lead: number;
  // By paragraph index: arrays, not maps, as every rule asks for every paragraph (other indices,
  // the headline's -1 among them, in `elsewhere`).
  private quoteCache: Range[][] = [];
  private tokenCache: Token[][] = [];
  private elsewhere = new Map<string, Range[] | Token[]>();
  private parserQuotes: Map<number, Range[]> | null = null;
  private memos = new Map<string, unknown>();

  memo<T>(key: string, compute: () => T): T {
    let v = this.memos.get(key);
    if (v === undefined && !this.memos.has(key)) {
      v = compute();
      this.memos.set(key, v);
    }
    return v as T;
  }

  constructor(article: Article) {
    this.article = article;
    this.lead = leadIndex(article);
  }

  private shared: Pick<RuleContext, 'tokens' | 'quoteRanges' | 'inDirectQuote' | 'textStart' | 'memo'> | null = null;

  /** The context functions every rule of the run shares (made once per run, not once per rule). */
  contextFunctions(): Pick<RuleContext, 'tokens' | 'quoteRanges' | 'inDirectQuote' | 'textStart' | 'memo'> {
    if (!this.shared) {
      this.shared = {
        tokens: (p) => this.tokens(p),
        quoteRanges: (p) => this.quoteRanges(p),
        inDirectQuote: (p, s, e) => inRanges(this.quoteRanges(p), s, e ?? s + 1),
        textStart: (p) => this.textStart(p),
        memo: (key, compute) => this.memo(key, compute),
      };
    }
    return this.shared;
  }

  textStart(p: number): number {
    const d = this.article.dateline;
    if (p === this.lead && d && d.length > 0) return Math.min(d.length, this.article.paragraphs[p]?.text.length ?? 0);
    return 0;
  }

  private fromParser(): Map<number, Range[]> {
    if (this.parserQuotes) return this.parserQuotes;
    const map = new Map<number, Range[]>();
    const add = (p: number, r: Range) => {
      const list = map.get(p) ?? [];
      list.push(r);
      map.set(p, list);
    };
    for (const q of this.article.quotes) {
      if (q.kind !== 'direct') continue;
      const last = q.endParagraph ?? q.paragraph;
      if (last === q.paragraph) add(q.paragraph, [q.start, q.end]);
      else {
        add(q.paragraph, [q.start, this.article.paragraphs[q.paragraph]?.text.length ?? q.start]);
        for (let p = q.paragraph + 1; p < last; p++) add(p, [0, this.article.paragraphs[p]?.text.length ?? 0]);
        add(last, [0, q.end]);
      }
    }
    this.parserQuotes = map;
    return map;
  }

  quoteRanges(p: number): Range[] {
    if (p < 0) return this.elsewhereOf(`q${p}`, () => this.quotesOf(p)) as Range[];
    let r = this.quoteCache[p];
    if (!r) {
      r = this.quotesOf(p);
      this.quoteCache[p] = r;
    }
    return r;
  }

  private elsewhereOf(key: string, compute: () => Range[] | Token[]): Range[] | Token[] {
    let v = this.elsewhere.get(key);
    if (!v) {
      v = compute();
      this.elsewhere.set(key, v);
    }
    return v;
  }

  private quotesOf(p: number): Range[] {
    const text = this.article.paragraphs[p]?.text ?? '';
    return [...(this.fromParser().get(p) ?? []), ...scanQuoteSpans(text)];
  }

  tokens(p: number): Token[] {
    if (p < 0) return this.elsewhereOf(`t${p}`, () => (p === -1 ? tokenize(this.article.headline ?? '', 0, []) : this.tokensOf(p))) as Token[];
    let t = this.tokenCache[p];
    if (!t) {
      t = this.tokensOf(p);
      this.tokenCache[p] = t;
    }
    return t;
  }

  private tokensOf(p: number): Token[] {
    const paragraph = this.article.paragraphs[p];
    const text = paragraph?.text ?? '';
    const from = this.textStart(p);
    const quotes = this.quoteRanges(p);
    const lower = lowerOf(this.contextFunctions().memo, text, p);
    // The words the parser read in this very paragraph, when it was parsed just before.
    const parsed = paragraph ? parsedTokens(paragraph, p) : null;
    return (parsed && tokensFromParsed(text, from, quotes, lower, parsed)) ?? tokenize(text, from, quotes, lower);
  }
}

function toEdit(e: EditDescriptor, paragraph: number): TextEdit {
  return { paragraph: e.paragraph ?? paragraph, start: e.start, end: e.end, text: e.text };
}

export function runRule(rule: RuleModule, analysis: Analysis, profile: DeskProfile, env: CheckEnv, out: Finding[], setting: ResolvedRuleSetting = resolveRuleSetting(profile, rule.meta.id)): Visitors {
  const locale: Locale = env.locale ?? 'id';
  const shared = analysis.contextFunctions();
  const context: RuleContext = {
    id: rule.meta.id,
    article: analysis.article,
    profile,
    options: setting.options,
    env,
    tokens: shared.tokens,
    quoteRanges: shared.quoteRanges,
    inDirectQuote: shared.inDirectQuote,
    textStart: shared.textStart,
    memo: shared.memo,
    report(d: ReportDescriptor) {
      const msg = rule.meta.messages[d.messageId];
      if (!msg) throw new Error(`${rule.meta.id}: unknown messageId "${d.messageId}"`);
      const f: Finding = {
        ruleId: rule.meta.id,
        severity: setting.severity,
        category: rule.meta.category,
        message: formatMessage(msg, locale, d.data),
        paragraph: d.paragraph,
        start: d.start,
        end: d.end,
      };
      if (d.fix) f.fix = (Array.isArray(d.fix) ? d.fix : [d.fix]).map((e) => toEdit(e, d.paragraph));
      if (d.suggest?.length) {
        f.suggestions = d.suggest.map((s) => {
          const m = rule.meta.messages[s.messageId];
          if (!m) throw new Error(`${rule.meta.id}: unknown suggestion messageId "${s.messageId}"`);
          return { message: formatMessage(m, locale, s.data), edits: s.edits.map((e) => toEdit(e, d.paragraph)) };
        });
      }
      out.push(f);
    },
  };
  return rule.create(context);
}

/** Walks the article once, calling each rule's visitors in node order. */
export function walk(article: Article, visitors: Visitors[]): void {
  // One list of handlers per node kind (made in one pass), so a kind no rule visits costs nothing.
  const onArticle: NonNullable<Visitors['article']>[] = [];
  const onHeadline: NonNullable<Visitors['headline']>[] = [];
  const onDateline: NonNullable<Visitors['dateline']>[] = [];
  const onParagraph: NonNullable<Visitors['paragraph']>[] = [];
  const onCredit: NonNullable<Visitors['credit']>[] = [];
  const onQuote: NonNullable<Visitors['quote']>[] = [];
  const onRelated: NonNullable<Visitors['related']>[] = [];
  const onExit: NonNullable<Visitors['article:exit']>[] = [];
  for (const v of visitors) {
    if (typeof v.article === 'function') onArticle.push(v.article);
    if (typeof v.headline === 'function') onHeadline.push(v.headline);
    if (typeof v.dateline === 'function') onDateline.push(v.dateline);
    if (typeof v.paragraph === 'function') onParagraph.push(v.paragraph);
    if (typeof v.credit === 'function') onCredit.push(v.credit);
    if (typeof v.quote === 'function') onQuote.push(v.quote);
    if (typeof v.related === 'function') onRelated.push(v.related);
    if (typeof v['article:exit'] === 'function') onExit.push(v['article:exit']);
  }
  for (const f of onArticle) f(article);
  if (article.headline != null) for (const f of onHeadline) f(article.headline);
  const lead = leadIndex(article);
  if (article.dateline && lead >= 0) for (const f of onDateline) f(lead);
  for (let index = 0; index < article.paragraphs.length; index++) {
    const paragraph = article.paragraphs[index];
    const node = { index, paragraph };
    for (let k = 0; k < onParagraph.length; k++) onParagraph[k](node);
    if (paragraph.role === 'credit') for (const f of onCredit) f(node);
  }
  for (const q of article.quotes) for (const f of onQuote) f(q);
  for (const r of article.related) for (const f of onRelated) f(r);
  for (const f of onExit) f(article);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

interface EnabledRule {
  rule: RuleModule;
  setting: ResolvedRuleSetting;
}

// The rules a profile enables, with their settings: per profile and rule list, as
// `resolveRuleSetting` keeps its answers per profile.
const enabledCache = new WeakMap<DeskProfile, WeakMap<readonly RuleModule[], EnabledRule[]>>();

function enabledRules(profile: DeskProfile, rules: readonly RuleModule[]): EnabledRule[] {
  const byRules = getOrMake(enabledCache, profile, () => new WeakMap<readonly RuleModule[], EnabledRule[]>());
  let list = byRules.get(rules);
  if (!list) {
    list = [];
    for (const rule of rules) {
      const setting = resolveRuleSetting(profile, rule.meta.id);
      if (setting.enabled) list.push({ rule, setting });
    }
    byRules.set(rules, list);
  }
  return list;
}

/** Runs every rule the profile enables; findings sorted by paragraph, then start. */
export function runChecks(article: Article, profile: DeskProfile, env: CheckEnv = {}, rules: readonly RuleModule[] = RULES): Finding[] {
  const analysis = new Analysis(article);
  const out: Finding[] = [];
  const visitors: Visitors[] = [];
  for (const { rule, setting } of enabledRules(profile, rules)) visitors.push(runRule(rule, analysis, profile, env, out, setting));
  walk(article, visitors);
  out.sort(compareFindings);
  // One rule reporting the same range twice (two visitors seeing one thing) is one finding.
  return out.filter((f, i) => i === 0 || compareFindings(f, out[i - 1]) !== 0 || f.message !== out[i - 1].message);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.paragraph !== b.paragraph) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || a.start === b.start;
}

/**
 * Applies the `fix` edits of the given findings: a finding's edits go in together or not at all,
 * overlapping fixes after the first are skipped, edits land right to left per paragraph.
 * Returns a new Article (paragraphs emptied by a fix are dropped); quotes and offsets are stale
 * until the caller runs `reanalyze`.
 */
export function applyFixes(article: Article, findings: readonly Finding[]): Article {
  const accepted: TextEdit[] = [];
  const withFix = findings.filter((f) => f.fix && f.fix.length).slice().sort(compareFindings);
  for (const f of withFix) {
    const edits = f.fix!;
    if (edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    accepted.push(...edits);
  }
  if (!accepted.length) return article;
  const byParagraph = new Map<number, TextEdit[]>();
  for (const e of accepted) {
    const list = byParagraph.get(e.paragraph) ?? [];
    list.push(e);
    byParagraph.set(e.paragraph, list);
  }
  const apply = (text: string, edits: TextEdit[]) => {
    let out = text;
    for (const e of edits.slice().sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  };
  const lead = leadIndex(article);
  let dateline = article.dateline ? { ...article.dateline } : null;
  const paragraphs = article.paragraphs.map((p, i) => {
    const edits = byParagraph.get(i);
    if (!edits) return { ...p };
    if (i === lead && dateline) {
      const len = dateline.length;
      const delta = edits.filter((e) => e.end <= len).reduce((d, e) => d + e.text.length - (e.end - e.start), 0);
      dateline = { ...dateline, length: len + delta };
    }
    return { ...p, text: apply(p.text, edits) };
  });
  const headlineEdits = byParagraph.get(-1);
  const headline = headlineEdits && article.headline != null ? apply(article.headline, headlineEdits) : article.headline;
  const kept = paragraphs.filter((p, i) => p.text.trim() !== '' || article.paragraphs[i].text.trim() === '');
  const leadP = lead >= 0 ? paragraphs[lead] : null;
  return {
    ...article,
    headline,
    dateline,
    lead: leadP ? leadP.text.slice(dateline?.length ?? 0) : article.lead,
    paragraphs: kept,
  };
}
