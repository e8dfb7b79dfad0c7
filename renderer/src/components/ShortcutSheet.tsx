// F1: every keyboard shortcut on one sheet.
import { useT, type MessageKey } from '../i18n/index.tsx';
import { setState } from '../state/store.ts';
import { Dialog } from './Dialog.tsx';

export const SHORTCUTS: [string, MessageKey][] = [
  ['Ctrl+I', 'keys.import'], ['Ctrl+E', 'keys.export'], ['Ctrl+Shift+F', 'keys.archive'], ['Ctrl+S', 'keys.save'], ['Ctrl+F', 'keys.find'],
  ['F8', 'keys.next'], ['Shift+F8', 'keys.prev'], ['Ctrl+.', 'keys.fix'], ['Ctrl+Shift+.', 'keys.fixAll'],
  ['Ctrl+Z', 'keys.undo'], ['Ctrl+Shift+Z', 'keys.redo'], ['Alt+↑ / Alt+↓', 'keys.move'], ['Ctrl+W', 'keys.close'],
  ['Ctrl+Tab', 'keys.nextTab'], ['Ctrl+1 … 4', 'keys.panel'], ['↑ ↓ Enter Spasi', 'keys.inbox'], ['Ctrl+,', 'keys.settings'], ['F1', 'keys.help'], ['Esc', 'keys.escape'],
];

export function ShortcutSheet() {
  const t = useT();
  return (
    <Dialog id="help" title={t('keys.title')} onClose={() => setState({ dialog: null })}>
      <table className="shortcuts">
        <thead><tr><th scope="col">{t('keys.key')}</th><th scope="col">{t('keys.action')}</th></tr></thead>
        <tbody>
          {SHORTCUTS.map(([k, label]) => (
            <tr key={k}><td><kbd>{k}</kbd></td><td>{t(label)}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('keys.pasteHint')}</p>
    </Dialog>
  );
}
