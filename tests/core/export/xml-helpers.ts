// Strict XML parsing for tests: any error or fatal error fails.
import { DOMParser } from '@xmldom/xmldom';
import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';

export function parseXml(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(xml, 'text/xml');
  assert.deepEqual(errors, [], 'XML not well-formed');
  return doc as unknown as Document;
}

export function texts(doc: Document | Element, ns: string, name: string): string[] {
  return Array.from(doc.getElementsByTagNameNS(ns, name)).map((e) => e.textContent ?? '');
}

export function attrs(doc: Document | Element, ns: string, name: string, attr: string): string[] {
  return Array.from(doc.getElementsByTagNameNS(ns, name)).map((e) => e.getAttribute(attr) ?? '');
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Well-formed HTML, read by a real HTML parser (htmlparser2): no tag the parser had to open or close
 * for the markup (every element closed in order, void ones aside), no raw `<` in text, and every `&`
 * starting a character reference.
 */
export function assertWellFormedHtml(html: string, where: string): void {
  const bad: string[] = [];
  const parser = new Parser({
    onopentag(name, _attrs, isImplied) {
      if (isImplied) bad.push(`implied <${name}>`);
    },
    onclosetag(name, isImplied) {
      if (isImplied && !VOID.has(name)) bad.push(`unclosed <${name}>`);
    },
    ontext(text) {
      if (text.includes('<')) bad.push(`raw < in ${JSON.stringify(text.slice(0, 40))}`);
      if (/&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/i.test(text)) bad.push(`bare & in ${JSON.stringify(text.slice(0, 40))}`);
    },
  }, { decodeEntities: false, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  assert.deepEqual(bad, [], `${where}: HTML not well-formed`);
}

/** An HTML fragment that also claims to be XHTML (ninjs says application/xhtml+xml): parsed as XML too. */
export function assertWellFormedFragment(html: string, where: string): void {
  assertWellFormedHtml(html, where);
  parseXml(`<div xmlns="http://www.w3.org/1999/xhtml">${html}</div>`);
}
