// The desk profile's rules in Pengaturan: each rule on or off, its severity and, for a rule that
// takes options, a small form made from the rule's options schema (the profile's value, the rule's
// default, "Kembalikan bawaan"). The profile keeps only what differs from the rule's defaults.
import type { Severity } from '../../../core/model/finding.ts';
import type { RuleMeta } from '../../../core/checks/types.ts';
import { RULES } from '../../../core/checks/rules.ts';
import { useLang, useT, type MessageKey, type Translate } from '../i18n/index.tsx';
import { defaultDraft, optionFields, optionLabelKey, parseDraft, type OptionDraft, type OptionField, type RuleForm } from '../lib/rule-options.ts';

export { problemText, ruleFormOf, rulesFromForm, type RuleForm } from '../lib/rule-options.ts';

const domKey = (s: string) => s.replace(/[^a-zA-Z0-9]/g, '-');

function defaultText(t: Translate, meta: RuleMeta, f: OptionField): string {
  const v = (meta.defaultOptions ?? {})[f.name];
  const label = (value: string) => t(optionLabelKey(meta.id, f.name, value) as MessageKey);
  let text: string;
  if (f.kind === 'boolean') text = t(v ? 'profile.ruleOptionYes' : 'profile.ruleOptionNo');
  else if (f.kind === 'choices' && Array.isArray(v)) text = v.length ? v.map((x) => label(String(x))).join(', ') : t('profile.ruleOptionEmpty');
  else if (f.kind === 'enum') text = label(String(v));
  else if (Array.isArray(v)) text = v.length ? v.join(', ') : t('profile.ruleOptionEmpty');
  else text = v === undefined || v === '' ? t('profile.ruleOptionEmpty') : String(v);
  return t('profile.ruleOptionDefault', { value: text });
}

function OptionInput({ meta, field: f, value, problem, onChange }: {
  meta: RuleMeta;
  field: OptionField;
  value: string | boolean | string[];
  problem: string | undefined;
  onChange: (v: string | boolean | string[]) => void;
}) {
  const t = useT();
  const id = `opt-${domKey(meta.id)}-${f.name}`;
  const label = t(optionLabelKey(meta.id, f.name) as MessageKey);
  const hint = <span id={`${id}-hint`} className="muted small">{f.kind === 'list' ? `${t('profile.ruleOptionListHint')} ` : ''}{defaultText(t, meta, f)}</span>;
  const error = problem ? <span id={`${id}-error`} className="error-text small">{problem}</span> : null;
  const describedBy = problem ? `${id}-hint ${id}-error` : `${id}-hint`;
  if (f.kind === 'boolean') {
    return (
      <div className="field option-boolean">
        <label className="check"><input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy} />{label}</label>
        {hint}{error}
      </div>
    );
  }
  if (f.kind === 'choices') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field option-choices" aria-describedby={describedBy}>
        <legend>{label}</legend>
        {f.values.map((v) => (
          <label key={v} className="check">
            <input type="checkbox" checked={chosen.includes(v)} onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((x) => x !== v))} />
            {t(optionLabelKey(meta.id, f.name, v) as MessageKey)}
          </label>
        ))}
        {hint}{error}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined } as const;
  let input;
  if (f.kind === 'enum') {
    input = <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>{f.values.map((v) => <option key={v} value={v}>{t(optionLabelKey(meta.id, f.name, v) as MessageKey)}</option>)}</select>;
  } else if (f.kind === 'list') {
    input = <textarea {...common} rows={3} value={text} onChange={(e) => onChange(e.target.value)} />;
  } else {
    const numeric = f.kind === 'integer' || f.kind === 'number';
    input = <input {...common} type="text" inputMode={f.kind === 'integer' ? 'numeric' : numeric ? 'decimal' : undefined} value={text} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className={`field option-${f.kind}`}>
      <label htmlFor={id}>{label}</label>
      {input}{hint}{error}
    </div>
  );
}

