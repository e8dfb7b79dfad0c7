// The structured article: the one model that import, checks, Baca juga, cleaning and export share.
// Parsing never rewrites text: every paragraph's `text` is exactly what the copy said, and the
// original is kept beside it so nothing is ever lost.

export type ParagraphRole =
  | 'lead'
  | 'body'
  | 'related' // a "Baca juga:" / "Related news:" line
  | 'source-credit' // "Sumber: Anadolu"
  | 'credit' // "Pewarta: …", "Editor: …", "Penerjemah: …"
  | 'copyright'
  | 'junk'; // scraped headlines, footers, "SCROLL TO CONTINUE"

export const PARAGRAPH_ROLES: readonly ParagraphRole[] = [
  'lead', 'body', 'related', 'source-credit', 'credit', 'copyright', 'junk',
];

export interface Paragraph {
  role: ParagraphRole;
  text: string;
  /** For `related` paragraphs: the linked story's URL when known (set by Baca juga or by import). */
  url?: string | null;
}

export interface Dateline {
  /** The place as written: `London`, `JAKARTA`. */
  place: string | null;
  /** The agency as written: `ANTARA`, `KOMPAS.com`, `Reuters`. */
  agency: string | null;
  /** A date written in the dateline (`PARIS, 25 Nov (AFP)`), as written. */
  date?: string | null;
  /** Canonical id of the agency when known: `antara`, `kompas`, `reuters`… */
  agencyId?: string | null;
  /** Length of the dateline prefix at the start of the lead paragraph's text (includes the dash and space). */
  length: number;
}

export interface Speaker {
  name: string;
  title?: string | null;
  /** The full first mention this speaker resolves to (`Sekretaris Jenderal NATO Mark Rutte`). */
  resolved?: string | null;
}

export interface Quote {
  kind: 'direct' | 'indirect';
  text: string;
  /** Index into `paragraphs` of the paragraph where the quote starts. */
  paragraph: number;
  /** JavaScript string indices into that paragraph's text. */
  start: number;
  end: number;
  /** For a quote running over several paragraphs: the index of the last one (its `end` is then in that paragraph). */
  endParagraph?: number;
  /** The speech verb as written: `ujar`, `katanya`, `menurut`, `mengatakan`… */
  cue: string | null;
  speaker: Speaker | null;
}

export interface RelatedLink {
  title: string;
  url: string | null;
  /** Index of the `related` paragraph that carries it. */
  paragraph: number;
}

export interface Credits {
  reporter: string | null;
  editor: string | null;
  translator: string | null;
}

export interface Provenance {
  fileName: string | null;
  format: string;
  importedAt: string;
  /** sha256 (hex) of the original bytes. */
  sha256: string;
}

export type Priority = 'biasa' | 'urgent' | 'flash';

/** The CMS fields a desk fills; they travel in every export format that has a place for them. */
export interface StoryMeta {
  slug: string | null;
  section: string | null;
  tags: string[];
  caption: string | null;
  /** ISO 8601 instant; the story is held until then. */
  embargo: string | null;
  priority: Priority;
  /** Id (or URL) of the published story this one corrects (Ralat). */
  correctionOf: string | null;
  /** Publication date of the story when the copy carries one (feeds, CMS exports). */
  date: string | null;
  url: string | null;
  authors: string[];
}

export interface Article {
  headline: string | null;
  dateline: Dateline | null;
  /** The lead paragraph's text without the dateline prefix. */
  lead: string;
  paragraphs: Paragraph[];
  quotes: Quote[];
  related: RelatedLink[];
  sourceCredits: string[];
  credits: Credits;
  language: 'id' | 'en';
  provenance: Provenance | null;
  meta: StoryMeta;
  /**
   * How the pieces sat in the text the parser was given, so that text can be rebuilt exactly:
   * `gaps[0]` comes before the first piece, `gaps[i]` after piece i-1; the pieces are the headline
   * (when `headlineInText`) and then the paragraphs. Absent for stories not parsed from text.
   */
  layout?: { gaps: string[]; headlineInText: boolean } | null;
}

/**
 * What a reader makes of one story in a file before the parser finds its structure. Structured
 * formats (NITF, NewsML-G2, ninjs, feeds) fill what they know; plain text fills only `paragraphs`.
 */
export interface RawStory {
  format: string;
  /** For text-like formats (txt, pasted text, WhatsApp): the decoded text; the parser splits it itself. */
  text?: string;
  headline?: string | null;
  /** Paragraph texts (empty when `text` is given). */
  paragraphs: string[];
  /** Links found with the paragraphs (e.g. `<a href>` inside a "Baca juga" paragraph), by paragraph text. */
  links?: { title: string; url: string }[];
  dateline?: { place: string | null; agency: string | null; date?: string | null } | null;
  credits?: Partial<Credits>;
  sourceCredits?: string[];
  meta?: Partial<StoryMeta>;
  language?: 'id' | 'en';
  /** The source's own id for the story (NITF doc-id, NewsML-G2 guid, ninjs uri, feed guid). */
  sourceId?: string | null;
  /** The copyright holder the source names (NITF doc.copyright, ninjs copyrightholder). */
  copyright?: string | null;
  /**
   * The whole structured story, when the file is Meja's own lossless JSON: roles, quotes, speakers
   * and fields as the editor left them. The parser is then skipped (it would derive them again).
   */
  article?: Article;
}

export function emptyMeta(): StoryMeta {
  return {
    slug: null, section: null, tags: [], caption: null, embargo: null, priority: 'biasa',
    correctionOf: null, date: null, url: null, authors: [],
  };
}

export function emptyCredits(): Credits {
  return { reporter: null, editor: null, translator: null };
}
