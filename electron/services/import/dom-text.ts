// Paragraphs from an XML element holding XHTML or NITF body markup (xmldom nodes), through the
// same text sink as HTML. Walked with an explicit stack: hostile nesting cannot exhaust the call stack.

import type { Element, Node } from '@xmldom/xmldom';
import { HtmlTextSink, type HtmlText } from './html-sink.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export function domText(root: Element | Element[], options: { captureHeadline?: boolean } = {}): HtmlText {
  const sink = new HtmlTextSink({ captureHeadline: options.captureHeadline ?? false });
  const roots = Array.isArray(root) ? root : [root];
  type Frame = { node: Node; closing: boolean };
  const stack: Frame[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i], closing: false });
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      sink.text((node as unknown as { data: string }).data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const name = el.localName ?? el.nodeName;
    if (closing) {
      sink.close(name);
      continue;
    }
    sink.open(name, (attr) => (el.hasAttribute(attr) ? el.getAttribute(attr) : null));
    stack.push({ node, closing: true });
    const children: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], closing: false });
  }
  return sink.result();
}
