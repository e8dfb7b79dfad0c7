// Which reader a file needs, judged by its content first (BOM and encoding are handled before:
// this sees text), then by its extension. XML is told apart by its root element.

import { looksLikeWhatsApp } from '../../../core/text/whatsapp.ts';
import { findDoctype } from './xml.ts';

export type TextFormat = 'txt' | 'html' | 'nitf' | 'newsml' | 'json-like' | 'rss' | 'atom' | 'wxr' | 'whatsapp' | 'xml-unknown';

/** The root element's qualified name and its start tag, skipping the prolog. */
export function rootElement(text: string): { name: string; tag: string } | null {
  let i = 0;
  const doctype = findDoctype(text);
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) return null;
    if (doctype && lt >= doctype.start && lt < doctype.end) { i = doctype.end; continue; }
    if (text.startsWith('<?', lt)) { const e = text.indexOf('?>', lt); if (e < 0) return null; i = e + 2; continue; }
    if (text.startsWith('<!--', lt)) { const e = text.indexOf('-->', lt); if (e < 0) return null; i = e + 3; continue; }
    if (text.startsWith('<!', lt)) { const e = text.indexOf('>', lt); if (e < 0) return null; i = e + 1; continue; }
    const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(lt, lt + 200));
    if (!m) return null;
    const end = text.indexOf('>', lt);
    return { name: m[1], tag: text.slice(lt, end < 0 ? Math.min(text.length, lt + 4000) : end + 1) };
  }
  return null;
}

function extensionOf(fileName: string | null): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '');
  return m ? m[1].toLowerCase() : '';
}

export function detectTextFormat(text: string, fileName: string | null): TextFormat {
  const start = text.replace(/^[\uFEFF\s]+/, '').slice(0, 1);
  const ext = extensionOf(fileName);
  if (start === '{' || start === '[') {
    if (start === '{' || ext === 'json') return 'json-like';
  }
  if (start === '<') {
    const root = rootElement(text);
    const local = root ? root.name.replace(/^.*:/, '') : '';
    const lower = local.toLowerCase();
    if (lower === 'html' || /^<!doctype\s+html/i.test(text.replace(/^[\uFEFF\s]+/, ''))) return 'html';
    if (local === 'nitf') return 'nitf';
    if (local === 'newsItem' || local === 'newsMessage') return 'newsml';
    if (lower === 'rss') return /xmlns:wp\s*=\s*["']https?:\/\/wordpress\.org\/export\//.test(root!.tag) ? 'wxr' : 'rss';
    if (local === 'feed' || local === 'entry') return 'atom';
    if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
    if (/^\s*<\?xml/.test(text.replace(/^\uFEFF/, '')) || ext === 'xml') return 'xml-unknown';
    // A text that merely starts with '<' (a fragment of HTML pasted into a .txt, say).
    if (root && /^(p|div|span|b|i|strong|em|a|h[1-6]|br|body|article|section|table|ul|ol)$/i.test(local)) return 'html';
  }
  if (ext === 'html' || ext === 'htm') return 'html';
  if (looksLikeWhatsApp(text)) return 'whatsapp';
  return 'txt';
}
