// The story workflow the app and the command line share: import → analyse → edit → fix/clean →
// export → archive. Each step that changes the text records a revision; the original is kept.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Article, RawStory } from '../../core/model/article.ts';
import type { Finding } from '../../core/model/finding.ts';
import type { DeskProfile } from '../../core/model/profile.ts';
import { deskSourceProfiles, parseRaw, reanalyze } from '../../core/parse/index.ts';
import { applyFixes, runChecks } from '../../core/checks/index.ts';
import { cleanArticle } from '../../core/clean/index.ts';
import { getExporter } from '../../core/export/index.ts';
import { insertBacaJuga, type LinkToInsert } from '../../core/baca-juga/insert.ts';
import { replaceInArticle, type FindOptions } from '../../core/find/replace.ts';
import type { BatchResult, CleanPreview, ExportFormat, ExportItemResult, ImportItemResult, ProgressEvent, StoryView } from '../ipc/contract.ts';
import { ImportError } from './import/errors.ts';
import { listImportable } from './import/list-files.ts';
import { readPastedHtml, readPastedText, readStoryBytes, readStoryFile, type ReadResult } from './import/read-file.ts';
import type { ProfileStore } from './profiles.ts';
import type { SettingsStore } from './settings.ts';
import type { Workspace } from './workspace/store.ts';
import type { StoryRecord } from './workspace/types.ts';
import type { Speller } from '../../core/checks/index.ts';
import type { Archive } from './archive/index.ts';

export interface BatchOptions {
  batchId?: string;
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
}

export interface StoryDeps {
  workspace: Workspace;
  settings: SettingsStore;
  profiles: ProfileStore;
  archive: () => Archive;
  speller: () => Promise<Speller | undefined>;
  now?: () => Date;
}

/** The editor's edits as the renderer sends them: text and roles; the rest is derived again. */
export interface ArticleEdit {
  headline: string | null;
  paragraphs: Article['paragraphs'];
}

export const FORMAT_OF: Record<ExportFormat, { exporter: string; standalone?: boolean }> = {
  html: { exporter: 'html' }, 'html-doc': { exporter: 'html', standalone: true }, markdown: { exporter: 'markdown' },
  text: { exporter: 'text' }, wxr: { exporter: 'wxr' }, 'wp-json': { exporter: 'wp-json' }, nitf: { exporter: 'nitf' },
  newsml: { exporter: 'newsml' }, ninjs: { exporter: 'ninjs' }, json: { exporter: 'json' },
};

export class StoryService {
  private d: StoryDeps;
  constructor(deps: StoryDeps) {
    this.d = deps;
  }

  private now(): Date {
    return this.d.now?.() ?? new Date();
  }

  profile(id?: string): DeskProfile {
    return this.d.profiles.require(id ?? this.d.settings.get().profileId);
  }

  /** The desk's own dateline sources (`JAKARTA, TEMPO.CO - `) for parsing its copy. */
  parseOptions(): { profiles: ReturnType<typeof deskSourceProfiles> } {
    return { profiles: deskSourceProfiles(this.profile().sourceProfiles) };
  }

  async check(article: Article, profile = this.profile()): Promise<Finding[]> {
    const speller = await this.d.speller();
    return runChecks(article, profile, { speller, now: this.now(), locale: this.d.settings.get().language, resolveRelated: this.relatedResolver(article) });
  }

  /**
   * Baca juga lines of imported copy that name an archive story exactly take its URL; a fuzzy match
   * is left for the editor to confirm (the check structure/baca-juga-unresolved points at it).
   */
  linkKnownRelated(article: Article): Article {
    const resolve = this.relatedResolver(article);
    if (!resolve) return article;
    let changed = false;
    const paragraphs = article.paragraphs.map((p, i) => {
      const link = article.related.find((r) => r.paragraph === i);
      if (!link || link.url || p.role !== 'related') return p;
      const hit = resolve(link.title);
      if (!hit?.exact || !hit.url) return p;
      changed = true;
      return { ...p, url: hit.url };
    });
    return changed ? reanalyze({ ...article, paragraphs }) : article;
  }

  /** Baca juga lines without a URL are looked up in the archive (opened only when there are some). */
  private relatedResolver(article: Article) {
    if (!article.related.some((r) => !r.url)) return undefined;
    let archive: Archive;
    try {
      archive = this.d.archive();
    } catch {
      return undefined; // no archive here (no node:sqlite): the check stays silent
    }
    return (title: string) => archive.resolveTitle(title);
  }

  private counts(findings: Finding[]) {
    return {
      errorCount: findings.filter((f) => f.severity === 'error').length,
      warningCount: findings.filter((f) => f.severity === 'warning').length,
    };
  }

