// The desk profile's word lists, Baca juga positions, rules (on/off, severity, options) and export
// choices (the site's base URL for links and ids, <blockquote> for quotes), edited in Pengaturan and
// saved with the profile (a saved profile with a built-in's id overrides it for this desk); a new
// desk profile can start from the one shown.
import { useEffect, useState } from 'react';
import type { DeskProfile } from '../../../core/model/profile.ts';
import { useT } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { session, setState, t as tt, toast, getState } from '../state/store.ts';
import { RuleSettings, problemText, ruleFormOf, rulesFromForm, type RuleForm } from './RuleSettings.tsx';
import { BUILTIN_PROFILES } from '../../../core/profiles/index.ts';

function formOf(p: DeskProfile) {
  return {
    leadWordLimit: String(p.leadWordLimit),
    bacaJugaAfter: String(p.bacaJugaAfter),
    bacaJugaEvery: String(p.bacaJugaEvery),
    bacaJugaMax: String(p.bacaJugaMax),
    bacaJugaWindowMonths: String(p.bacaJugaWindowMonths),
    substitutions: Object.entries(p.substitutions).map(([a, b]) => `${a} = ${b}`).join('\n'),
    dictionary: p.dictionary.join('\n'),
    baseUrl: p.baseUrl ?? '',
  };
}

