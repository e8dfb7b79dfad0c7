// NewsML-G2 newsItem (alone or in a newsMessage): contentMeta headline, dateline, creator, located,
// infoSource, subjects, slugline; the body from inlineXML (XHTML or NITF) or plain inlineData.

import type { Document, Element } from '@xmldom/xmldom';
import type { RawStory } from '../../../../core/model/article.ts';
import { LABELS } from '../../../../core/export/labels.ts';
import { toIsoDate } from '../dates.ts';
import { splitDatelineText } from '../dateline-text.ts';
import { domText } from '../dom-text.ts';
import { splitOnBlankLines } from '../../../../core/text/html-paragraphs.ts';
import { elementChildren, findAll, findFirst, firstChild, textOf } from '../xml.ts';
import { readNitfElement } from './nitf.ts';
import { bylineCredits } from '../byline.ts';

/** The label the exporters write before the id of the story a correction corrects. */
const CORRECTION_LABEL = new RegExp(`^\\s*(?:${[LABELS.id.correction, LABELS.en.correction].join('|')})\\s*:?\\s*`, 'i');

export function readNewsMlDocument(doc: Document): RawStory[] {
  const root = doc.documentElement;
  if (!root) return [];
  const items = root.localName === 'newsItem' ? [root] : findAll(root, 'newsItem');
  return items.map(readNewsItem);
}

/** A party's name: `<name>`, else the `literal` attribute, else its text. */
function partyName(el: Element): string | null {
  return textOf(firstChild(el, 'name')) ?? (el.getAttribute('literal') || null) ?? textOf(el);
}

function readNewsItem(item: Element): RawStory {
  const itemMeta = firstChild(item, 'itemMeta');
  const contentMeta = firstChild(item, 'contentMeta');
  const headline = textOf(firstChild(contentMeta, 'headline'));
  const located = firstChild(contentMeta, 'located');
  const datelineText = textOf(firstChild(contentMeta, 'dateline'));
  const place = located ? partyName(located) : null;
  let dateline: RawStory['dateline'] = null;
  if (datelineText) {
    const written = splitDatelineText(datelineText);
    dateline = { place: place ?? written.place, agency: written.agency, date: written.date };
  } else if (place) {
    dateline = { place, agency: null, date: null };
  }

  const authors = elementChildren(contentMeta ?? item, 'creator').map(partyName).filter((n): n is string => n !== null);
  // An infoSource in the agency role is the dateline's agency (Meja writes `mejarole:agency`), not
  // a "Sumber:" credit; every other infoSource is a source.
  const infoSources = elementChildren(contentMeta ?? item, 'infoSource');
  const isAgency = (el: Element) => /:agency$/i.test(el.getAttribute('role') ?? '');
  const agency = infoSources.filter(isAgency).map(partyName).find((n) => n !== null) ?? null;
  const sourceCredits = infoSources.filter((el) => !isAgency(el)).map(partyName).filter((n): n is string => n !== null);
  if (dateline && !dateline.agency && agency) dateline.agency = agency;
  // Keywords are plain text; a subject is a concept, named by its `name` child (one without is skipped).
  const keywords = elementChildren(contentMeta ?? item, 'keyword').map((k) => textOf(k));
  const subjects = elementChildren(contentMeta ?? item, 'subject').map((s) => textOf(firstChild(s, 'name')));
  const tags = [...keywords, ...subjects].filter((n): n is string => n !== null);
  const meta: RawStory['meta'] = { authors, tags };
  // The desk's kanal travels as the item's editorial service.
  const service = elementChildren(itemMeta ?? item, 'service').map(partyName).find((n) => n !== null);
  if (service) meta.section = service;
  const caption = elementChildren(contentMeta ?? item, 'description').find((d) => /caption/i.test(d.getAttribute('role') ?? ''));
  if (caption && textOf(caption)) meta.caption = textOf(caption);
  // A correction: the sig:correction signal, the story corrected named in the edNote after its label.
  const signals = elementChildren(itemMeta ?? item, 'signal').map((el) => el.getAttribute('qcode') ?? '');
  const note = textOf(firstChild(itemMeta, 'edNote'));
  if (signals.includes('sig:correction') && note) meta.correctionOf = note.replace(CORRECTION_LABEL, '').trim() || note;
  const slug = textOf(firstChild(contentMeta, 'slugline'));
  if (slug) meta.slug = slug;
  meta.date = toIsoDate(textOf(firstChild(contentMeta, 'contentCreated')) ?? textOf(firstChild(itemMeta, 'firstCreated')) ?? textOf(firstChild(itemMeta, 'versionCreated')));
  const embargo = textOf(firstChild(itemMeta, 'embargoed'));
  if (embargo) meta.embargo = toIsoDate(embargo);
  const urgency = Number(textOf(firstChild(contentMeta, 'urgency')));
  if (urgency >= 1 && urgency <= 2) meta.priority = urgency === 1 ? 'flash' : 'urgent';

  const lang = (firstChild(contentMeta, 'language')?.getAttribute('tag') ?? item.getAttribute('xml:lang') ?? '').toLowerCase();
  const story: RawStory = {
    format: 'newsml',
    headline,
    paragraphs: [],
    links: [],
    dateline,
    sourceCredits,
    meta,
    sourceId: item.getAttribute('guid') || null,
    copyright: textOf(findFirst(firstChild(firstChild(item, 'rightsInfo'), 'copyrightHolder'), 'name')),
  };
  // <by> is the byline as the provider wrote it (`Pewarta: Budi`): the credits.
  const by = elementChildren(contentMeta ?? item, 'by').map((b) => (b.textContent ?? '').trim()).filter((b) => b !== '');
  const credits = bylineCredits(by);
  if (Object.keys(credits).length) story.credits = credits;
  if (lang.startsWith('id')) story.language = 'id';
  else if (lang.startsWith('en')) story.language = 'en';

  const contentSet = firstChild(item, 'contentSet');
  const inline = firstChild(contentSet, 'inlineXML');
  const data = firstChild(contentSet, 'inlineData');
  if (inline) {
    const nitf = findFirst(inline, 'nitf');
    if (nitf) {
      const inner = readNitfElement(nitf);
      story.paragraphs = inner.paragraphs;
      story.links = inner.links;
      story.headline ??= inner.headline ?? null;
      story.dateline ??= inner.dateline ?? null;
      if (authors.length === 0 && inner.meta?.authors) meta.authors = inner.meta.authors;
      if (inner.credits && !story.credits) story.credits = inner.credits;
    } else {
      const body = findFirst(inline, 'body') ?? inline;
      // The XHTML often repeats the headline as its h1: take it as the headline, not as copy.
      const extracted = domText(body, { captureHeadline: true });
      story.paragraphs = extracted.paragraphs;
      story.links = extracted.links;
      if (extracted.headline !== null) {
        if (story.headline === null || story.headline === undefined) story.headline = extracted.headline;
        else if (extracted.headline !== story.headline) story.paragraphs.unshift(extracted.headline);
      }
    }
  } else if (data) {
    story.paragraphs = splitOnBlankLines(data.textContent ?? '');
  }
  return story;
}
