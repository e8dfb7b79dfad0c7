// NITF 3.6 (IPTC), namespaced `http://iptc.org/std/NITF/2006-10-18/` as the 3.6 XSD requires.
// head/docdata carries the ids, dates and the desk's CMS fields; body.head the headline, byline,
// distributor and dateline; body.content the paragraphs; body.end the credits as a tagline.
import type { Article } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { storyView, firstArticle, type Block, type StoryView, type TextRole } from './story-view.ts';
import { escapeAttr, escapeText, sanitize, utcIso } from './shared.ts';

export const NITF_NS = 'http://iptc.org/std/NITF/2006-10-18/';

/** Paragraph role → attributes of its NITF `<p>` (Superdesk's HTML2NITF idea, reduced to roles). */
export const NITF_P: Record<TextRole, string> = {
  lead: ' class="lead" lede="true"',
  body: '',
  'source-credit': ' class="sumber"',
  copyright: ' class="hak-cipta"',
};

const attr = (name: string, value: string) => ` ${name}="${escapeAttr(value)}"`;

function nitfBlock(b: Block): string {
  if (b.kind === 'related') {
    const title = escapeText(b.title);
    return `<p class="baca-juga">${escapeText(b.label)}: ${b.url ? `<a${attr('href', b.url)}>${title}</a>` : title}</p>`;
  }
  return `<p${NITF_P[b.role]}>${escapeText(b.text)}</p>`;
}

/** docdata children, in a fixed order (the XSD takes them in any order). */
const DOCDATA: ((v: StoryView, o: ExportOptions) => string)[] = [
  (v) => v.correctionOf ? `<correction${attr('info', `${v.labels.correction} ${v.correctionOf}`)}${attr('id-string', v.correctionOf)}/>` : '',
  (v, o) => `<doc-id${attr('id-string', sanitize(o.id))}${v.provider ? attr('regsrc', v.provider) : ''}/>`,
  (v) => `<urgency${attr('ed-urg', String(v.urgency))}/>`,
  (v) => `<date.issue${attr('norm', utcIso(v.date))}/>`,
  (v) => v.embargo ? `<date.release${attr('norm', utcIso(v.embargo))}/>` : '',
  (v) => v.slug ? `<du-key${attr('key', v.slug)}/>` : '',
  (v) => v.provider ? `<doc.copyright${attr('year', v.date.slice(0, 4))}${attr('holder', v.provider)}/>` : '',
  (v) => v.tags.length ? `<key-list>${v.tags.map((t) => `<keyword${attr('key', t)}/>`).join('')}</key-list>` : '',
];

/** head/meta name → value. */
const HEAD_META: [string, (v: StoryView) => string][] = [
  ['section', (v) => v.section],
  ['source', (v) => v.sources.join(', ')],
];

function datelineXml(v: StoryView): string {
  if (!v.dateline) return '';
  const i = v.place ? v.dateline.indexOf(v.place) : -1;
  const inner = i >= 0
    ? escapeText(v.dateline.slice(0, i)) + `<location>${escapeText(v.place)}</location>` + escapeText(v.dateline.slice(i + v.place.length))
    : escapeText(v.dateline);
  return `<dateline>${inner}</dateline>`;
}

export function exportNitf(articles: Article[] | Article, options: ExportOptions): string {
  const v = storyView(firstArticle(articles), options);
  const reporter = v.credits.find((c) => c.role === 'reporter')?.name ?? v.authors.join(', ');
  const headMeta = HEAD_META.map(([n, f]) => [n, f(v)]).filter(([, c]) => c)
    .map(([n, c]) => `<meta${attr('name', n)}${attr('content', c)}/>`);
  const media = v.caption
    ? [`<media media-type="image"><media-reference mime-type="image/jpeg"/><media-caption>${escapeText(v.caption)}</media-caption></media>`]
    : [];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<nitf xmlns="${NITF_NS}" version="-//IPTC//DTD NITF 3.6//EN"${attr('baselang', v.language === 'en' ? 'en' : 'id-ID')}>`,
    '<head>',
    `<title>${escapeText(v.headline)}</title>`,
    ...headMeta,
    `<docdata>${DOCDATA.map((f) => f(v, options)).join('')}</docdata>`,
    // The desk's kanal/section is where the story runs: pubdata's position.section.
    v.section ? `<pubdata type="web"${attr('position.section', v.section)}/>` : '',
    '</head>',
    '<body>',
    '<body.head>',
    `<hedline><hl1>${escapeText(v.headline)}</hl1></hedline>`,
    reporter ? `<byline><person>${escapeText(reporter)}</person></byline>` : '',
    v.provider ? `<distributor><org>${escapeText(v.provider)}</org></distributor>` : '',
    datelineXml(v),
    '</body.head>',
    '<body.content>',
    ...v.blocks.map(nitfBlock),
    ...media,
    '</body.content>',
    v.creditTexts.length
      ? `<body.end><tagline>${v.creditTexts.map(escapeText).join('<br/>')}</tagline></body.end>`
      : '',
    '</body>',
    '</nitf>',
    '',
  ];
  return lines.filter((l, i) => l !== '' || i === lines.length - 1).join('\n');
}

export const id = 'nitf';
export const label = 'NITF 3.6';
export const extension = 'nitf.xml';
export const mediaType = 'application/nitf+xml';
export const spec = 'IPTC NITF 3.6 (XML namespace http://iptc.org/std/NITF/2006-10-18/)';
export { exportNitf as export };
