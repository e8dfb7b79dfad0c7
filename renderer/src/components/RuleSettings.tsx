// The desk profile's rules in Pengaturan: each rule on or off and its severity for this desk. The
// profile keeps only what differs from the rule's defaults (its options stay as they are).
import type { DeskProfile, RuleSetting } from '../../../core/model/profile.ts';
import type { Severity } from '../../../core/model/finding.ts';
import { RULES } from '../../../core/checks/rules.ts';
import { useLang, useT, type MessageKey } from '../i18n/index.tsx';

export type RuleForm = Record<string, { enabled: boolean; severity: Severity | '' }>;

export function ruleFormOf(p: DeskProfile): RuleForm {
  const out: RuleForm = {};
  for (const r of RULES) {
    const s = p.rules[r.meta.id] ?? {};
    out[r.meta.id] = { enabled: s.enabled ?? true, severity: s.severity ?? '' };
  }
  return out;
}

/** The profile's `rules` from the form: entries only where the desk differs, options kept. */
export function rulesFromForm(p: DeskProfile, form: RuleForm): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const r of RULES) {
    const id = r.meta.id;
    const f = form[id];
    const options = p.rules[id]?.options;
    const entry: RuleSetting = {};
    if (f && !f.enabled) entry.enabled = false;
    if (f?.severity) entry.severity = f.severity;
    if (options) entry.options = options;
    if (Object.keys(entry).length) out[id] = entry;
  }
  return out;
}

export function RuleSettings({ form, onChange }: { form: RuleForm; onChange: (next: RuleForm) => void }) {
  const t = useT();
  const lang = useLang();
  const set = (id: string, patch: Partial<RuleForm[string]>) => onChange({ ...form, [id]: { ...form[id], ...patch } });
  return (
    <details className="rule-settings">
      <summary>{t('profile.rules')}</summary>
      <table>
        <thead>
          <tr><th>{t('profile.ruleOn')}</th><th>{t('profile.rule')}</th><th>{t('profile.ruleSeverity')}</th></tr>
        </thead>
        <tbody>
          {RULES.map((r) => {
            const id = r.meta.id;
            const f = form[id];
            const key = id.replace(/[^a-z0-9]/g, '-');
            // Spelling stays a warning at most, whatever the profile says.
            const severities: Severity[] = id === 'language/spelling' ? ['warning', 'info'] : ['error', 'warning', 'info'];
            return (
              <tr key={id} data-rule={id}>
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
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
