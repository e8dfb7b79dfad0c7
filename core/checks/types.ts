// The rule contract: ESLint's `{ meta, create(context) }` shape, applied to the structured article.
import type { Article, Paragraph, Quote, RelatedLink } from '../model/article.ts';
import type { Severity } from '../model/finding.ts';
import type { DeskProfile } from '../model/profile.ts';
import type { Token } from './text.ts';

export type Locale = 'id' | 'en';
export type Category = 'structure' | 'attribution' | 'language' | 'ethics';

/** The spelling dictionary the Node side loads (electron/services/speller.ts); core only asks it. */
export interface Speller {
  isKnown(word: string): boolean;
  /** Exact membership in the word list, without clitics, stems or guesses (when the speller can tell). */
  hasWord?(word: string): boolean;
}

export interface CheckEnv {
  speller?: Speller;
  /** The clock (weekday/date checks); defaults to the story's own date when it has one. */
  now?: Date;
  /** Titles of archive stories, for checks that compare against published copy. */
  archiveTitles?: readonly string[];
  /** Looks a Baca juga title up in the archive (exact, then fuzzy); null when nothing matches. */
  resolveRelated?: (title: string) => ResolvedRelated | null;
  locale?: Locale;
}

export interface ResolvedRelated {
  title: string;
  url: string | null;
  exact: boolean;
}

export interface Message {
  id: string;
  en: string;
}

export interface RuleDocs {
  id: string;
  en: string;
  exampleBad: string;
  exampleGood: string;
}

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  docs: RuleDocs;
  fixable?: boolean;
  hasSuggestions?: boolean;
  /** JSON Schema of the rule's options object (per profile). */
  schema?: object;
  defaultOptions?: Record<string, unknown>;
  messages: Record<string, Message>;
}

/** An edit given by a rule: `paragraph` defaults to the report's paragraph. */
export interface EditDescriptor {
  paragraph?: number;
  start: number;
  end: number;
  text: string;
}

export interface SuggestDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  edits: EditDescriptor[];
}

export interface ReportDescriptor {
  /** Paragraph index; -1 headline, -2 the story as a whole. */
  paragraph: number;
  start: number;
  end: number;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: EditDescriptor | EditDescriptor[];
  suggest?: SuggestDescriptor[];
}

export interface RuleContext {
  readonly id: string;
  readonly article: Article;
  readonly profile: DeskProfile;
  readonly options: Record<string, unknown>;
  readonly env: CheckEnv;
  /** Words of one paragraph, with sentence starts and direct-quote membership marked (cached per run). */
  tokens(paragraph: number): readonly Token[];
  /** Direct-quote ranges `[start, end)` inside one paragraph's text. */
  quoteRanges(paragraph: number): readonly (readonly [number, number])[];
  inDirectQuote(paragraph: number, start: number, end?: number): boolean;
  /** Where the prose of a paragraph starts (after the dateline for the lead). */
  textStart(paragraph: number): number;
  /** A value computed once per run and shared by every rule (name runs, the people quoted…). */
  memo<T>(key: string, compute: () => T): T;
  report(descriptor: ReportDescriptor): void;
}

export interface ParagraphNode {
  index: number;
  paragraph: Paragraph;
}

export interface Visitors {
  article?: (article: Article) => void;
  headline?: (headline: string) => void;
  dateline?: (leadIndex: number) => void;
  paragraph?: (node: ParagraphNode) => void;
  quote?: (quote: Quote) => void;
  related?: (link: RelatedLink) => void;
  credit?: (node: ParagraphNode) => void;
  /** Called after every other visitor: for rules that gather first and judge at the end. */
  'article:exit'?: (article: Article) => void;
}

export interface RuleModule {
  meta: RuleMeta;
  create(context: RuleContext): Visitors;
}
