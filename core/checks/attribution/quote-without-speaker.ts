// Every direct quote is somebody's: a quote with no speaker cannot be verified (Kode Etik, Pasal 3).
import type { RuleModule } from '../types.ts';
import { SPEECH_CUES } from '../lexicon.ts';
import type { Quote } from '../../model/article.ts';

const rule: RuleModule = {
  meta: {
    id: 'attribution/quote-without-speaker',
    category: 'attribution',
    severity: 'error',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Kutipan langsung harus disertai narasumbernya (kata siapa). Kutipan lanjutan tepat setelah paragraf kutipan langsung, atau yang diantar dengan titik dua, tidak dilaporkan.',
      en: 'A direct quote names its speaker. A quote continuing right after a paragraph of direct quotation, or introduced with a colon, is not reported.',
      exampleBad: '"Kami berdiri bersama untuk menentang segala bentuk agresi."',
      exampleGood: '"Kami berdiri bersama untuk menentang segala bentuk agresi," kata Rutte.',
    },
    messages: {
      noSpeaker: { id: 'Kutipan langsung tanpa narasumber: sebutkan siapa yang mengatakannya.', en: 'Direct quote without a speaker: say who said it.' },
    },
  },
  create(context) {
    const ps = context.article.paragraphs;
    const prose = (i: number) => i >= 0 && (ps[i]?.role === 'body' || ps[i]?.role === 'lead');
    const hasCue = (i: number, skip?: Quote) => context.tokens(i).some((t) => !t.inQuote && SPEECH_CUES.has(t.lower) && !(skip && t.start >= skip.start && t.end <= skip.end));
    const quoteParagraphs = new Set(context.article.quotes.filter((q) => q.kind === 'direct').map((q) => q.paragraph));
    return {
      quote(q) {
        if (q.kind !== 'direct') return;
        const inferred = q.speaker !== null && q.cue === null;
        if (q.speaker && !inferred) return;
        if (q.text.trim().split(/\s+/).length < 4) return; // a term in quote marks, not speech
        const text = ps[q.paragraph]?.text ?? '';
        const before = text.slice(0, q.start);
        // A partial quote inside the writer's sentence carries its speaker in that sentence.
        if (/[\p{L}\d,]\s*$/u.test(before) && !/:\s*$/.test(before)) return;
        if (/:\s*$/.test(before)) return;
        // `"…," lapor SBS.` / `"…?" tanyanya.`: a lowercase word right after `,"` is a speech verb, whatever the verb.
        const closeAt = q.endParagraph !== undefined && q.endParagraph !== q.paragraph ? -1 : q.end;
        if (closeAt > 1 && /[,?!]\s*["“”]$/.test(text.slice(0, closeAt)) && /^\s*\p{Ll}{3,}/u.test(text.slice(closeAt))) return;
        if (hasCue(q.paragraph) || (q.endParagraph !== undefined && q.endParagraph !== q.paragraph && hasCue(q.endParagraph))) return;
        // Continuing: the paragraph before names the speaker, quotes them, or introduces with a colon.
        let p = q.paragraph - 1;
        while (p >= 0 && !prose(p)) p--;
        // (A paragraph of reported speech before it is not enough: the quote may be anyone's.)
        if (p >= 0 && (quoteParagraphs.has(p) || /:\s*["“”]?\s*$/.test(ps[p].text))) return;
        context.report({ paragraph: q.paragraph, start: q.start, end: q.endParagraph !== undefined && q.endParagraph !== q.paragraph ? text.length : q.end, messageId: 'noSpeaker' });
      },
    };
  },
};
export default rule;