  /** Parses what a reader found and stores each story, with the original bytes kept. */
  async storeRead(read: ReadResult, fileName: string | null, bytes: Uint8Array | null): Promise<string[]> {
    const ids: string[] = [];
    const importedAt = this.now().toISOString();
    for (const raw of read.stories) {
      const article = this.linkKnownRelated(parseRaw(raw, { provenance: { fileName, format: read.format, importedAt, sha256: read.sha256 }, ...this.parseOptions() }));
      const findings = await this.check(article);
      const rec = await this.d.workspace.create({
        article,
        original: { text: read.stories.length === 1 ? read.originalText : raw.text ?? raw.paragraphs.join('\n\n'), fileName, format: read.format, sha256: read.sha256 },
        originalBytes: bytes, ...this.counts(findings), now: this.now(),
      });
      ids.push(rec.id);
    }
    return ids;
  }

  async importPath(file: string): Promise<ImportItemResult> {
    try {
      const read = await readStoryFile(file);
      return await this.storeNew(file, read, path.basename(file), read.bytes ?? null);
    } catch (err) {
      return { name: file, ok: false, storyIds: [], error: errorInfo(err) };
    }
  }

  /** Stores what was read, unless these very bytes were imported before (a re-run batch resumes). */
  private async storeNew(name: string, read: ReadResult, fileName: string, bytes: Uint8Array | null): Promise<ImportItemResult> {
    const seen = this.d.workspace.findBySha(read.sha256);
    if (seen.length) return { name, ok: true, duplicate: true, storyIds: seen.map((s) => s.id) };
    return { name, ok: true, storyIds: await this.storeRead(read, fileName, bytes) };
  }

  /** Imports files and folders; one bad file never stops the batch. */
  async importPaths(paths: string[], opts: BatchOptions = {}): Promise<BatchResult> {
    const batchId = opts.batchId ?? crypto.randomUUID();
    const items: ImportItemResult[] = [];
    let files: string[];
    try {
      files = await listImportable(paths);
    } catch (err) {
      return { batchId, items: [{ name: paths.join(', '), ok: false, storyIds: [], error: errorInfo(err) }], cancelled: false };
    }
    for (const [i, f] of files.entries()) {
      if (opts.signal?.aborted) return { batchId, items, cancelled: true };
      opts.onProgress?.({ batchId, kind: 'import', done: i, total: files.length, current: path.basename(f), finished: false });
      items.push(await this.importPath(f));
    }
    opts.onProgress?.({ batchId, kind: 'import', done: files.length, total: files.length, current: null, finished: true });
    return { batchId, items, cancelled: false };
  }

  async importBytes(files: { name: string; bytes: Uint8Array }[], opts: BatchOptions = {}): Promise<BatchResult> {
    const batchId = opts.batchId ?? crypto.randomUUID();
    const items: ImportItemResult[] = [];
    for (const [i, f] of files.entries()) {
      if (opts.signal?.aborted) return { batchId, items, cancelled: true };
      opts.onProgress?.({ batchId, kind: 'import', done: i, total: files.length, current: f.name, finished: false });
      try {
        items.push(await this.storeNew(f.name, await readStoryBytes(f.bytes, f.name), path.basename(f.name), f.bytes));
      } catch (err) {
        items.push({ name: f.name, ok: false, storyIds: [], error: errorInfo(err) });
      }
    }
    opts.onProgress?.({ batchId, kind: 'import', done: files.length, total: files.length, current: null, finished: true });
    return { batchId, items, cancelled: false };
  }

  /** Pasted copy: the clipboard's HTML flavour when there is one (text only is taken from it). */
  async importText(text: string, html?: string): Promise<BatchResult> {
    const batchId = crypto.randomUUID();
    try {
      const raw: RawStory = pastedStory(text, html);
      if (!raw.paragraphs.some((p) => p.trim()) && !raw.text?.trim()) throw new ImportError('empty', 'the pasted text is empty');
      const bytes = new TextEncoder().encode(raw.format === 'paste-html' ? html! : text);
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      const read: ReadResult = { format: raw.format, stories: [raw], sha256, originalText: raw.text ?? text };
      return { batchId, items: [{ name: 'tempel', ok: true, storyIds: await this.storeRead(read, null, bytes) }], cancelled: false };
    } catch (err) {
      return { batchId, items: [{ name: 'tempel', ok: false, storyIds: [], error: errorInfo(err) }], cancelled: false };
    }
  }

  async record(id: string): Promise<StoryRecord> {
    const rec = await this.d.workspace.get(id);
    if (!rec) throw new Error(`no story ${id}`);
    return rec;
  }

