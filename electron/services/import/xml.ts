// Safe XML parsing for wire formats. Before xmldom sees a byte: a DOCTYPE whose internal subset
// declares entities (billion laughs, external entities such as SYSTEM "file:///etc/passwd") is
// refused; any other DOCTYPE is blanked out, so an external DTD (`<!DOCTYPE nitf SYSTEM "nitf.dtd">`)
// is never fetched or read; HTML's named entities, which such DTDs define (`&nbsp;`), become
// character references. xmldom errors are fatal here: malformed XML is refused, not half-read.

import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { decodeHTMLStrict } from 'entities';
import { ImportError } from './errors.ts';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Where the prolog's DOCTYPE sits (start, end exclusive), or null; the internal subset if any. */
export function findDoctype(text: string): { start: number; end: number; subset: string | null } | null {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0xfeff || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) { i++; continue; }
    if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0) return null;
      i = close + 2;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return null;
      i = close + 3;
      continue;
    }
    if (text.slice(i, i + 9).toUpperCase() !== '<!DOCTYPE') return null;
    // Scan to the closing '>' outside quotes and outside the [ … ] internal subset.
    let j = i + 9;
    let quote = '';
    let subsetStart = -1;
    let subsetEnd = -1;
    for (; j < n; j++) {
      const ch = text[j];
      if (quote) { if (ch === quote) quote = ''; continue; }
      if (ch === '"' || ch === "'") { quote = ch; continue; }
      if (ch === '[' && subsetStart < 0) {
        subsetStart = j + 1;
        const close = findSubsetEnd(text, subsetStart);
        if (close < 0) throw new ImportError('malformed', 'the XML DOCTYPE is not closed');
        subsetEnd = close;
        j = close;
        continue;
      }
      if (ch === '>') break;
    }
    if (j >= n) throw new ImportError('malformed', 'the XML DOCTYPE is not closed');
    return { start: i, end: j + 1, subset: subsetStart < 0 ? null : text.slice(subsetStart, subsetEnd) };
  }
  return null;
}

/** The ']' ending an internal subset, skipping quoted literals and comments inside it. */
function findSubsetEnd(text: string, from: number): number {
  let quote = '';
  for (let j = from; j < text.length; j++) {
    const ch = text[j];
    if (quote) { if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === "'") { quote = ch; continue; }
    if (text.startsWith('<!--', j)) {
      const close = text.indexOf('-->', j + 4);
      if (close < 0) return -1;
      j = close + 2;
      continue;
    }
    if (ch === ']') return j;
  }
  return -1;
}

const entityCache = new Map<string, string | null>();

/** `&nbsp;` → `&#160;` for every HTML entity name XML does not define; unknown names stay (and fail). */
function htmlEntitiesToReferences(text: string): string {
  return text.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => {
    if (XML_ENTITIES.has(name)) return whole;
    let decoded = entityCache.get(name);
    if (decoded === undefined) {
      const d = decodeHTMLStrict(whole);
      decoded = d === whole ? null : d;
      entityCache.set(name, decoded);
    }
    if (decoded === null) return whole;
    return Array.from(decoded, (ch) => `&#${ch.codePointAt(0)};`).join('');
  });
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function parseXml(text: string): Document {
  const doctype = findDoctype(text);
  let source = text;
  if (doctype) {
    if (doctype.subset !== null && /<!ENTITY/i.test(doctype.subset)) throw new ImportError('entities');
    source = text.slice(0, doctype.start) + ' '.repeat(doctype.end - doctype.start) + text.slice(doctype.end);
  }
  // An ENTITY declaration anywhere else is no valid XML either; say what it is.
  if (/<!ENTITY/i.test(source) && !/<!\[CDATA\[[\s\S]*<!ENTITY/i.test(source)) throw new ImportError('entities');
  source = htmlEntitiesToReferences(source);
  // xmldom wraps what onError throws in its own ParseError; keep the first real message for the editor.
  let first: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning') return;
      first ??= message;
      throw new ImportError('malformed');
    },
  });
  try {
    return parser.parseFromString(source, 'text/xml');
  } catch (e) {
    const detail = first ?? String((e as Error)?.message ?? e);
    throw new ImportError('malformed', `the XML is not well-formed: ${oneLine(detail)}`, { cause: e });
  }
}

// ---- small DOM helpers shared by the format readers ----

const ELEMENT_NODE = 1;

export function elementChildren(el: Element | Document, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== ELEMENT_NODE) continue;
    const e = n as Element;
    if (localName === undefined || e.localName === localName) out.push(e);
  }
  return out;
}

export function firstChild(el: Element | Document | null | undefined, localName: string): Element | null {
  if (!el) return null;
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && (n as Element).localName === localName) return n as Element;
  }
  return null;
}

/** The first descendant with a local name, depth first. */
export function findFirst(el: Element | Document | null | undefined, localName: string): Element | null {
  if (!el) return null;
  for (const child of elementChildren(el)) {
    if (child.localName === localName) return child;
    const inner = findFirst(child, localName);
    if (inner) return inner;
  }
  return null;
}

/** Every descendant with a local name, in document order. */
export function findAll(el: Element | Document, localName: string, out: Element[] = []): Element[] {
  for (const child of elementChildren(el)) {
    if (child.localName === localName) out.push(child);
    findAll(child, localName, out);
  }
  return out;
}

/** The element's text with whitespace collapsed, or null when it has none. */
export function textOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  const t = (el.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
  return t === '' ? null : t;
}
