// Paragraphs from HTML text, the way a browser would show them: runs of HTML whitespace collapse
// to one space, a space is kept between words that sit in different inline elements
// (`<b>kata</b> <i>lain</i>`), and none is invented between elements that touch (`<b>ka</b>ta`).
// Block boundaries and `<br>` end a paragraph; paragraphs with no visible text are dropped.
// The HTML tokenizer lives outside core; it feeds this builder text chunks and boundaries.

/** HTML's own whitespace (not U+00A0, which is content an editor may want to see and clean). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** Element names that end a paragraph where they open and where they close. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'block', 'hl1', 'hl2', 'body.content', 'media-caption',
]);

export class ParagraphBuilder {
  private done: string[] = [];
  private current = '';
  private pendingSpace = false;
  private preserveSpaces: boolean;

  /**
   * preserveSpaces: the HTML's spaces are the document's own (mammoth's output for .docx, where a
   * double space is a real double space a check should see), so nothing is collapsed.
   */
  constructor(options: { preserveSpaces?: boolean } = {}) {
    this.preserveSpaces = options.preserveSpaces ?? false;
  }

  /** Adds text as it appears in the HTML (entities already decoded). */
  text(chunk: string): void {
    if (this.preserveSpaces) {
      this.current += chunk;
      return;
    }
    const parts = chunk.split(HTML_SPACE);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0 && this.current !== '') this.pendingSpace = true;
      const part = parts[i];
      if (part === '') continue;
      if (this.pendingSpace) this.current += ' ';
      this.pendingSpace = false;
      this.current += part;
    }
  }

  /** A `<br>` or a block boundary: what was gathered becomes a paragraph. */
  boundary(): void {
    const text = this.current.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
    if (text !== '') this.done.push(text);
    this.current = '';
    this.pendingSpace = false;
  }

  /** Takes the text gathered since the last boundary (trimmed) without making it a paragraph. */
  take(): string {
    const text = this.current.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
    this.current = '';
    this.pendingSpace = false;
    return text;
  }

  finish(): string[] {
    this.boundary();
    return this.done;
  }
}

/** Paragraphs of a plain text, split on blank lines, each kept as written (only trimmed). */
export function splitOnBlankLines(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
