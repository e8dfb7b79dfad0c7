// Bersihkan: the cleaning pass (whitespace, quote marks, dateline, junk removed, safe fixes, credits)
// shown as a list of changes first; accepting makes it a new revision, and Ctrl+Z or Riwayat undo it.
import { useEffect, useState } from 'react';
import type { CleanPreview } from '../../../electron/ipc/contract.ts';
import { useT, type MessageKey } from '../i18n/index.tsx';
import { api, errorText } from '../lib/api.ts';
import { diffWords } from '../lib/diff.ts';
import { applyView, session, setState, t as tt, toast, useApp } from '../state/store.ts';
import { Dialog } from './Dialog.tsx';

export function CleanDialog() {
  const t = useT();
  const id = useApp((s) => s.active);
  const [preview, setPreview] = useState<CleanPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => setState({ dialog: null });
  useEffect(() => {
    if (!id) return;
    let live = true;
    (async () => {
      await session(id)?.flush();
      return api().previewClean({ id });
    })().then((p) => { if (live) setPreview(p); }).catch((err) => { if (live) setError(errorText(err)); });
    return () => { live = false; };
  }, [id]);
  const accept = async () => {
    if (!id) return;
    try {
      await session(id)?.flush();
      applyView(await api().cleanStory({ id }));
      toast(tt('clean.done', { n: preview?.changes.length ?? 0 }), 'ok');
      close();
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };
  return (
    <Dialog id="clean" title={t('clean.title')} onClose={close} wide>
      {error && <p className="error-text" role="alert">{error}</p>}
      {!preview && !error && <p className="muted">{t('common.loading')}</p>}
      {preview && (
        <>
          <p>{preview.changes.length ? t('clean.intro', { n: preview.changes.length }) : t('clean.nothing')}</p>
          <ol className="clean-changes">
            {preview.changes.map((c, i) => (
              <li key={i}>
                <span className="muted small">{t('checks.inParagraph', { n: c.paragraph + 1 })} · {t(`clean.kind.${c.kind}` as MessageKey)}</span>
                <p className="diff-change">
                  {diffWords(c.before ?? '', c.after ?? '').map((p, j) => (p.kind === 'add' ? <ins key={j}>{p.text}</ins> : p.kind === 'del' ? <del key={j}>{p.text}</del> : <span key={j}>{p.text}</span>))}
                </p>
              </li>
            ))}
          </ol>
          <div className="dialog-actions">
            <button className="primary" onClick={() => { void accept(); }} disabled={!preview.changes.length}>{t('clean.accept')}</button>
            <button className="secondary" onClick={close}>{t('clean.cancel')}</button>
          </div>
        </>
      )}
    </Dialog>
  );
}
