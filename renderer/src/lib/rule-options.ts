// A rule's options as a small form in Pengaturan: the fields come from the rule's own options
// schema (`meta.schema`, JSON Schema), the values typed are read back and checked against that same
// schema before the profile is saved. The profile keeps only the options that differ from the
// rule's defaults, so a desk that never touched a rule follows the rule when its defaults change.
import type { RuleMeta } from '../../../core/checks/types.ts';
import type { Severity } from '../../../core/model/finding.ts';
import type { DeskProfile, RuleSetting } from '../../../core/model/profile.ts';
import { optionProblems } from '../../../core/checks/options.ts';
import { RULES } from '../../../core/checks/rules.ts';
import type { MessageKey } from '../i18n/id.ts';
import type { Translate } from '../i18n/translate.ts';

export type OptionField =
  | { name: string; kind: 'integer' | 'number'; min?: number; max?: number }
  | { name: string; kind: 'boolean' }
  | { name: string; kind: 'string' }
  /** One value out of a fixed set (a select). */
  | { name: string; kind: 'enum'; values: string[] }
  /** Any of a fixed set (checkboxes): an array whose items are an enum. */
  | { name: string; kind: 'choices'; values: string[] }
  /** Free words (one per line): an array of strings. */
  | { name: string; kind: 'list' };

/** What the form holds while the editor types: numbers as typed text, lists as lines. */
export type OptionDraft = Record<string, string | boolean | string[]>;

/** A value the form cannot take: the field (empty for the whole object) and a catalogue message. */
export interface OptionProblem {
  field: string;
  key: 'ruleOption.error.required' | 'ruleOption.error.number' | 'ruleOption.error.integer' | 'ruleOption.error.min' | 'ruleOption.error.max' | 'ruleOption.error.schema';
  params?: Record<string, string | number>;
}

interface PropSchema {
  type?: string;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  items?: PropSchema;
}

/** The form's fields for a rule, in the schema's order; empty for a rule without options. */
export function optionFields(meta: RuleMeta): OptionField[] {
  const props = (meta.schema as { properties?: Record<string, PropSchema> } | undefined)?.properties ?? {};
  return Object.entries(props).map(([name, s]): OptionField => {
    if (s.type === 'integer' || s.type === 'number') return { name, kind: s.type, min: s.minimum, max: s.maximum };
    if (s.type === 'boolean') return { name, kind: 'boolean' };
    if (Array.isArray(s.enum)) return { name, kind: 'enum', values: s.enum.map(String) };
    if (s.type === 'string') return { name, kind: 'string' };
    if (s.type === 'array' && Array.isArray(s.items?.enum)) return { name, kind: 'choices', values: s.items.enum.map(String) };
    if (s.type === 'array' && s.items?.type === 'string') return { name, kind: 'list' };
    throw new Error(`${meta.id}: option "${name}" has a schema the settings form cannot show`);
  });
}

export function hasOptions(meta: RuleMeta): boolean {
  return optionFields(meta).length > 0;
}

/** The rule's defaults under the profile's own options: what the checks run with. */
export function effectiveOptions(meta: RuleMeta, setting: RuleSetting | undefined): Record<string, unknown> {
  return { ...(meta.defaultOptions ?? {}), ...(setting?.options ?? {}) };
}

/** The form's text for a set of option values. */
export function draftOf(meta: RuleMeta, options: Record<string, unknown>): OptionDraft {
  const out: OptionDraft = {};
  for (const f of optionFields(meta)) {
    const v = options[f.name];
    switch (f.kind) {
      case 'integer': case 'number': out[f.name] = typeof v === 'number' ? String(v) : ''; break;
      case 'boolean': out[f.name] = v === true; break;
      case 'string': case 'enum': out[f.name] = typeof v === 'string' ? v : ''; break;
      case 'choices': out[f.name] = Array.isArray(v) ? v.map(String) : []; break;
      case 'list': out[f.name] = Array.isArray(v) ? v.map(String).join('\n') : ''; break;
    }
  }
  return out;
}

/** The defaults as the form shows them. */
export function defaultDraft(meta: RuleMeta): OptionDraft {
  return draftOf(meta, meta.defaultOptions ?? {});
}

