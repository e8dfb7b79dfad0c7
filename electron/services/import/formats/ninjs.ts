// ninjs (IPTC News in JSON) 1.x, 2.x and 3.x. Field names changed across versions (1.x
// `headline`/`body_html`/`headline_main`, 2.x `headlines`/`bodies`, 3.x camelCase `versionCreated`,
// `infoSources`), so fields are looked up under every name they have had.

import type { RawStory } from '../../../../core/model/article.ts';
import { splitOnBlankLines } from '../../../../core/text/html-paragraphs.ts';
import { toIsoDate } from '../dates.ts';
import { extractHtml } from '../html-extract.ts';
import { bylineCredits } from '../byline.ts';

type Json = Record<string, unknown>;

const NINJS_KEYS = [
  'headline', 'headlines', 'body_text', 'body_html', 'body_xhtml', 'bodies', 'versioncreated', 'versionCreated',
  'firstcreated', 'firstCreated', 'byline', 'located', 'slugline', 'renditions', 'associations', 'altids', 'altIds',
];

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A ninjs item: an object with a `uri` or a `type`, and at least one field only ninjs has. */
export function isNinjs(v: unknown): v is Json {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  const hasNinjsKey = keys.some((k) => NINJS_KEYS.includes(k) || /^(headline|body|description)_[A-Za-z0-9_]+$/.test(k));
  return hasNinjsKey && (typeof v.uri === 'string' || typeof v.type === 'string' || 'headlines' in v || 'bodies' in v || 'body_text' in v || 'body_html' in v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** The first of several names (1.x lowercase, 3.x camelCase) that holds a value. */
function field(o: Json, ...names: string[]): unknown {
  for (const n of names) if (o[n] !== undefined && o[n] !== null) return o[n];
  return undefined;
}

function byRole(list: unknown): Json[] {
  if (!Array.isArray(list)) return [];
  const items = list.filter(isObject);
  // "main" first, then items without a role, then the rest in order.
  const rank = (o: Json) => (o.role === 'main' ? 0 : o.role === undefined ? 1 : 2);
  return items.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i).map((x) => x.o);
}

function headlineOf(o: Json): string | null {
  return str(o.headline) ?? str(o.headline_main) ?? str(byRole(o.headlines).map((h) => h.value).find((v) => str(v)))
    ?? str(Object.entries(o).find(([k, v]) => k.startsWith('headline_') && str(v))?.[1]) ?? str(o.title);
}

interface Body { html: string | null; text: string | null }

function bodyOf(o: Json): Body {
  const html = str(o.body_html) ?? str(o.body_xhtml) ?? str(o.body_richtext);
  const text = str(o.body_text) ?? str(o.body_main);
  if (html || text) return { html, text };
  const bodies = byRole(o.bodies);
  const markup = bodies.find((b) => /html|xhtml|richtext/i.test(String(field(b, 'contenttype', 'contentType') ?? '') + String(b.role ?? '')));
  const plain = bodies.find((b) => b !== markup);
  return { html: str(markup?.value), text: str(plain?.value) ?? (markup ? null : str(bodies[0]?.value)) };
}

function names(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((x) => (isObject(x) ? str(x.name) : str(x))).filter((n): n is string => n !== null);
}

function associationLinks(assoc: unknown): { title: string; url: string }[] {
  // 1.x keys associations by name; 2.x and 3.x list them.
  const items: Json[] = Array.isArray(assoc)
    ? assoc.filter(isObject)
    : isObject(assoc) ? Object.entries(assoc).filter(([, v]) => isObject(v)).map(([k, v]) => ({ name: k, ...(v as Json) })) : [];
  const links: { title: string; url: string }[] = [];
  for (const a of items) {
    const url = str(a.uri);
    if (!url || !/^https?:\/\//i.test(url)) continue;
    const title = headlineOf(a) ?? str(a.name) ?? url;
    links.push({ title, url });
  }
  return links;
}

/** ninjs 2.x/3.x `descriptions`: the first plain-text (or any) value. */
function descriptionOf(list: unknown): string | null {
  if (!Array.isArray(list)) return null;
  const items = list.filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null);
  const plain = items.find((d) => String(d.contenttype ?? d.contentType ?? 'text/plain').startsWith('text/plain')) ?? items[0];
  return plain ? str(plain.value) : null;
}

function priority(urgency: unknown): 'flash' | 'urgent' | undefined {
  const u = Number(urgency);
  return u === 1 ? 'flash' : u === 2 ? 'urgent' : undefined;
}

export function readNinjsItem(o: Json): RawStory {
  const body = bodyOf(o);
  let paragraphs: string[] = [];
  let links: { title: string; url: string }[] = [];
  if (body.html) {
    const extracted = extractHtml(body.html, { headline: false });
    paragraphs = extracted.paragraphs;
    links = extracted.links;
  } else if (body.text) {
    paragraphs = splitOnBlankLines(body.text);
    if (paragraphs.length === 1 && paragraphs[0].includes('\n')) paragraphs = paragraphs[0].split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
  }
  // An item with no body still has its description (ninjs 1.x description_text, 2.x/3.x
  // descriptions[]): keep it as the copy rather than drop it.
  if (paragraphs.length === 0) {
    const description = str(field(o, 'description_text', 'description_html')) ?? descriptionOf(o.descriptions);
    if (description) paragraphs = splitOnBlankLines(description.replace(/<[^>]*>/g, ''));
  }
  links.push(...associationLinks(o.associations));

  const by = field(o, 'by', 'byline');
  const authors = typeof by === 'string' ? [by.trim()].filter((s) => s !== '') : names(by);
  const located = str(o.located);
  // Subjects in the `section` relation are the desk's kanal; the others are tags.
  const subjects = field(o, 'subjects', 'subject');
  const subjectList = Array.isArray(subjects) ? subjects : [];
  const isSection = (x: unknown) => isObject(x) && x.rel === 'section';
  const meta: RawStory['meta'] = {
    authors,
    tags: names(subjectList.filter((x) => !isSection(x))),
    // When the story was written, not when this copy of it was made (versionCreated is the export time).
    date: toIsoDate(str(field(o, 'contentCreated', 'contentcreated', 'firstCreated', 'firstcreated', 'versionCreated', 'versioncreated'))),
    url: /^https?:\/\//i.test(String(o.uri ?? '')) ? String(o.uri) : null,
  };
  const slug = str(o.slugline);
  if (slug) meta.slug = slug;
  const embargo = str(field(o, 'embargoedUntil', 'embargoed'));
  if (embargo) meta.embargo = toIsoDate(embargo);
  const p = priority(o.urgency);
  if (p) meta.priority = p;
  const section = names(subjectList.filter(isSection))[0];
  if (section) meta.section = section;
  const caption = byRole(o.descriptions).find((d) => d.role === 'caption');
  if (str(caption?.value)) meta.caption = str(caption?.value);
  const correction = (Array.isArray(o.altIds) ? o.altIds : []).find((x) => isObject(x) && x.role === 'correctionOf');
  if (isObject(correction) && str(correction.value)) meta.correctionOf = str(correction.value);
  // An infoSource in the agency role is the dateline's agency, not a "Sumber:" credit.
  const infoSources = field(o, 'infoSources', 'infosources', 'infosource');
  const sourceList = Array.isArray(infoSources) ? infoSources : [];
  const isAgency = (x: unknown) => isObject(x) && x.role === 'agency';
  const agency = names(sourceList.filter(isAgency))[0] ?? null;

  const lang = String(o.language ?? '').toLowerCase();
  const story: RawStory = {
    format: 'ninjs',
    ...(Object.keys(bylineCredits(authors)).length ? { credits: bylineCredits(authors) } : {}),
    headline: headlineOf(o),
    paragraphs,
    links,
    dateline: located || agency ? { place: located, agency } : null,
    sourceCredits: names(sourceList.filter((x) => !isAgency(x))),
    meta,
    sourceId: str(o.uri),
    copyright: str(field(o, 'copyrightHolder', 'copyrightholder')),
  };
  if (lang.startsWith('id')) story.language = 'id';
  else if (lang.startsWith('en')) story.language = 'en';
  return story;
}
