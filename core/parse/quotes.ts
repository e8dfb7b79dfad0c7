// Direct quotes: spans between quote marks, straight or curly, opened with “ or ” (Kompas print
// opens with either), including a quote that runs over several paragraphs, each opened with a mark.

export interface QuoteSpan {
  paragraph: number;
  /** Index of the opening mark. */
  start: number;
  endParagraph: number;
  /** Index just after the closing mark (or the paragraph end when the quote is left open). */
  end: number;
  closed: boolean;
  /** False when the opening mark is missing (`Kami siap," kata Budi.`): the quote runs from the paragraph start. */
  opened?: boolean;
}

const MARK = /["“”„«»]/g;
const OPEN_BEFORE = /[\s([{—–\-/:]/;
const SPACE = /\s/;

/** Quote spans inside one paragraph; `open` is true when the last one runs to the paragraph end. */
export function paragraphSpans(text: string): Array<{ start: number; end: number; closed: boolean; opened?: boolean }> {
  const out: Array<{ start: number; end: number; closed: boolean; opened?: boolean }> = [];
  let openAt = -1;
  let first = true;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const i = m.index;
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    const canOpen = OPEN_BEFORE.test(prev) && !SPACE.test(next) && m[0] !== '»';
    const canClose = !SPACE.test(prev) && i > 0 && m[0] !== '„' && m[0] !== '«';
    if (openAt < 0) {
      if (canOpen) openAt = i;
      // The first mark closes a quote never opened: kept, and accepted only when a cue follows.
      else if (first && canClose && i > 12) out.push({ start: 0, end: i + 1, closed: true, opened: false });
    } else if (canClose && i > openAt + 1) {
      out.push({ start: openAt, end: i + 1, closed: true });
      openAt = -1;
    }
    first = false;
  }
  MARK.lastIndex = 0;
  if (openAt >= 0) out.push({ start: openAt, end: text.length, closed: false });
  return out;
}

const STARTS_WITH_MARK = /^["“”„«]/;

/** All quote spans of an article, joining an open quote with the paragraphs that continue it. */
export function findQuoteSpans(paragraphs: readonly string[], eligible: (i: number) => boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const perParagraph = paragraphs.map((p, i) => (eligible(i) ? paragraphSpans(p) : []));
  let i = 0;
  while (i < paragraphs.length) {
    const spans = perParagraph[i];
    let next = i + 1;
    for (let s = 0; s < spans.length; s++) {
      const sp = spans[s];
      if (sp.closed || s < spans.length - 1) {
        const q: QuoteSpan = { paragraph: i, start: sp.start, endParagraph: i, end: sp.end, closed: sp.closed };
        if (sp.opened === false) q.opened = false;
        out.push(q);
        continue;
      }
      // Open at the paragraph end: the quote goes on while the next paragraphs open with a mark.
      let j = i;
      let end = sp.end;
      let closed = false;
      while (j + 1 < paragraphs.length && eligible(j + 1) && STARTS_WITH_MARK.test(paragraphs[j + 1])) {
        // A paragraph that is only a stray mark continues nothing.
        const first = perParagraph[j + 1][0];
        if (!first) break;
        j++;
        end = first.end;
        if (first.closed) { closed = true; perParagraph[j] = perParagraph[j].slice(1); break; }
        perParagraph[j] = perParagraph[j].slice(1);
      }
      // `“Pertama, … WHO.` then `Kemudian, … media,” ujar Steaven.`: the next paragraph carries no
      // opening mark, only the closing one; the quote runs on to it.
      if (j === i && i + 1 < paragraphs.length && eligible(i + 1) && perParagraph[i + 1][0]?.opened === false) {
        j = i + 1;
        end = perParagraph[j][0].end;
        closed = true;
        perParagraph[j] = perParagraph[j].slice(1);
      }
      out.push({ paragraph: i, start: sp.start, endParagraph: j, end: j === i ? sp.end : end, closed });
      // The continuation's remaining spans are read when the loop reaches paragraph j.
      next = j === i ? i + 1 : j;
    }
    i = next > i ? next : i + 1;
  }
  return out;
}
