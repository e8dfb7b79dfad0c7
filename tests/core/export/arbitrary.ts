// fast-check arbitraries for Articles: random texts mixed with hostile markup, odd Unicode and
// out-of-range offsets, so exporters and cleaning are tried on what real copy and attackers send.
import fc from 'fast-check';
import type { Article, Paragraph, ParagraphRole } from '../../../core/model/article.ts';
import { PARAGRAPH_ROLES } from '../../../core/model/article.ts';

export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  ']]>',
  '<![CDATA[',
  '"\'<>&',
  '&amp;&lt;',
  '\u0000\u0007\u001B',
  '\uD800',
  '\uDFFF',
  '\u2028\u2029',
  '---',
  '# heading',
  '[x](javascript:alert(1))',
  '![i](data:image/png;base64,AAAA)',
  'السلام عليكم',
  '合作共赢',
  '🇮🇩🤝',
  '“kutipan” ‘tunggal’',
  '  \n\t\u00A0 ',
];

export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://ok.example/a?b=<c>&d="e"',
  'http://ok.example/ruang kosong',
  'https://',
  'https://a.example/"onmouseover="alert(1)',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...HOSTILE, 'kata', ' ', '"', "'", 'Pewarta:', 'Editor:'), { maxLength: 8 }).map((xs) => xs.join('')) },
);
const url = fc.option(fc.oneof(fc.constantFrom(...HOSTILE_URLS), fc.webUrl(), fc.string({ maxLength: 20 })), { nil: null });
const offset = fc.integer({ min: -3, max: 200 });
const iso = fc.option(fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-11-25', '2026-11-25 10:00', 'kemarin', '2026-13-45T99:99:99Z', ''),
), { nil: null });

const paragraph: fc.Arbitrary<Paragraph> = fc.record({
  role: fc.constantFrom<ParagraphRole>(...PARAGRAPH_ROLES),
  text,
  url: fc.option(url, { nil: undefined }),
}, { requiredKeys: ['role', 'text'] });

export const articleArb: fc.Arbitrary<Article> = fc.array(paragraph, { maxLength: 8 }).chain((paragraphs) => {
  const pIndex = fc.integer({ min: 0, max: Math.max(0, paragraphs.length - 1) });
  return fc.record({
    headline: fc.option(text, { nil: null }),
    dateline: fc.option(fc.record({
      place: fc.option(text, { nil: null }),
      agency: fc.option(text, { nil: null }),
      date: fc.option(text, { nil: null }),
      length: offset,
    }), { nil: null }),
    lead: text,
    paragraphs: fc.constant(paragraphs),
    quotes: fc.array(fc.record({
      kind: fc.constantFrom('direct' as const, 'indirect' as const),
      text,
      paragraph: pIndex,
      start: offset,
      end: offset,
      cue: fc.option(text, { nil: null }),
      speaker: fc.option(fc.record({ name: text }), { nil: null }),
    }), { maxLength: 3 }),
    related: fc.array(fc.record({ title: text, url, paragraph: pIndex }), { maxLength: 3 }),
    sourceCredits: fc.array(text, { maxLength: 2 }),
    credits: fc.record({ reporter: fc.option(text, { nil: null }), editor: fc.option(text, { nil: null }), translator: fc.option(text, { nil: null }) }),
    language: fc.constantFrom('id' as const, 'en' as const),
    provenance: fc.constant(null),
    meta: fc.record({
      slug: fc.option(text, { nil: null }),
      section: fc.option(text, { nil: null }),
      tags: fc.array(text, { maxLength: 3 }),
      caption: fc.option(text, { nil: null }),
      embargo: iso,
      priority: fc.constantFrom('biasa' as const, 'urgent' as const, 'flash' as const),
      correctionOf: fc.option(text, { nil: null }),
      date: iso,
      url,
      authors: fc.array(text, { maxLength: 2 }),
    }),
  });
});

export const optionsArb = fc.record({
  now: fc.oneof(fc.constant('2026-11-25T12:00:00Z'), fc.constant('not a date'), fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2099-01-01') }).map((d) => d.toISOString())),
  id: text,
  sequence: fc.option(fc.integer({ min: -5, max: 1000 }), { nil: undefined }),
  blockquotes: fc.boolean(),
  baseUrl: fc.option(url.map((u) => u ?? undefined), { nil: undefined }),
  provider: fc.option(text, { nil: undefined }),
  standalone: fc.boolean(),
});