  async view(id: string): Promise<StoryView> {
    const record = await this.record(id);
    return { record, findings: await this.check(record.article) };
  }

  /** Autosave of the editor's text: structure is derived again, checks re-run, counts kept. */
  async save(id: string, edit: ArticleEdit): Promise<StoryView> {
    const prev = await this.record(id);
    const article = reanalyze({ ...prev.article, headline: edit.headline, paragraphs: edit.paragraphs }, this.parseOptions());
    const findings = await this.check(article);
    const record = await this.d.workspace.saveEdit(id, article, this.counts(findings), this.now());
    return { record, findings };
  }

  async commit(id: string, reason: 'fix' | 'clean' | 'restore' | 'correction' | 'export' | 'replace', article: Article, patch: Partial<Pick<StoryRecord, 'status'>> = {}): Promise<StoryView> {
    const findings = await this.check(article);
    const record = await this.d.workspace.commit(id, reason, article, { ...patch, ...this.counts(findings) }, this.now());
    return { record, findings };
  }

  async fixAll(id: string): Promise<StoryView> {
    const rec = await this.record(id);
    const findings = await this.check(rec.article);
    const fixed = reanalyze(applyFixes(rec.article, findings.filter((f) => f.fix)), this.parseOptions());
    return this.commit(id, 'fix', fixed, { status: rec.status === 'diekspor' ? rec.status : 'diperiksa' });
  }

  async cleaned(article: Article): Promise<CleanPreview> {
    const profile = this.profile();
    const quoteStyle = this.d.settings.get().quoteStyle ?? profile.quoteStyle;
    const speller = await this.d.speller();
    const { article: out, changes } = cleanArticle(article, { ...profile, quoteStyle }, {
      fixes: (a: Article) => reanalyze(applyFixes(a, runChecks(a, profile, { speller, now: this.now() }).filter((f) => f.fix))),
    });
    return { article: reanalyze(out), changes };
  }

  async previewClean(id: string): Promise<CleanPreview> {
    return this.cleaned((await this.record(id)).article);
  }

  async clean(id: string): Promise<StoryView> {
    const { article } = await this.previewClean(id);
    return this.commit(id, 'clean', article);
  }

  async restore(id: string, revisionId: string): Promise<StoryView> {
    const record = await this.d.workspace.restore(id, revisionId, this.now());
    return { record, findings: await this.check(record.article) };
  }

  /** `Editor:` comes from the editor's own name in Settings when the copy has none. */
  withEditor(article: Article): Article {
    const name = this.d.settings.get().editorName.trim();
    if (!name || article.credits.editor) return article;
    return reanalyze({ ...article, paragraphs: [...article.paragraphs, { role: 'credit', text: `Editor: ${name}` }] });
  }

  render(article: Article, format: ExportFormat, id: string): string {
    const f = FORMAT_OF[format];
    return getExporter(f.exporter).export(article, {
      now: this.now().toISOString(), id, profile: this.profile(), standalone: f.standalone,
    });
  }

  async previewExport(id: string, format: ExportFormat): Promise<{ content: string; findings: Finding[] }> {
    const rec = await this.record(id);
    const article = this.withEditor(rec.article);
    return { content: this.render(article, format, id), findings: (await this.check(article)).filter((f) => f.severity === 'error') };
  }

  /**
   * Exports stories: the content, the story moved to `diekspor` with its export record, and the story
   * added to the archive. `write` stores the content (a dialog's folder in the app, --out on the CLI).
   */
  async exportStories(ids: string[], format: ExportFormat, write: ((id: string, name: string, content: string) => Promise<string | null>) | null, opts: BatchOptions = {}): Promise<ExportItemResult[]> {
    const batchId = opts.batchId ?? crypto.randomUUID();
    const out: ExportItemResult[] = [];
    for (const [i, id] of ids.entries()) {
      if (opts.signal?.aborted) break;
      opts.onProgress?.({ batchId, kind: 'export', done: i, total: ids.length, current: id, finished: false });
      try {
        const rec = await this.record(id);
        const article = this.withEditor(rec.article);
        const content = this.render(article, format, id);
        const file = write ? await write(id, fileNameFor(article, id, format), content) : null;
        const added = this.d.archive().addStory(archiveInput(article, id));
        await this.d.workspace.update(id, (r) => {
          r.exports.push({ at: this.now().toISOString(), format, path: file, archiveId: added.duplicateOf ?? added.id });
        }, this.now());
        await this.commit(id, 'export', article, { status: 'diekspor' });
        out.push({ id, ok: true, path: file, archiveId: added.duplicateOf ?? added.id });
      } catch (err) {
        out.push({ id, ok: false, path: null, archiveId: null, error: (err as Error).message });
      }
    }
    opts.onProgress?.({ batchId, kind: 'export', done: ids.length, total: ids.length, current: null, finished: true });
    return out;
  }