export function ProfileEditor({ profile }: { profile: DeskProfile }) {
  const t = useT();
  const [form, setForm] = useState(() => formOf(profile));
  const [blockquotes, setBlockquotes] = useState(profile.blockquotes ?? false);
  const [rules, setRules] = useState<RuleForm>(() => ruleFormOf(profile));
  const [newName, setNewName] = useState('');
  // Which rules show their options form; kept open across a save so the editor sees the result.
  const [openOptions, setOpenOptions] = useState<ReadonlySet<string>>(() => new Set());
  const toggleOptions = (id: string) => setOpenOptions((s) => {
    const next = new Set(s);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  useEffect(() => {
    setForm(formOf(profile));
    setBlockquotes(profile.blockquotes ?? false);
    setRules(ruleFormOf(profile));
  }, [profile]);
  const set = (k: keyof ReturnType<typeof formOf>) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const num = (v: string, fallback: number) => (Number.isFinite(Number(v)) && v.trim() ? Math.max(0, Math.round(Number(v))) : fallback);

  const save = async () => {
    // Rule options are checked against each rule's schema first: a bad value saves nothing.
    const ruleSettings = rulesFromForm(profile, rules);
    if (ruleSettings.invalid.length) {
      const [first] = ruleSettings.invalid;
      setOpenOptions((s) => new Set([...s, ...ruleSettings.invalid.map((r) => r.id)]));
      toast(tt('profile.error', { message: tt('profile.ruleOptionsInvalid', { id: first.id, message: problemText(tt, first.id, first.problems[0]) }) }), 'error');
      return;
    }
    const substitutions: Record<string, string> = {};
    for (const line of form.substitutions.split('\n')) {
      const m = line.match(/^\s*(.+?)\s*(?:=|→|->)\s*(.+?)\s*$/);
      if (m) substitutions[m[1]] = m[2];
    }
    const next: DeskProfile = {
      ...profile,
      leadWordLimit: num(form.leadWordLimit, profile.leadWordLimit),
      bacaJugaAfter: num(form.bacaJugaAfter, profile.bacaJugaAfter),
      bacaJugaEvery: num(form.bacaJugaEvery, profile.bacaJugaEvery),
      bacaJugaMax: num(form.bacaJugaMax, profile.bacaJugaMax),
      // Baca juga suggests archive stories from this many months back (the profile allows 1 to 240).
      bacaJugaWindowMonths: Math.min(240, Math.max(1, num(form.bacaJugaWindowMonths, profile.bacaJugaWindowMonths))),
      substitutions,
      dictionary: form.dictionary.split('\n').map((w) => w.trim()).filter(Boolean),
      baseUrl: form.baseUrl.trim() || null,
      blockquotes,
      rules: ruleSettings.rules,
    };
    try {
      const profiles = await api().saveProfile({ profile: next as unknown as Record<string, unknown> });
      setState({ profiles });
      toast(tt('profile.saved', { name: profile.name }), 'ok');
      const active = session(getState().active);
      if (active) void active.runLiveCheck();
    } catch (err) {
      toast(tt('profile.error', { message: errorText(err) }), 'error');
    }
  };

  // A new desk profile starting from this one (a built-in or the desk's own), under its own id.
  const createFrom = async () => {
    const name = newName.trim();
    const id = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    if (!name || !id) { toast(tt('profile.newNameMissing'), 'error'); return; }
    if (getState().profiles.some((p) => p.id === id) || BUILTIN_PROFILES.some((p) => p.id === id)) { toast(tt('profile.newExists', { id }), 'error'); return; }
    try {
      const profiles = await api().saveProfile({ profile: { ...profile, id, name } as unknown as Record<string, unknown> });
      setState({ profiles });
      setNewName('');
      toast(tt('profile.created', { name }), 'ok');
    } catch (err) {
      toast(tt('profile.error', { message: errorText(err) }), 'error');
    }
  };

  const num4 = (k: 'leadWordLimit' | 'bacaJugaAfter' | 'bacaJugaEvery' | 'bacaJugaMax', label: string) => (
    <div className="field">
      <label htmlFor={`profile-${k}`}>{label}</label>
      <input id={`profile-${k}`} type="number" min={0} value={form[k]} onChange={set(k)} />
    </div>
  );

  return (
    <fieldset className="profile-editor">
      <legend>{t('profile.title', { name: profile.name })}</legend>
      <div className="field-row four">
        {num4('leadWordLimit', t('profile.leadWordLimit'))}
        {num4('bacaJugaAfter', t('profile.bacaJugaAfter'))}
        {num4('bacaJugaEvery', t('profile.bacaJugaEvery'))}
        {num4('bacaJugaMax', t('profile.bacaJugaMax'))}
      </div>
      <div className="field">
        <label htmlFor="profile-bacaJugaWindowMonths">{t('profile.bacaJugaWindowMonths')}</label>
        <input id="profile-bacaJugaWindowMonths" type="number" min={1} max={240} value={form.bacaJugaWindowMonths} onChange={set('bacaJugaWindowMonths')} aria-describedby="hint-bacaJugaWindowMonths" />
        <span id="hint-bacaJugaWindowMonths" className="muted small">{t('profile.bacaJugaWindowMonthsHint')}</span>
      </div>
      <div className="field">
        <label htmlFor="profile-substitutions">{t('profile.substitutions')}</label>
        <textarea id="profile-substitutions" rows={5} value={form.substitutions} onChange={set('substitutions')} aria-describedby="hint-substitutions" />
        <span id="hint-substitutions" className="muted small">{t('profile.substitutionsHint')}</span>
      </div>
      <div className="field">
        <label htmlFor="profile-dictionary">{t('profile.dictionary')}</label>
        <textarea id="profile-dictionary" rows={4} value={form.dictionary} onChange={set('dictionary')} aria-describedby="hint-dictionary" />
        <span id="hint-dictionary" className="muted small">{t('profile.dictionaryHint')}</span>
      </div>
      <div className="field">
        <label htmlFor="profile-baseUrl">{t('profile.baseUrl')}</label>
        <input id="profile-baseUrl" type="url" placeholder="https://" value={form.baseUrl} onChange={set('baseUrl')} aria-describedby="hint-baseUrl" />
        <span id="hint-baseUrl" className="muted small">{t('profile.baseUrlHint')}</span>
      </div>
      <label className="check"><input type="checkbox" checked={blockquotes} onChange={(e) => setBlockquotes(e.target.checked)} />{t('profile.blockquotes')}</label>
      <RuleSettings form={rules} onChange={setRules} open={openOptions} onToggle={toggleOptions} />
      <div className="button-row">
        <button className="primary" onClick={() => { void save(); }}>{t('profile.save')}</button>
      </div>
      <div className="field-row new-profile">
        <div className="field">
          <label htmlFor="profile-new-name">{t('profile.newName', { name: profile.name })}</label>
          <input id="profile-new-name" value={newName} maxLength={120} onChange={(e) => setNewName(e.target.value)} />
        </div>
        <button onClick={() => { void createFrom(); }}>{t('profile.create')}</button>
      </div>
    </fieldset>
  );
}
