// Wire copy arrives by paste (anywhere outside the editor and form fields) and by dropping files on
// the window. Pasted HTML is sanitized with DOMPurify before it is sent to the store, and never shown.
import { useEffect } from 'react';
import DOMPurify from 'dompurify';
import { importFiles, importText } from '../state/store.ts';

function editable(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : null;
  if (!el) return false;
  return !!el.closest('input, textarea, select, [contenteditable="true"], .ProseMirror');
}

export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, { FORBID_TAGS: ['style', 'img', 'iframe', 'form', 'svg', 'math'], FORBID_ATTR: ['style'] });
}

export function useImportEvents(): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (editable(e.target) || !e.clipboardData) return;
      const text = e.clipboardData.getData('text/plain');
      const html = e.clipboardData.getData('text/html');
      const files = [...e.clipboardData.files];
      e.preventDefault();
      if (files.length && !text) {
        void importFiles(files);
        return;
      }
      void importText(text, html ? sanitizeHtml(html) : undefined);
    };
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      document.body.classList.add('dropping');
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) document.body.classList.remove('dropping');
    };
    const onDrop = (e: DragEvent) => {
      document.body.classList.remove('dropping');
      if (!hasFiles(e) || !e.dataTransfer?.files.length) return;
      e.preventDefault();
      e.stopPropagation();
      void importFiles([...e.dataTransfer.files]);
    };
    document.addEventListener('paste', onPaste);
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('dragleave', onDragLeave, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      document.removeEventListener('paste', onPaste);
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('dragleave', onDragLeave, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);
}
