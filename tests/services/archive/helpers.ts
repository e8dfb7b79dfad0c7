// Shared set-up for the archive tests: a fresh temp folder per archive, the fixture stories, and a
// minimal Article built from a title and paragraphs (no parser needed).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import type { Article } from '../../../core/model/article.ts';
import { emptyCredits, emptyMeta } from '../../../core/model/article.ts';
import { openArchive } from '../../../electron/services/archive/index.ts';
import type { Archive, ArchiveStoryInput } from '../../../electron/services/archive/index.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'archive');

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'meja-archive-'));
}

export function fixtureStories(): ArchiveStoryInput[] {
  return readFileSync(path.join(FIXTURES, 'stories.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ArchiveStoryInput);
}

/** An archive in a fresh folder holding the fixture stories; `done()` closes and deletes it. */
export function fixtureArchive(): { archive: Archive; dir: string; done: () => void } {
  const dir = tempDir();
  const archive = openArchive(dir);
  for (const s of fixtureStories()) archive.addStory(s);
  return { archive, dir, done: () => { archive.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export function article(headline: string, paragraphs: string[], meta: Partial<Article['meta']> = {}, related: Article['related'] = []): Article {
  return {
    headline, dateline: null, lead: paragraphs[0] ?? '',
    paragraphs: paragraphs.map((text, i) => ({ role: i === 0 ? 'lead' : 'body', text })),
    quotes: [], related, sourceCredits: [], credits: emptyCredits(), language: 'id', provenance: null,
    meta: { ...emptyMeta(), ...meta },
  };
}

/** An archive of the fixture stories, closed, with its index marked as written by an older version. */
export function outdatedArchive(dir = tempDir()): string {
  const a = openArchive(dir);
  for (const st of fixtureStories()) a.addStory(st);
  a.close();
  const db = new DatabaseSync(path.join(dir, 'archive.sqlite'));
  db.prepare("UPDATE meta SET value = '0' WHERE key = 'index_version'").run();
  db.close();
  return dir;
}

