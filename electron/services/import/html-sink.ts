// Turns a stream of HTML-ish events (from htmlparser2 for HTML, from an xmldom walk for XHTML and
// NITF bodies) into paragraphs of text and the links inside them. Text only: nothing is rendered,
// and content a browser would not show (script, style, iframes, hidden elements) is dropped.

import { BLOCK_ELEMENTS, ParagraphBuilder } from '../../../core/text/html-paragraphs.ts';

/**
 * Elements whose whole content is dropped. `media` is NITF's picture block: its caption is not copy;
 * `nav` is a web page's menu (`Menu Home`), never part of a story.
 */
const SKIPPED = new Set([
  'nav', 'script', 'style', 'iframe', 'noscript', 'template', 'object', 'embed', 'svg', 'math', 'canvas', 'head',
  'select', 'textarea', 'button', 'frameset', 'frame', 'audio', 'video', 'media', 'title',
]);

/** NITF and NewsML block elements beside HTML's. */
const EXTRA_BLOCKS = new Set(['bq', 'fn', 'note', 'credit', 'tagline', 'dateline', 'byline', 'abstract']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?![.\d])/i;

export interface HtmlText {
  paragraphs: string[];
  links: { title: string; url: string }[];
  /** Text of the first `<h1>` (or NITF `<hl1>`), which is then not a paragraph. */
  headline: string | null;
}

export type AttributeGetter = (name: string) => string | null;

export class HtmlTextSink {
  private builder: ParagraphBuilder;
  private links: { title: string; url: string }[] = [];
  private headline: string | null = null;
  /** Per open element: is it skipped, is it the headline, does it carry a link. */
  private stack: { name: string; skip: boolean; headline: boolean; link: boolean }[] = [];
  private skipDepth = 0;
  private link: { url: string; text: string } | null = null;
  private capturingHeadline = false;
  /** Text inside <pre>: wire copy sent preformatted, paragraphs split by blank lines, lines wrapped. */
  private preDepth = 0;
  private preText = '';
  private captureHeadline: boolean;

  /** captureHeadline: take the first h1/hl1 as the headline (files); feed content keeps it as text. */
  constructor(options: { captureHeadline?: boolean; preserveSpaces?: boolean } = {}) {
    this.captureHeadline = options.captureHeadline ?? true;
    this.builder = new ParagraphBuilder({ preserveSpaces: options.preserveSpaces });
  }

  open(rawName: string, attr: AttributeGetter): void {
    const name = rawName.toLowerCase();
    const style = attr('style');
    const skip = this.skipDepth > 0 || SKIPPED.has(name) || attr('hidden') !== null
      || attr('aria-hidden') === 'true' || (style !== null && HIDDEN_STYLE.test(style))
      || (name === 'input' && (attr('type') ?? '').toLowerCase() === 'hidden');
    const entry = { name, skip, headline: false, link: false };
    this.stack.push(entry);
    if (skip) {
      this.skipDepth++;
      return;
    }
    if (name === 'br') {
      if (this.preDepth > 0) this.preText += '\n';
      else this.builder.boundary();
      return;
    }
    if (name === 'pre') {
      if (this.preDepth === 0) this.builder.boundary();
      this.preDepth++;
      return;
    }
    if (isBlock(name)) this.builder.boundary();
    if (this.captureHeadline && (name === 'h1' || name === 'hl1') && this.headline === null && !this.capturingHeadline) {
      entry.headline = true;
      this.capturingHeadline = true;
    }
    if (name === 'a' && this.link === null) {
      const href = (attr('href') ?? '').trim();
      if (/^https?:\/\//i.test(href)) {
        this.link = { url: href, text: '' };
        entry.link = true;
      }
    }
  }

  text(chunk: string): void {
    if (this.skipDepth > 0) return;
    if (this.preDepth > 0) this.preText += chunk;
    else this.builder.text(chunk);
    if (this.link) this.link.text += chunk;
  }

  close(rawName: string): void {
    const name = rawName.toLowerCase();
    // Pop to the matching element: HTML's implied closes can leave a few open.
    let index = this.stack.length - 1;
    while (index >= 0 && this.stack[index].name !== name) index--;
    if (index < 0) return;
    while (this.stack.length > index) {
      const entry = this.stack.pop()!;
      if (entry.skip) {
        this.skipDepth--;
        continue;
      }
      if (entry.link && this.link) {
        const title = this.link.text.replace(/[ \t\n\r\f]+/g, ' ').trim();
        if (title !== '') this.links.push({ title, url: this.link.url });
        this.link = null;
      }
      if (entry.name === 'pre') {
        this.preDepth--;
        if (this.preDepth === 0) this.flushPre();
        continue;
      }
      if (entry.headline) {
        const text = this.builder.take();
        this.capturingHeadline = false;
        if (text !== '') this.headline = text;
        continue;
      }
      if (isBlock(entry.name)) this.builder.boundary();
    }
  }

  /**
   * Blank lines end paragraphs. Within a block, a line joins the one before only when that one
   * looks hard-wrapped (near the longest line's length): "Pewarta: Rina" / "Editor: Budi" stay apart.
   */
  private flushPre(): void {
    const blocks = this.preText.split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/).map((b) => b.split(/\r?\n/).map((l) => l.trim()));
    const longest = Math.max(0, ...blocks.flat().map((l) => l.length));
    for (const lines of blocks) {
      let previous = '';
      for (const line of lines) {
        if (previous !== '' && !(longest >= 40 && previous.length >= longest * 0.75)) this.builder.boundary();
        this.builder.text(line + ' ');
        previous = line;
      }
      this.builder.boundary();
    }
    this.preText = '';
  }

  result(): HtmlText {
    while (this.stack.length > 0) this.close(this.stack[this.stack.length - 1].name);
    return { paragraphs: this.builder.finish(), links: this.links, headline: this.headline };
  }
}

function isBlock(name: string): boolean {
  return BLOCK_ELEMENTS.has(name) || EXTRA_BLOCKS.has(name) || name === 'h1' || name === 'hl1';
}
