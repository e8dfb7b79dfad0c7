// NITF 3.x: hl1 headline, dateline, byline, body.content paragraphs, body.end tagline, and docdata
// (doc-id, date.issue, doc.copyright, key-list). Also used for NITF carried inside NewsML-G2.

import type { Document, Element } from '@xmldom/xmldom';
import type { RawStory } from '../../../../core/model/article.ts';
import { toIsoDate } from '../dates.ts';
import { splitDatelineText } from '../dateline-text.ts';
import { domText } from '../dom-text.ts';
import { elementChildren, findAll, findFirst, firstChild, textOf } from '../xml.ts';
import { bylineCredits } from '../byline.ts';

export function readNitfDocument(doc: Document): RawStory[] {
  const root = doc.documentElement;
  if (!root) return [];
  return [readNitfElement(root)];
}

export function readNitfElement(nitf: Element): RawStory {
  const head = firstChild(nitf, 'head');
  const body = firstChild(nitf, 'body');
  const bodyHead = firstChild(body, 'body.head');
  const docdata = firstChild(head, 'docdata');

  const headline = textOf(findFirst(firstChild(bodyHead, 'hedline'), 'hl1')) ?? textOf(firstChild(head, 'title'));

  const datelineEl = firstChild(bodyHead, 'dateline');
  let dateline: RawStory['dateline'] = null;
  if (datelineEl) {
    const place = textOf(findFirst(datelineEl, 'city')) ?? textOf(findFirst(datelineEl, 'location'));
    const date = textOf(firstChild(datelineEl, 'story.date'));
    const written = splitDatelineText(textOf(datelineEl) ?? '');
    dateline = {
      place: place ?? written.place,
      agency: written.agency ?? textOf(firstChild(bodyHead, 'distributor')),
      date: date ?? written.date,
    };
  }

  const authors: string[] = [];
  const bylines: string[] = [];
  for (const byline of elementChildren(bodyHead ?? nitf, 'byline')) {
    const text = textOf(findFirst(byline, 'person')) ?? bylineName(byline);
    if (text) authors.push(text);
    const whole = (byline.textContent ?? '').trim();
    if (whole) bylines.push(findFirst(byline, 'person') ? text ?? whole : whole);
  }
  const credits = bylineCredits(bylines);

  const content = firstChild(body, 'body.content');
  const end = firstChild(body, 'body.end');
  const extracted = domText([content, end].filter((e): e is Element => e !== null));

  const meta: RawStory['meta'] = { authors };
  const tags = findAll(docdata ?? nitf, 'keyword').map((k) => k.getAttribute('key') ?? '').filter((k) => k !== '');
  if (tags.length > 0) meta.tags = tags;
  const issue = firstChild(docdata, 'date.issue');
  meta.date = toIsoDate(issue?.getAttribute('norm') ?? textOf(issue));
  const embargo = firstChild(docdata, 'date.release');
  if (embargo) meta.embargo = toIsoDate(embargo.getAttribute('norm'));
  const slug = firstChild(docdata, 'du-key');
  if (slug?.getAttribute('key')) meta.slug = slug.getAttribute('key');
  const urgency = Number(firstChild(docdata, 'urgency')?.getAttribute('ed-urg'));
  if (urgency >= 1 && urgency <= 2) meta.priority = urgency === 1 ? 'flash' : 'urgent';
  // The CMS fields as NITF places them: the section in pubdata (or a head meta), the photo caption
  // in body.content's media, the story corrected in docdata's correction.
  const section = findAll(head ?? nitf, 'pubdata').map((p) => p.getAttribute('position.section') ?? '').find((v) => v.trim() !== '')
    ?? elementChildren(head ?? nitf, 'meta').find((m) => m.getAttribute('name') === 'section')?.getAttribute('content');
  if (section?.trim()) meta.section = section.trim();
  const caption = textOf(findFirst(content ?? nitf, 'media-caption'));
  if (caption) meta.caption = caption;
  const correction = firstChild(docdata, 'correction')?.getAttribute('id-string');
  if (correction?.trim()) meta.correctionOf = correction.trim();

  const language = (body?.getAttribute('xml:lang') ?? nitf.getAttribute('xml:lang') ?? '').toLowerCase();
  const docId = firstChild(docdata, 'doc-id');
  return {
    format: 'nitf',
    headline,
    paragraphs: extracted.paragraphs,
    links: extracted.links,
    dateline,
    meta,
    ...(Object.keys(credits).length ? { credits } : {}),
    sourceId: docId?.getAttribute('id-string') || null,
    copyright: firstChild(docdata, 'doc.copyright')?.getAttribute('holder') || null,
    ...(language.startsWith('id') ? { language: 'id' as const } : language.startsWith('en') ? { language: 'en' as const } : {}),
  };
}

/** A byline's name: its text without the byttl (title) part and without "By"/"Oleh". */
function bylineName(byline: Element): string | null {
  let text = byline.textContent ?? '';
  for (const title of findAll(byline, 'byttl')) text = text.replace(title.textContent ?? '', '');
  const name = text.replace(/[ \t\n\r\f]+/g, ' ').trim().replace(/^(?:by|oleh)\s+/i, '').replace(/[,;\s]+$/, '');
  return name === '' ? null : name;
}
