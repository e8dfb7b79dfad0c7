// Metadata: the CMS fields a desk fills (headline, dateline, credits, slug, kanal, tags, caption,
// embargo in WIB, priority), and the Ralat (correction) workflow.
import { useEffect, useState, type FormEvent } from 'react';
import type { StorySession } from '../editor/session.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { formatDateTime, fromLocalInput, toLocalInput } from '../lib/format.ts';
import { applyView, openStory, refreshStories, t as tt, toast } from '../state/store.ts';

type Priority = 'biasa' | 'urgent' | 'flash';

function formFrom(s: StorySession) {
  const a = s.record.article;
  return {
    headline: a.headline ?? '',
    datelinePlace: a.dateline?.place ?? '',
    reporter: a.credits.reporter ?? '',
    editor: a.credits.editor ?? '',
    translator: a.credits.translator ?? '',
    slug: a.meta.slug ?? '',
    section: a.meta.section ?? '',
    tags: a.meta.tags.join(', '),
    caption: a.meta.caption ?? '',
    embargo: toLocalInput(a.meta.embargo),
    priority: a.meta.priority as Priority,
  };
}

export function MetaPanel({ session }: { session: StorySession }) {
  const t = useT();
  const lang = useLang();
  const [form, setForm] = useState(() => formFrom(session));
  const [busy, setBusy] = useState(false);
  useEffect(() => setForm(formFrom(session)), [session, session.record.updatedAt]);
  const set = (k: keyof ReturnType<typeof formFrom>) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const orNull = (v: string) => (v.trim() ? v.trim() : null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await session.flush();
      const view = await api().setMeta({
        id: session.id,
        meta: {
          headline: orNull(form.headline), datelinePlace: orNull(form.datelinePlace), reporter: orNull(form.reporter),
          editor: orNull(form.editor), translator: orNull(form.translator), slug: orNull(form.slug), section: orNull(form.section),
          tags: form.tags.split(',').map((x) => x.trim()).filter(Boolean), caption: orNull(form.caption),
          embargo: fromLocalInput(form.embargo), priority: form.priority,
        },
      });
      applyView(view);
      await refreshStories();
      toast(tt('meta.saved'), 'ok');
    } catch (err) {
      toast(tt('meta.error', { message: errorText(err) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const correction = async () => {
    try {
      await session.flush();
      const view = await api().correctStory({ id: session.id });
      await refreshStories();
      await openStory(view.record.id);
      toast(tt('meta.correctionMade'), 'ok');
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };

  const embargo = session.record.article.meta.embargo;
  const held = embargo && new Date(embargo) > new Date();
  const field = (k: keyof ReturnType<typeof formFrom>, label: string, type = 'text', hint?: string) => (
    <div className="field">
      <label htmlFor={`meta-${k}`}>{label}</label>
      <input id={`meta-${k}`} type={type} value={form[k]} onChange={set(k)} aria-describedby={hint ? `hint-${k}` : undefined} />
      {hint && <span id={`hint-${k}`} className="muted small">{hint}</span>}
    </div>
  );

  return (
    <form className="meta-panel" onSubmit={(e) => { void save(e); }}>
      {held && <p className="notice-embargo" role="status">{t('meta.held', { when: formatDateTime(embargo, lang) })}</p>}
      <div className="field">
        <label htmlFor="meta-headline">{t('meta.headline')}</label>
        <textarea id="meta-headline" rows={2} value={form.headline} onChange={set('headline')} aria-describedby="hint-headline" />
        <span id="hint-headline" className={`small ${form.headline.length > 70 ? 'warn' : 'muted'}`}>{t('story.headlineLength', { n: form.headline.length, max: 70 })}</span>
      </div>
      {field('datelinePlace', t('meta.dateline'))}
      <div className="field-row">
        {field('reporter', t('meta.reporter'))}
        {field('editor', t('meta.editor'))}
      </div>
      {field('translator', t('meta.translator'))}
      <div className="field-row">
        {field('slug', t('meta.slug'))}
        {field('section', t('meta.section'))}
      </div>
      {field('tags', t('meta.tags'), 'text', t('meta.tagsHint'))}
      <label className="field">
        <span>{t('meta.caption')}</span>
        <textarea rows={2} value={form.caption} onChange={set('caption')} />
      </label>
      <div className="field-row">
        {field('embargo', t('meta.embargo'), 'datetime-local', t('meta.embargoHint'))}
        <label className="field">
          <span>{t('meta.priority')}</span>
          <select value={form.priority} onChange={set('priority')}>
            <option value="biasa">{t('priority.biasa')}</option>
            <option value="urgent">{t('priority.urgent')}</option>
            <option value="flash">{t('priority.flash')}</option>
          </select>
        </label>
      </div>
      <div className="meta-actions">
        <button type="submit" className="primary" disabled={busy}>{t('meta.save')}</button>
        <button type="button" className="secondary" onClick={() => { void correction(); }}>{t('meta.correction')}</button>
      </div>
    </form>
  );
}
