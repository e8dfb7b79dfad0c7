// Strict XML parsing for tests: any error or fatal error fails.
import { DOMParser } from '@xmldom/xmldom';
import assert from 'node:assert/strict';

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
