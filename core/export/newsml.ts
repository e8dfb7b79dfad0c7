// NewsML-G2 2.35 (IPTC): one newsItem with itemMeta, contentMeta and the story as inline XHTML.
import type { Article } from '../model/article.ts';
import type { ExportOptions } from './types.ts';
import { storyView, firstArticle, type StoryView } from './story-view.ts';
import { fragmentHtml } from './html.ts';
import { escapeAttr, escapeText, sanitize, termSlug } from './shared.ts';

export const G2_NS = 'http://iptc.org/std/nar/2006-10-01/';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** Local scheme for the desk's roles: declared in the item's own catalog, as G2 wants for any QCode. */
export const MEJA_SCHEME = 'https://meja-redaksi.invalid/cv/';

const attr = (name: string, value: string) => ` ${name}="${escapeAttr(value)}"`;
const named = (tag: string, attrs: string, name: string) => `<${tag}${attrs}><name>${escapeText(name)}</name></${tag}>`;

/** The G2 guid: a URN built from the export id (percent-encoded so any id stays a valid URI). */
export function g2Guid(id: string): string {
  return `urn:newsml:meja-redaksi:${encodeURIComponent(sanitize(id) || 'story')}`;
}

/** itemMeta, in the XSD's ItemManagementGroup order. */
const ITEM_META: ((v: StoryView, o: ExportOptions) => string)[] = [
  () => '<itemClass qcode="ninat:text"/>',
  (v) => v.provider ? named('provider', attr('literal', v.provider), v.provider) : '<provider literal="meja-redaksi"/>',
  (v) => `<versionCreated>${v.now}</versionCreated>`,
  (v) => `<firstCreated>${v.date}</firstCreated>`,
  (v) => v.embargo ? `<embargoed>${v.embargo}</embargoed>` : '',
  () => '<pubStatus qcode="stat:usable"/>',
  // The desk's kanal is the editorial service the item is assigned to (a subject would read as a topic).
  (v) => v.section ? `<service${attr('qcode', `mejakanal:${termSlug(v.section)}`)}><name>${escapeText(v.section)}</name></service>` : '',
  (v) => v.correctionOf ? `<edNote>${escapeText(`${v.labels.correction} ${v.correctionOf}`)}</edNote>` : '',
  (v) => v.correctionOf ? '<signal qcode="sig:correction"/>' : '',
  (v) => v.urgency <= 2 ? `<signal qcode="${v.urgency === 1 ? 'mejasig:flash' : 'mejasig:urgent'}"/>` : '',
];

/** contentMeta: AdministrativeMetadataGroup, then DescriptiveMetadataGroup, as the XSD orders them. */
const CONTENT_META: ((v: StoryView) => string)[] = [
  (v) => `<urgency>${v.urgency}</urgency>`,
  (v) => `<contentCreated>${v.date}</contentCreated>`,
  (v) => v.place ? named('located', ' type="loctype:city"', v.place) : '',
  (v) => v.agency ? named('infoSource', attr('role', 'mejarole:agency') + attr('literal', v.agency), v.agency) : '',
  (v) => v.sources.map((s) => named('infoSource', attr('role', 'mejarole:source'), s)).join(''),
  (v) => v.credits.map((c) => named(c.role === 'reporter' ? 'creator' : 'contributor', attr('role', `mejarole:${c.role}`), c.name)).join(''),
  (v) => `<language${attr('tag', v.language)}/>`,
  (v) => v.tags.map((t) => `<keyword>${escapeText(t)}</keyword>`).join(''),
  (v) => v.slug ? `<slugline>${escapeText(v.slug)}</slugline>` : '',
  (v) => `<headline>${escapeText(v.headline)}</headline>`,
  (v) => v.dateline ? `<dateline>${escapeText(v.dateline)}</dateline>` : '',
  (v) => v.credits.length ? `<by>${escapeText(v.credits.find((c) => c.role === 'reporter')?.name ?? v.credits[0].name)}</by>` : '',
  (v) => v.caption ? `<description role="drol:caption">${escapeText(v.caption)}</description>` : '',
];

export function exportNewsml(articles: Article[] | Article, options: ExportOptions): string {
  const v = storyView(firstArticle(articles), options);
  const version = Math.max(1, Math.floor(options.sequence ?? 1));
  const lang = v.language;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<newsItem xmlns="${G2_NS}"${attr('guid', g2Guid(options.id))} version="${version}" standard="NewsML-G2" standardversion="2.35" conformance="power"${attr('xml:lang', lang)}>`,
    '<catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>',
    `<catalog><scheme alias="mejarole"${attr('uri', MEJA_SCHEME + 'role/')}/><scheme alias="mejasig"${attr('uri', MEJA_SCHEME + 'signal/')}/><scheme alias="mejakanal"${attr('uri', MEJA_SCHEME + 'kanal/')}/></catalog>`,
    v.provider ? `<rightsInfo><copyrightHolder${attr('literal', v.provider)}><name>${escapeText(v.provider)}</name></copyrightHolder></rightsInfo>` : '',
    `<itemMeta>${ITEM_META.map((f) => f(v, options)).join('')}</itemMeta>`,
    `<contentMeta>${CONTENT_META.map((f) => f(v)).join('')}</contentMeta>`,
    '<contentSet>',
    '<inlineXML contenttype="application/xhtml+xml">',
    `<html xmlns="${XHTML_NS}"${attr('xml:lang', lang)}><head><title>${escapeText(v.headline)}</title></head><body>`,
    fragmentHtml(v, options.blockquotes === true),
    '</body></html>',
    '</inlineXML>',
    '</contentSet>',
    '</newsItem>',
    '',
  ].filter((l, i, all) => l !== '' || i === all.length - 1).join('\n');
}

export const id = 'newsml';
export const label = 'NewsML-G2 2.35';
export const extension = 'newsml.xml';
export const mediaType = 'application/vnd.iptc.g2.newsitem+xml';
export const spec = 'IPTC NewsML-G2 2.35 (newsItem, power conformance, inline XHTML)';
export { exportNewsml as export };
