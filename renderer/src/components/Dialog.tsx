// A modal on the native <dialog>: the browser traps focus and Esc closes it.
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';

export function Dialog({ title, onClose, children, wide, id }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; id: string }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} id={id} className={`dialog${wide ? ' wide' : ''}`} aria-labelledby={`${id}-title`} onClose={onClose} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <header className="dialog-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button className="icon" aria-label={t('common.close')} title={t('common.close')} onClick={onClose}>×</button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