/** A number as an Indonesian desk may type it: `0,05` as well as `0.05`. */
function readNumber(text: string): number {
  const t = text.trim();
  return Number(/^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads the form back. `options` holds only what differs from the rule's defaults (undefined when
 * nothing does); `problems` is empty when every value fits the rule's schema.
 */
export function parseDraft(meta: RuleMeta, draft: OptionDraft): { options: Record<string, unknown> | undefined; problems: OptionProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: OptionProblem[] = [];
  for (const f of optionFields(meta)) {
    const raw = draft[f.name];
    switch (f.kind) {
      case 'integer': case 'number': {
        const text = typeof raw === 'string' ? raw : '';
        if (!text.trim()) { problems.push({ field: f.name, key: 'ruleOption.error.required' }); break; }
        const n = readNumber(text);
        if (!Number.isFinite(n)) problems.push({ field: f.name, key: 'ruleOption.error.number' });
        else if (f.kind === 'integer' && !Number.isInteger(n)) problems.push({ field: f.name, key: 'ruleOption.error.integer' });
        else if (f.min !== undefined && n < f.min) problems.push({ field: f.name, key: 'ruleOption.error.min', params: { min: f.min } });
        else if (f.max !== undefined && n > f.max) problems.push({ field: f.name, key: 'ruleOption.error.max', params: { max: f.max } });
        else values[f.name] = n;
        break;
      }
      case 'boolean': values[f.name] = raw === true; break;
      case 'string': values[f.name] = typeof raw === 'string' ? raw.trim() : ''; break;
      case 'enum': values[f.name] = typeof raw === 'string' ? raw : ''; break;
      // In the schema's order, so the same choice always saves the same way.
      case 'choices': values[f.name] = f.values.filter((v) => Array.isArray(raw) && raw.includes(v)); break;
      case 'list': values[f.name] = [...new Set((typeof raw === 'string' ? raw : '').split('\n').map((w) => w.trim()).filter(Boolean))]; break;
    }
  }
  if (problems.length) return { options: undefined, problems };
  // The rule's schema has the last word (a field kind may not know every constraint it holds).
  const full = { ...(meta.defaultOptions ?? {}), ...values };
  const refused = optionProblems(meta, full);
  if (refused.length) return { options: undefined, problems: refused.map((message) => ({ field: '', key: 'ruleOption.error.schema', params: { message } })) };
  const defaults = meta.defaultOptions ?? {};
  const differing = Object.fromEntries(Object.entries(values).filter(([k, v]) => !same(v, defaults[k])));
  return { options: Object.keys(differing).length ? differing : undefined, problems: [] };
}

/** The catalogue key of an option's label, and of one of its values (enums, choices). */
export function optionLabelKey(ruleId: string, field: string, value?: string): string {
  return `ruleOption.${ruleId.replace('/', '.')}.${field}${value === undefined ? '' : `.${value}`}`;
}

// The rules table of a profile as the form holds it.

export type RuleForm = Record<string, { enabled: boolean; severity: Severity | ''; options?: OptionDraft }>;

export function ruleFormOf(p: DeskProfile): RuleForm {
  const out: RuleForm = {};
  for (const r of RULES) {
    const s = p.rules[r.meta.id] ?? {};
    out[r.meta.id] = { enabled: s.enabled ?? true, severity: s.severity ?? '' };
    if (hasOptions(r.meta)) out[r.meta.id].options = draftOf(r.meta, effectiveOptions(r.meta, s));
  }
  return out;
}

export interface InvalidOptions {
  id: string;
  problems: OptionProblem[];
}

/**
 * The profile's `rules` from the form: entries only where the desk differs. `invalid` lists the
 * rules whose options do not fit their schema; the profile must not be saved while it has any.
 */
export function rulesFromForm(p: DeskProfile, form: RuleForm): { rules: Record<string, RuleSetting>; invalid: InvalidOptions[] } {
  const rules: Record<string, RuleSetting> = {};
  const invalid: InvalidOptions[] = [];
  for (const r of RULES) {
    const id = r.meta.id;
    const f = form[id];
    let options = p.rules[id]?.options;
    if (f?.options) {
      const parsed = parseDraft(r.meta, f.options);
      if (parsed.problems.length) invalid.push({ id, problems: parsed.problems });
      options = parsed.options;
    }
    const entry: RuleSetting = {};
    if (f && !f.enabled) entry.enabled = false;
    if (f?.severity) entry.severity = f.severity;
    if (options) entry.options = options;
    if (Object.keys(entry).length) rules[id] = entry;
  }
  return { rules, invalid };
}

/** One problem as the editor reads it: the option's label, then what is wrong. */
export function problemText(t: Translate, ruleId: string, p: OptionProblem): string {
  const message = t(p.key, p.params);
  return p.field ? `${t(optionLabelKey(ruleId, p.field) as MessageKey)}: ${message}` : message;
}
