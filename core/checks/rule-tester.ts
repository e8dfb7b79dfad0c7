// RuleTester: ESLint's invariants for our rules. Each invalid case reports at least once, states
// its messages and ranges, and its fixed output differs from the input; no case appears twice;
// no message keeps an unfilled {{placeholder}}; a rule never mutates the article (it is frozen).
import type { Article } from '../model/article.ts';
import type { Finding } from '../model/finding.ts';
import type { DeskProfile } from '../model/profile.ts';
import { applyFixes, formatMessage, runChecks } from './index.ts';
import type { CheckEnv, RuleModule } from './types.ts';
import { optionProblems } from './options.ts';

export interface CaseBase {
  name?: string;
  /** Story text in the tester's `parse` format; or give `article` directly. */
  code?: string;
  article?: Article;
  /** Profile fields to override on the tester's base profile. */
  profile?: Partial<DeskProfile>;
  options?: Record<string, unknown>;
  env?: CheckEnv;
}

export interface ExpectedError {
  messageId: string;
  paragraph?: number;
  start?: number;
  end?: number;
  /** The reported text, `text.slice(start, end)` of that paragraph (or headline). */
  text?: string;
  data?: Record<string, string | number>;
  suggestions?: { messageId?: string; output: string }[];
}

export type ValidCase = CaseBase | string;

export interface InvalidCase extends CaseBase {
  errors: number | ExpectedError[];
  /** Text after applying every fix; `null` asserts there is no fix. Required when a fix is made. */
  output?: string | null;
}

export interface RuleTesterConfig {
  parse(code: string): Article;
  serialize(article: Article): string;
  profile: DeskProfile;
  /** A test-framework `it`/`test`; without it cases run at once and the first failure throws. */
  it?: (name: string, fn: () => void) => unknown;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

function fail(msg: string): never {
  throw new Error(msg);
}

function eq(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) fail(`${what}: expected ${e}, got ${a}`);
}

const UNFILLED = /\{\{\s*\w+\s*\}\}/;

export function checkRuleMeta(rule: RuleModule): void {
  const m = rule.meta;
  if (!/^(structure|attribution|language|ethics)\/[a-z0-9-]+$/.test(m.id)) fail(`bad rule id ${m.id}`);
  if (!m.id.startsWith(m.category + '/')) fail(`${m.id}: category ${m.category} does not match the id`);
  if (!['error', 'warning', 'info'].includes(m.severity)) fail(`${m.id}: bad severity`);
  const d = m.docs;
  if (!d || !d.id?.trim() || !d.en?.trim() || !d.exampleBad?.trim() || !d.exampleGood?.trim()) fail(`${m.id}: docs need id, en, exampleBad, exampleGood`);
  if (!Object.keys(m.messages).length) fail(`${m.id}: no messages`);
  for (const [k, v] of Object.entries(m.messages)) if (!v.id?.trim() || !v.en?.trim()) fail(`${m.id}: message ${k} needs id and en text`);
  // Every rule states its options (an empty object schema when it takes none), and its defaults fit it.
  if (!m.schema) fail(`${m.id}: meta.schema is missing (use an empty object schema when the rule takes no options)`);
  const bad = optionProblems(m, m.defaultOptions ?? {});
  if (bad.length) fail(`${m.id}: defaultOptions do not fit meta.schema: ${bad.join('; ')}`);
}

export class RuleTester {
  private config: RuleTesterConfig;

  constructor(config: RuleTesterConfig) {
    this.config = config;
  }

  private article(c: CaseBase): Article {
    if (c.article) return JSON.parse(JSON.stringify(c.article)) as Article;
    if (c.code == null) fail('a case needs code or article');
    return this.config.parse(c.code);
  }

