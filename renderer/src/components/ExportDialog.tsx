// Ekspor (Ctrl+E): choose a format (or a desk preset), preview the output, see the findings and
// confirm, export this story or the ticked ones; "Salin sebagai HTML" puts it on the clipboard.
// A batch lists the errors of every ticked story, and shows its progress (with Cancel) right here:
// the modal makes the app's own progress bars behind it unreachable.
import { useEffect, useState } from 'react';
import type { ExportItemResult } from '../../../electron/ipc/contract.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../../core/export/formats.ts';
import type { Finding } from '../../../core/model/finding.ts';
import { useT, type MessageKey } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { cancelBatch, getState, refreshStories, session, setState, t as tt, toast, useApp } from '../state/store.ts';
import { Dialog } from './Dialog.tsx';

const PRESETS: { id: string; format: ExportFormat }[] = [
  { id: 'wordpress', format: 'wxr' },
  { id: 'nitf', format: 'nitf' },
];

export function ExportDialog() {
  const t = useT();
  const active = useApp((s) => s.active);
  const selected = useApp((s) => s.selected);
  const cursor = useApp((s) => s.cursor);
  const storyId = active ?? cursor;
  const stories = useApp((s) => s.stories);
  const progress = useApp((s) => s.progress.find((p) => p.kind === 'export'));
  const desk = useApp((s) => s.profiles.find((p) => p.id === s.settings?.profileId));
  const deskBlockquotes = desk?.blockquotes ?? false;
  const [blockquotes, setBlockquotes] = useState(deskBlockquotes);
  const [format, setFormat] = useState<ExportFormat>('nitf');
  const [scope, setScope] = useState<'one' | 'selected'>(selected.length > 1 ? 'selected' : 'one');
  const [preview, setPreview] = useState<{ content: string; findings: Finding[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [toFile, setToFile] = useState(true);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<ExportItemResult[] | null>(null);
  const [batchErrors, setBatchErrors] = useState<{ id: string; title: string; messages: string[] }[] | null>(null);
  const close = () => setState({ dialog: null });
  const ids = scope === 'selected' && selected.length ? selected : storyId ? [storyId] : [];
  const idsKey = ids.join(' ');

  useEffect(() => {
    if (!storyId) return;
    let live = true;
    setPreview(null);
    (async () => {
      await session(storyId)?.flush();
      return api().previewExport({ id: storyId, format, blockquotes });
    })().then((p) => { if (live) { setPreview(p); setError(null); } }).catch((err) => { if (live) setError(errorText(err)); });
    return () => { live = false; };
  }, [storyId, format, blockquotes]);

  // A batch: the errors of every ticked story (the inbox knows which have some), fetched for the list.
  useEffect(() => {
    if (scope !== 'selected') {
      setBatchErrors(null);
      return;
    }
    let live = true;
    const withErrors = stories.filter((s) => ids.includes(s.id) && s.errorCount > 0);
    Promise.all(withErrors.map(async (s) => {
      const view = await api().getStory({ id: s.id });
      return { id: s.id, title: s.title, messages: view.findings.filter((f) => f.severity === 'error').map((f) => f.message) };
    })).then((list) => { if (live) setBatchErrors(list.filter((x) => x.messages.length)); }).catch((err) => { if (live) setError(errorText(err)); });
    return () => { live = false; };
    // idsKey stands for ids; the inbox list is read only for its error counts.
  }, [scope, idsKey]);

  // What the editor confirmed was this format and these stories: any change asks again.
  useEffect(() => setConfirmed(false), [format, scope, idsKey]);

  const errors = preview?.findings.filter((f) => f.severity === 'error') ?? [];
  const batchErrorCount = batchErrors?.reduce((n, x) => n + x.messages.length, 0) ?? 0;
  const needsConfirm = scope === 'selected' || errors.length > 0;

  const run = async () => {
    setBusy(true);
    try {
      await Promise.all(ids.map((id) => session(id)?.flush()));
      const res = await api().exportStories({ ids, format, toFile, blockquotes });
      setResults(res);
      setConfirmed(false);
      await refreshStories();
      const ok = res.filter((r) => r.ok).length;
      if (ok) toast(tt('export.done', { n: ok }), 'ok');
      if (getState().active) {
        const s = session(getState().active);
        if (s) s.record = (await api().getStory({ id: s.id })).record;
      }
    } catch (err) {
      toast(tt('export.error', { message: errorText(err) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!storyId) return;
    try {
      await session(storyId)?.flush();
      const [html, text] = await Promise.all([api().previewExport({ id: storyId, format: 'html', blockquotes }), api().previewExport({ id: storyId, format: 'text' })]);
      await api().copyToClipboard({ html: html.content, text: text.content });
      toast(tt('export.copied'), 'ok');
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };

  if (!storyId) {
    return (
      <Dialog id="export" title={t('export.title')} onClose={close}>
        <p>{t('export.noStory')}</p>
      </Dialog>
    );
  }

  return (
    <Dialog id="export" title={t('export.title')} onClose={close} wide>
      <div className="export-grid">
        <div className="export-options">
          <fieldset>
            <legend>{t('export.presets')}</legend>
            {PRESETS.map((p) => (
              <button key={p.id} type="button" className={format === p.format ? 'secondary active' : 'secondary'} onClick={() => setFormat(p.format)}>{t(`export.preset.${p.id}` as MessageKey)}</button>
            ))}
            {/* The desk's own presets (from its profile): a format, and its blockquote choice when set. */}
            {(desk?.exportPresets ?? []).map((p) => (
              <button key={`desk-${p.name}`} type="button" className={format === p.format && (p.blockquotes === undefined || p.blockquotes === blockquotes) ? 'secondary active' : 'secondary'}
                onClick={() => { setFormat(p.format); if (p.blockquotes !== undefined) setBlockquotes(p.blockquotes); }}>{p.name}</button>
            ))}
          </fieldset>
          <label className="field">
            <span>{t('export.format')}</span>
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {EXPORT_FORMATS.map((f) => <option key={f} value={f}>{t(`format.${f}` as MessageKey)}</option>)}
            </select>
          </label>
          <fieldset>
            <legend>{t('export.scope')}</legend>
            <label className="check"><input type="radio" name="scope" checked={scope === 'one'} onChange={() => setScope('one')} />{t('export.scopeOne')}</label>
            <label className="check"><input type="radio" name="scope" checked={scope === 'selected'} disabled={!selected.length} onChange={() => setScope('selected')} />{t('export.scopeSelected', { n: selected.length })}</label>
          </fieldset>
          <label className="check"><input type="checkbox" checked={toFile} onChange={(e) => setToFile(e.target.checked)} />{t('export.toFile')}</label>
          <label className="check"><input type="checkbox" checked={blockquotes} onChange={(e) => setBlockquotes(e.target.checked)} />{t('export.blockquotes')}</label>
          <section className="export-findings" aria-labelledby="export-findings-title">
            <h3 id="export-findings-title">{t('export.findings')}</h3>
            {scope === 'one' && preview === null && !error && <p className="muted">{t('common.loading')}</p>}
            {scope === 'one' && preview && errors.length === 0 && <p className="ok-text">{t('export.noErrors')}</p>}
            {scope === 'one' && errors.length > 0 && (
              <ul className="finding-list">
                {errors.map((f, i) => <li key={i} className="sev-error">{f.message}</li>)}
              </ul>
            )}
            {scope === 'selected' && batchErrors === null && <p className="muted">{t('common.loading')}</p>}
            {scope === 'selected' && batchErrors?.length === 0 && <p className="ok-text">{t('export.noErrors')}</p>}
            {scope === 'selected' && !!batchErrors?.length && (
              <ul className="finding-list batch-findings">
                {batchErrors.map((x) => (
                  <li key={x.id}>
                    <strong>{x.title}</strong>
                    <ul>{x.messages.map((m, i) => <li key={i} className="sev-error">{m}</li>)}</ul>
                  </li>
                ))}
              </ul>
            )}
            {needsConfirm && (
              <label className="check confirm">
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                {scope === 'selected'
                  ? (batchErrorCount ? t('export.confirmBatchErrors', { n: batchErrorCount, stories: batchErrors!.length, total: ids.length }) : t('export.confirmBatch', { n: ids.length }))
                  : t('export.confirmErrors', { n: errors.length })}
              </label>
            )}
          </section>
          <div className="dialog-actions">
            <button className="primary" disabled={busy || !ids.length || (needsConfirm && !confirmed)} onClick={() => { void run(); }}>{busy ? t('export.running') : t('export.run', { n: ids.length })}</button>
            <button className="secondary" onClick={() => { void copy(); }}>{t('export.copyHtml')}</button>
          </div>
          {busy && (
            <div className="export-progress" role="status">
              <span>{t('progress.export', { done: progress?.done ?? 0, total: progress?.total ?? ids.length })}</span>
              <progress max={Math.max(1, progress?.total ?? ids.length)} value={progress?.done ?? 0} />
              <button className="secondary small" disabled={!progress} onClick={() => { if (progress) void cancelBatch(progress.batchId); }}>{t('progress.cancel')}</button>
            </div>
          )}
          {results && (
            <ul className="export-results" aria-label={t('export.results')}>
              {results.map((r) => <li key={r.id} className={r.ok ? 'ok-text' : 'error-text'}>{r.ok ? t('export.resultOk', { path: r.path ?? t('export.archiveOnly') }) : t('export.resultFail', { message: r.error ?? '' })}</li>)}
            </ul>
          )}
        </div>
        <section className="export-preview" aria-labelledby="export-preview-title">
          <h3 id="export-preview-title">{t('export.preview')}</h3>
          {error ? <p className="error-text" role="alert">{error}</p> : <pre tabIndex={0}>{preview?.content ?? ''}</pre>}
        </section>
      </div>
    </Dialog>
  );
}
