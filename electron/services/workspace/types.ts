// What the workspace stores: stories in work, each with its original and its revisions.
import type { Article } from '../../../core/model/article.ts';

export type StoryStatus = 'baru' | 'disunting' | 'diperiksa' | 'diekspor';
export const STORY_STATUSES: readonly StoryStatus[] = ['baru', 'disunting', 'diperiksa', 'diekspor'];

export type RevisionReason = 'import' | 'edit' | 'clean' | 'fix' | 'export' | 'restore' | 'correction' | 'replace';

export interface Revision {
  id: string;
  at: string;
  reason: RevisionReason;
  article: Article;
}

export interface Original {
  /** The decoded text as received (text-like formats); null for binary formats such as .docx. */
  text: string | null;
  fileName: string | null;
  format: string;
  sha256: string;
  /** The original bytes are kept in `<data>/originals/<sha256>` (same bytes, stored once). */
  stored: boolean;
}

export interface ExportRecord {
  at: string;
  format: string;
  path: string | null;
  archiveId: string | null;
}

export interface StoryRecord {
  version: 1;
  id: string;
  createdAt: string;
  updatedAt: string;
  status: StoryStatus;
  original: Original;
  article: Article;
  revisions: Revision[];
  /** Last autosaved edit; a revision is recorded when typing resumes after 30 s idle. */
  lastEditAt: string | null;
  editsSinceRevision: number;
  exports: ExportRecord[];
  errorCount: number;
  warningCount: number;
}

export interface StorySummary {
  id: string;
  title: string;
  source: string;
  format: string;
  /** sha256 of the original bytes: a re-run batch skips what it already imported. */
  sha256: string;
  fileName: string | null;
  status: StoryStatus;
  createdAt: string;
  updatedAt: string;
  errorCount: number;
  warningCount: number;
  priority: string;
  embargo: string | null;
  section: string | null;
  correctionOf: string | null;
}

/** Something the app did to the data on its own that the editor must hear about, in plain words. */
export interface Notice {
  kind: 'set-aside' | 'index-rebuilt' | 'migrated' | 'read-only';
  /** The file as it was found. */
  file: string;
  /** Why (a set-aside file: what was wrong with it). */
  detail: string;
  /** A set-aside file: where it went (renamed beside it, never deleted). */
  movedTo?: string;
  /** A story file: the story's title, as the inbox last showed it. */
  title?: string;
}