  private profile(rule: RuleModule, c: CaseBase): DeskProfile {
    const base = this.config.profile;
    const p: DeskProfile = { ...base, ...(c.profile ?? {}) };
    if (c.options) {
      // As ESLint's RuleTester does: a case may not pass options its rule's schema refuses.
      const bad = optionProblems(rule.meta, c.options);
      if (bad.length) fail(`options do not fit ${rule.meta.id}'s schema: ${bad.join('; ')}`);
    }
    if (c.options) p.rules = { ...p.rules, [rule.meta.id]: { ...(p.rules[rule.meta.id] ?? {}), options: c.options } };
    return p;
  }

  /** Runs one rule alone on a frozen article, in both locales, checking messages and meta. */
  private findings(rule: RuleModule, c: CaseBase): { article: Article; findings: Finding[]; messageIds: Map<string, string> } {
    const article = deepFreeze(this.article(c));
    const before = JSON.stringify(article);
    const profile = this.profile(rule, c);
    let findings: Finding[];
    let english: Finding[];
    // Remember which messageId made each finding: findings themselves carry only the text.
    const messageIds = new Map<string, string>();
    const spy: RuleModule = {
      meta: rule.meta,
      create: (ctx) => rule.create({
        ...ctx,
        report: (d) => {
          const msg = rule.meta.messages[d.messageId];
          if (msg) messageIds.set(`${d.paragraph}:${d.start}:${d.end}:${formatMessage(msg, 'id', d.data)}`, d.messageId);
          ctx.report(d);
        },
      }),
    };
    try {
      findings = runChecks(article, profile, { ...c.env, locale: 'id' }, [spy]);
      english = runChecks(article, profile, { ...c.env, locale: 'en' }, [rule]);
    } catch (e) {
      if (e instanceof TypeError && /read.only|frozen|not extensible/i.test(e.message)) fail(`${rule.meta.id} mutated the article: ${e.message}`);
      throw e;
    }
    if (JSON.stringify(article) !== before) fail(`${rule.meta.id} mutated the article`);
    for (const f of [...findings, ...english]) {
      if (UNFILLED.test(f.message)) fail(`unfilled placeholder in "${f.message}"`);
      for (const s of f.suggestions ?? []) if (UNFILLED.test(s.message)) fail(`unfilled placeholder in suggestion "${s.message}"`);
      if (f.fix && !rule.meta.fixable) fail(`${rule.meta.id} made a fix but meta.fixable is not set`);
      if (f.suggestions && !rule.meta.hasSuggestions) fail(`${rule.meta.id} made suggestions but meta.hasSuggestions is not set`);
      if (f.ruleId !== rule.meta.id || f.category !== rule.meta.category) fail('finding carries the wrong rule id or category');
    }
    if (english.length !== findings.length) fail('the English and Indonesian runs disagree');
    return { article, findings, messageIds };
  }

  private textOf(article: Article, f: Finding): string {
    if (f.paragraph === -2) return '';
    const t = f.paragraph === -1 ? (article.headline ?? '') : (article.paragraphs[f.paragraph]?.text ?? '');
    return t.slice(f.start, f.end);
  }

  run(name: string, rule: RuleModule, tests: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    checkRuleMeta(rule);
    if (!tests.invalid.length) fail(`${rule.meta.id}: needs at least one invalid case`);
    if (!tests.valid.length) fail(`${rule.meta.id}: needs at least one valid case`);
    const seen = new Set<string>();
    const key = (c: CaseBase) => JSON.stringify([c.code, c.article, c.profile, c.options, c.env?.now?.toISOString(), c.env?.archiveTitles, c.env?.locale, c.env?.speller ? 'speller' : null]);
    const runCase = this.config.it ?? ((_n: string, fn: () => void) => fn());
    const valid = tests.valid.map((v) => (typeof v === 'string' ? { code: v } : v));
    for (const c of [...valid, ...tests.invalid]) {
      const k = key(c);
      if (seen.has(k)) fail(`${rule.meta.id}: duplicate case ${c.name ?? c.code?.slice(0, 60)}`);
      seen.add(k);
    }
    valid.forEach((c, i) => {
      runCase(`${name} valid ${i + 1}: ${c.name ?? (c.code ?? '').slice(0, 50)}`, () => {
        const { findings } = this.findings(rule, c);
        if (findings.length) fail(`expected no findings, got ${findings.map((f) => `${f.message} [${f.paragraph}:${f.start}-${f.end}]`).join('; ')}`);
      });
    });
    tests.invalid.forEach((c, i) => {
      runCase(`${name} invalid ${i + 1}: ${c.name ?? (c.code ?? '').slice(0, 50)}`, () => this.runInvalid(rule, c));
    });
  }