function RuleOptions({ meta, draft, onChange }: { meta: RuleMeta; draft: OptionDraft; onChange: (next: OptionDraft) => void }) {
  const t = useT();
  const fields = optionFields(meta);
  const { problems } = parseDraft(meta, draft);
  const byField = new Map<string, string>();
  for (const p of problems) if (p.field && !byField.has(p.field)) byField.set(p.field, t(p.key, p.params));
  const whole = problems.filter((p) => !p.field).map((p) => t(p.key, p.params));
  const titleId = `opt-${domKey(meta.id)}-title`;
  return (
    <div className="rule-options" id={`opt-${domKey(meta.id)}`} role="group" aria-labelledby={titleId}>
      <p className="rule-options-head">
        <strong id={titleId}>{t('profile.ruleOptionsTitle', { id: meta.id })}</strong>
        <span className="muted small">{t('profile.ruleOptionsHint')}</span>
      </p>
      <div className="rule-options-fields">
        {fields.map((f) => (
          <OptionInput key={f.name} meta={meta} field={f} value={draft[f.name]} problem={byField.get(f.name)} onChange={(v) => onChange({ ...draft, [f.name]: v })} />
        ))}
      </div>
      {whole.map((m) => <p key={m} className="error-text small">{m}</p>)}
      <div className="button-row">
        <button type="button" className="secondary small" onClick={() => onChange(defaultDraft(meta))}>{t('profile.ruleOptionsReset')}</button>
      </div>
    </div>
  );
}

export function RuleSettings({ form, onChange, open, onToggle }: {
  form: RuleForm;
  onChange: (next: RuleForm) => void;
  /** The rules whose options form is shown. */
  open: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const set = (id: string, patch: Partial<RuleForm[string]>) => onChange({ ...form, [id]: { ...form[id], ...patch } });
  return (
    <details className="rule-settings">
      <summary>{t('profile.rules')}</summary>
      <table>
        <thead>
          <tr><th>{t('profile.ruleOn')}</th><th>{t('profile.rule')}</th><th>{t('profile.ruleSeverity')}</th><th>{t('profile.ruleOptions')}</th></tr>
        </thead>
        <tbody>
          {RULES.flatMap((r) => {
            const id = r.meta.id;
            const f = form[id];
            const key = domKey(id);
            // Spelling stays a warning at most, whatever the profile says.
            const severities: Severity[] = id === 'language/spelling' ? ['warning', 'info'] : ['error', 'warning', 'info'];
            const isOpen = !!f.options && open.has(id);
            const changed = !!f.options && parseDraft(r.meta, f.options).options !== undefined;
            const rows = [
              <tr key={id} data-rule={id} className={isOpen ? 'options-open' : undefined}>
                <td><input id={`rule-on-${key}`} type="checkbox" checked={f.enabled} onChange={(e) => set(id, { enabled: e.target.checked })} /></td>
                <td>
                  <label htmlFor={`rule-on-${key}`}><code>{id}</code></label>
                  <div className="muted small">{lang === 'en' ? r.meta.docs.en : r.meta.docs.id}</div>
                </td>
                <td>
                  <select aria-label={t('profile.ruleSeverityOf', { id })} value={f.severity} onChange={(e) => set(id, { severity: e.target.value as Severity | '' })}>
                    <option value="">{t('profile.ruleDefault', { severity: t(`severity.${r.meta.severity}` as MessageKey) })}</option>
                    {severities.map((s) => <option key={s} value={s}>{t(`severity.${s}` as MessageKey)}</option>)}
                  </select>
                </td>
                <td className="rule-options-cell">
                  {f.options && (
                    <>
                      <button type="button" className="secondary small" aria-label={t('profile.ruleOptionsOf', { id })} aria-expanded={isOpen} aria-controls={isOpen ? `opt-${key}` : undefined} onClick={() => onToggle(id)}>{t('profile.ruleOptionsOpen')}</button>
                      {changed && <span className="chip">{t('profile.ruleOptionsChanged')}</span>}
                    </>
                  )}
                </td>
              </tr>,
            ];
            if (isOpen && f.options) {
              rows.push(
                <tr key={`${id}-options`} className="rule-options-row" data-rule-options={id}>
                  <td colSpan={4}><RuleOptions meta={r.meta} draft={f.options} onChange={(options) => set(id, { options })} /></td>
                </tr>,
              );
            }
            return rows;
          })}
        </tbody>
      </table>
    </details>
  );
}