  /** Ralat: a new story in work, linked to the published one, starting from its text. */
  async correct(id: string): Promise<StoryView> {
    const rec = await this.record(id);
    const article: Article = { ...rec.article, meta: { ...rec.article.meta, correctionOf: rec.article.meta.url ?? id } };
    const created = await this.d.workspace.create({
      article, original: { ...rec.original }, status: 'disunting', now: this.now(),
    });
    return this.view(created.id);
  }

  /**
   * Find and replace over the whole inbox. Stories already exported are published copy and are left
   * alone (a Ralat changes those); each story changed records a `replace` revision.
   */
  async replaceInStories(o: FindOptions, replacement: string): Promise<{ stories: number; replacements: number; ids: string[] }> {
    const ids: string[] = [];
    let replacements = 0;
    for (const summary of this.d.workspace.list()) {
      if (summary.status === 'diekspor') continue;
      const rec = await this.record(summary.id);
      const res = replaceInArticle(rec.article, o, replacement);
      if (!res.count) continue;
      await this.commit(summary.id, 'replace', reanalyze(res.article));
      ids.push(summary.id);
      replacements += res.count;
    }
    return { stories: ids.length, replacements, ids };
  }

  async insertRelated(id: string, links: LinkToInsert[]): Promise<StoryView> {
    const rec = await this.record(id);
    return this.commit(id, 'fix', reanalyze(insertBacaJuga(rec.article, links, this.profile())));
  }

  async setMeta(id: string, patch: Record<string, unknown>): Promise<StoryView> {
    const rec = await this.record(id);
    const { headline, datelinePlace, reporter, editor, translator, ...meta } = patch as Record<string, never>;
    let article: Article = { ...rec.article, meta: { ...rec.article.meta, ...(meta as object) } };
    if (headline !== undefined) article.headline = headline;
    const creditLines: [string, string | null | undefined][] = [['Pewarta', reporter], ['Editor', editor], ['Penerjemah', translator]];
    let paragraphs = article.paragraphs;
    for (const [label, value] of creditLines) {
      if (value === undefined) continue;
      const re = new RegExp(`^\\s*${label}\\s*:`, 'i');
      const at = paragraphs.findIndex((p) => p.role === 'credit' && re.test(p.text));
      const line = value ? { role: 'credit' as const, text: `${label}: ${value}` } : null;
      paragraphs = at === -1 ? (line ? [...paragraphs, line] : paragraphs)
        : paragraphs.flatMap((p, i) => (i === at ? (line ? [line] : []) : [p]));
    }
    if (datelinePlace !== undefined && article.dateline && paragraphs[0]) {
      const lead = paragraphs[0];
      const oldPlace = article.dateline.place ?? '';
      const prefix = lead.text.slice(0, article.dateline.length);
      paragraphs = [{ ...lead, text: prefix.replace(oldPlace, datelinePlace ?? '') + lead.text.slice(article.dateline.length) }, ...paragraphs.slice(1)];
    }
    article = reanalyze({ ...article, paragraphs });
    const findings = await this.check(article);
    const record = await this.d.workspace.saveEdit(id, article, this.counts(findings), this.now());
    return { record, findings };
  }
}

/** The clipboard's HTML flavour when it has text (links kept), else the plain text flavour. */
function pastedStory(text: string, html?: string): RawStory {
  if (html && html.trim()) {
    try {
      return readPastedHtml(html);
    } catch (err) {
      if (!(err instanceof ImportError && err.code === 'empty') || !text.trim()) throw err;
    }
  }
  return readPastedText(text);
}

export function archiveInput(article: Article, id: string) {
  const body = article.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body').map((p) => p.text).join('\n\n');
  return {
    title: article.headline ?? article.lead.split(/\s+/).slice(0, 12).join(' '),
    body, url: article.meta.url, date: article.meta.date ?? article.provenance?.importedAt ?? null,
    source: article.sourceCredits[0] ?? article.dateline?.agency ?? null, section: article.meta.section,
    authors: article.meta.authors, exportRecord: { workspaceId: id },
  };
}

export function fileNameFor(article: Article, id: string, format: ExportFormat): string {
  const ext = getExporter(FORMAT_OF[format].exporter).extension.replace(/^\./, '');
  const base = (article.meta.slug || article.headline || article.lead || id)
    .toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || id;
  return `${base}.${ext}`;
}

export function errorInfo(err: unknown): { code: string; message: string } {
  if (err instanceof ImportError) return { code: err.code, message: err.message };
  return { code: 'internal', message: (err as Error)?.message ?? String(err) };
}