  private runInvalid(rule: RuleModule, c: InvalidCase): void {
    const { article, findings, messageIds } = this.findings(rule, c);
    if (!findings.length) fail('an invalid case must report at least once');
    const count = typeof c.errors === 'number' ? c.errors : c.errors.length;
    if (count < 1) fail('an invalid case must expect at least one error');
    if (findings.length !== count) fail(`expected ${count} findings, got ${findings.length}: ${findings.map((f) => `${f.message} [${f.paragraph}:${f.start}-${f.end}]`).join('; ')}`);
    if (Array.isArray(c.errors)) {
      c.errors.forEach((e, i) => {
        const f = findings[i];
        const msg = rule.meta.messages[e.messageId];
        if (!msg) fail(`unknown messageId ${e.messageId}`);
        const got = messageIds.get(`${f.paragraph}:${f.start}:${f.end}:${f.message}`);
        if (got !== e.messageId) fail(`error ${i}: expected messageId ${e.messageId}, got ${got} ("${f.message}")`);
        // As STYLE.md asks: every expected error states where it is (a range, or the text it covers).
        if (e.text === undefined && (e.start === undefined || e.end === undefined) && f.paragraph !== -2) fail(`error ${i}: state its range (start and end) or its text (the finding covers ${JSON.stringify(this.textOf(article, f))} at ${f.paragraph}:${f.start}-${f.end})`);
        if (e.paragraph !== undefined) eq(f.paragraph, e.paragraph, `error ${i} paragraph`);
        if (e.start !== undefined) eq(f.start, e.start, `error ${i} start`);
        if (e.end !== undefined) eq(f.end, e.end, `error ${i} end`);
        if (e.text !== undefined) eq(this.textOf(article, f), e.text, `error ${i} text`);
        if (e.data) {
          let expected = msg.id;
          for (const [k, v] of Object.entries(e.data)) expected = expected.replaceAll(`{{${k}}}`, String(v)).replaceAll(`{{ ${k} }}`, String(v));
          eq(f.message, expected, `error ${i} message`);
        }
        // ESLint 9: a finding with suggestions must have them stated.
        if (f.suggestions?.length && !e.suggestions) fail(`error ${i}: the finding has ${f.suggestions.length} suggestion(s); state them (outputs: ${JSON.stringify(f.suggestions.map((sg) => this.config.serialize(applyFixes(article, [{ ...f, fix: sg.edits }]))))})`);
        if (e.suggestions) {
          const got = f.suggestions ?? [];
          eq(got.length, e.suggestions.length, `error ${i} suggestion count`);
          e.suggestions.forEach((s, j) => {
            const out = this.config.serialize(applyFixes(article, [{ ...f, fix: got[j].edits }]));
            eq(out, s.output, `error ${i} suggestion ${j} output`);
            if (s.messageId) {
              const m = rule.meta.messages[s.messageId];
              if (!m) fail(`unknown suggestion messageId ${s.messageId}`);
            }
          });
        }
      });
    }
    const hasFix = findings.some((f) => f.fix?.length);
    const input = this.config.serialize(article);
    if (c.output === undefined) {
      if (hasFix) fail('the rule made a fix: state the case\'s `output`');
      return;
    }
    if (c.output === null) {
      if (hasFix) fail('expected no fix (output: null), but the rule made one');
      return;
    }
    if (c.output === input) fail('`output` must differ from the input; use `output: null` to assert no fix');
    eq(this.config.serialize(applyFixes(article, findings)), c.output, 'fixed output');
  }
}
