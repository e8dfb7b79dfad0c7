// HTML (files, clipboard, feed content, mammoth's output) to paragraphs of text with htmlparser2.
// Nothing is rendered or loaded: this only reads the markup.

import { Parser } from 'htmlparser2';
import { HtmlTextSink, type HtmlText } from './html-sink.ts';

/** headline: take the first h1 as the headline (default); preserveSpaces: keep runs of spaces (docx). */
export function extractHtml(html: string, options: { headline?: boolean; preserveSpaces?: boolean } = {}): HtmlText {
  const sink = new HtmlTextSink({ captureHeadline: options.headline ?? true, preserveSpaces: options.preserveSpaces });
  const parser = new Parser(
    {
      onopentag: (name, attribs) => sink.open(name, (n) => (Object.hasOwn(attribs, n) ? attribs[n] : null)),
      ontext: (text) => sink.text(text),
      onclosetag: (name) => sink.close(name),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return sink.result();
}
