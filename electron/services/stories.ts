// The story workflow the app and the command line share: import → analyse → edit → fix/clean →
// export → archive. Each step that changes the text records a revision; the original is kept.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Article, RawStory } from '../../core/model/article.ts';
import type { Finding } from '../../core/model/finding.ts';
import type { DeskProfile } from '../../core/model/profile.ts';
import { deskSourceProfiles, reanalyze } from '../../core/parse/index.ts';
import { toArticle } from './import/to-article.ts';
import { applyFixes, runChecks } from '../../core/checks/index.ts';
import { cleanArticle } from '../../core/clean/index.ts';
import { getExporter, type ExportOptions } from '../../core/export/index.ts';
import { insertBacaJuga, type DeclinedLink, type LinkToInsert } from '../../core/baca-juga/insert.ts';
import { replaceInArticle, type FindOptions } from '../../core/find/replace.ts';
import type { BatchResult, CleanPreview, ExportFormat, ExportItemResult, ImportItemResult, ProgressEvent, StoryView } from '../ipc/contract.ts';
import { MAX_HEADLINE, MAX_PARAGRAPHS } from '../ipc/contract.ts';
import { ImportError } from './import/errors.ts';
import { listImportable } from './import/list-files.ts';
import { readPastedHtml, readPastedText, readStoryBytes, readStoryFile, type ReadResult } from './import/read-file.ts';
import type { ProfileStore } from './profiles.ts';
import type { SettingsStore } from './settings.ts';
import type { Workspace } from './workspace/store.ts';
import type { StoryRecord } from './workspace/types.ts';
import type { Speller } from '../../core/checks/index.ts';
import type { Archive } from './archive/index.ts';
import { StorageError, storageErrorOf } from './storage-error.ts';

export interface BatchOptions {
  batchId?: string;
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
  /** Each file's result as soon as it is committed (the command line prints it then). */
  onItem?: (item: ImportItemResult) => void;
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

/** What a desk or the command line may change about an export (the profile's choices otherwise). */
export interface ExportTweaks {
  profile?: DeskProfile;
  blockquotes?: boolean;
  baseUrl?: string;
}

/** One story ready to go out. `sequence` is its version number (exports so far + 1). */
export interface Exportable {
  id: string;
  article: Article;
  sequence?: number;
  /** The story's earlier exports (workspace stories), listed again in its archive entry. */
  earlier?: ArchiveExportRecord[];
}

/** One document to write: the stories it holds (several only for WXR), a file name, the content. */
export interface ExportDoc { ids: string[]; name: string; content: string }

export type ExportWriter = (id: string, name: string, content: string) => Promise<string | null>;

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
   * Baca juga lines that name an archive story exactly take its URL (on import and on every save, so
   * a line the editor corrects to the archive title gets its link); a fuzzy match is left for the
   * editor to confirm: the check structure/baca-juga-unresolved flags it and offers the archive title.
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
    assertStorySizes(read.stories);
    const ids: string[] = [];
    const importedAt = this.now().toISOString();
    // Every story parsed and measured first: a file with one story too big for the editor stores none.
    const articles = read.stories.map((raw) => this.linkKnownRelated(toArticle(raw, { provenance: { fileName, format: read.format, importedAt, sha256: read.sha256 }, ...this.parseOptions() })));
    for (const article of articles) assertEditable(article);
    for (const [i, raw] of read.stories.entries()) {
      const article = articles[i];
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
    let read: ReadResult;
    try {
      read = await readStoryFile(file);
    } catch (err) {
      return { name: file, ok: false, storyIds: [], error: errorInfo(err) };
    }
    return this.importRead(file, read);
  }

  /** Stores a file already read (the command line reads before it opens the data folder). */
  async importRead(file: string, read: ReadResult): Promise<ImportItemResult> {
    try {
      return await this.storeNew(file, read, path.basename(file), read.bytes ?? null);
    } catch (err) {
      return { name: file, ok: false, storyIds: [], error: errorInfo(err) };
    }
  }

  /** Stores what was read, unless these very bytes were imported before (a re-run batch resumes). */
  private async storeNew(name: string, read: ReadResult, fileName: string, bytes: Uint8Array | null): Promise<ImportItemResult> {
    const seen = await this.d.workspace.findBySha(read.sha256);
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
      const item = await this.importPath(f);
      items.push(item);
      opts.onItem?.(item);
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
    const article = this.linkKnownRelated(reanalyze({ ...prev.article, headline: edit.headline, paragraphs: edit.paragraphs }, this.parseOptions()));
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

  /**
   * The cleaning pass. With a named profile (`meja export --profile kompas`) that desk's own choices
   * rule, quote marks included; without one, the editor's quote-mark setting overrides the default's.
   */
  async cleaned(article: Article, named?: DeskProfile): Promise<CleanPreview> {
    const profile = named ?? this.profile();
    const quoteStyle = named ? named.quoteStyle : this.d.settings.get().quoteStyle ?? profile.quoteStyle;
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

  /**
   * The exporter's options for the desk: its profile, its base URL for links and ids, `<blockquote>`
   * for quotes when the desk wants it (the profile's choice unless the caller says otherwise).
   */
  exportOptions(format: ExportFormat, id: string, tweaks: ExportTweaks = {}, sequence?: number): ExportOptions {
    const profile = tweaks.profile ?? this.profile();
    return {
      now: this.now().toISOString(), id, profile, standalone: FORMAT_OF[format].standalone, sequence,
      blockquotes: tweaks.blockquotes ?? profile.blockquotes ?? false,
      baseUrl: tweaks.baseUrl ?? profile.baseUrl ?? undefined,
    };
  }

  render(article: Article, format: ExportFormat, id: string, tweaks: ExportTweaks = {}, sequence?: number): string {
    return getExporter(FORMAT_OF[format].exporter).export(article, this.exportOptions(format, id, tweaks, sequence));
  }

  /**
   * The documents for stories that go out together: WXR holds them all in one file (the WordPress
   * importer takes many posts at once); every other format is one document a story.
   */
  renderDocs(items: Exportable[], format: ExportFormat, tweaks: ExportTweaks = {}): ExportDoc[] {
    if (!items.length) return [];
    if (format === 'wxr' && items.length > 1) {
      const content = getExporter('wxr').export(items.map((i) => i.article), this.exportOptions(format, items[0].id, tweaks));
      return [{ ids: items.map((i) => i.id), name: fileNameFor(items[0].article, items[0].id, format), content }];
    }
    return items.map((i) => ({ ids: [i.id], name: fileNameFor(i.article, i.id, format), content: this.render(i.article, format, i.id, tweaks, i.sequence) }));
  }

  /** A workspace story as it goes out: the editor's name as Editor when the copy has none; its next version. */
  async exportable(id: string): Promise<Exportable> {
    const rec = await this.record(id);
    // Each export is a new version (NewsML-G2 and ninjs `version`): consumers replace older ones by it.
    return {
      id, article: this.withEditor(rec.article), sequence: rec.exports.length + 1,
      earlier: rec.exports.map(({ at, format, path: file }) => ({ at, format, path: file })),
    };
  }

  async previewExport(id: string, format: ExportFormat, tweaks: ExportTweaks = {}): Promise<{ content: string; findings: Finding[] }> {
    const item = await this.exportable(id);
    return { content: this.render(item.article, format, id, tweaks, item.sequence), findings: (await this.check(item.article)).filter((f) => f.severity === 'error') };
  }

  /**
   * After a story's document is written: the story goes into the archive with its export record,
   * the record is kept on the story, and the story moves to `diekspor` (an `export` revision).
   */
  async recordExport(item: Exportable, format: ExportFormat, file: string | null): Promise<ExportItemResult> {
    const at = this.now().toISOString();
    const archiveId = this.archiveExport(item, { at, format, path: file });
    await this.d.workspace.update(item.id, (r) => {
      r.exports.push({ at, format, path: file, archiveId });
    }, this.now());
    await this.commit(item.id, 'export', item.article, { status: 'diekspor' });
    return { id: item.id, ok: true, path: file, archiveId };
  }

  /**
   * Adds the exported story to the archive with its export record. Exported again, the story's own
   * entry (the same workspace id) is replaced by the text as it went out this time, with every export
   * listed; an entry that only looks the same (another story, an archived wire copy) is left alone.
   */
  private archiveExport(item: Exportable, record: ArchiveExportRecord): string {
    const archive = this.d.archive();
    // The story's own record of its exports is the whole list (the archive entry may be replaced).
    const exports = [...(item.earlier ?? []), record];
    const added = archive.addStory(archiveInput(item.article, item.id, record, exports));
    if (!added.duplicateOf) return added.id;
    const prev = archive.getStory(added.duplicateOf)?.exportRecord as { workspaceId?: unknown } | null | undefined;
    if (prev?.workspaceId !== item.id) return added.duplicateOf;
    archive.addStory({ ...archiveInput(item.article, item.id, record, exports), id: added.duplicateOf });
    return added.duplicateOf;
  }

  /**
   * Exports workspace stories, the one path the app and `meja export <id>` share: the content
   * (one WXR file for a WXR batch), then for each story its export record, archive entry and
   * revision. `write` stores a document (a dialog's folder in the app, --out on the command line);
   * one story that fails never stops the others.
   */
  async exportStories(ids: string[], format: ExportFormat, write: ExportWriter | null, opts: BatchOptions & ExportTweaks = {}): Promise<ExportItemResult[]> {
    const batchId = opts.batchId ?? crypto.randomUUID();
    const results = new Map<string, ExportItemResult>();
    // A full or read-only disk (files or the archive's SQLite) is said plainly, with its code.
    const fail = (id: string, err: unknown) => {
      const e = storageErrorOf(err, 'archive.sqlite') as Error;
      results.set(id, { id, ok: false, path: null, archiveId: null, error: e?.message ?? String(e) });
    };
    const items: Exportable[] = [];
    for (const id of ids) {
      try {
        items.push(await this.exportable(id));
      } catch (err) {
        fail(id, err);
      }
    }
    // Progress counts stories; a WXR batch is one document, written once before its stories are recorded.
    const docs = this.renderDocs(items, format, opts);
    const byId = new Map(items.map((i) => [i.id, i]));
    let done = 0;
    const progress = (current: string | null) => opts.onProgress?.({ batchId, kind: 'export', done, total: ids.length, current, finished: false });
    for (const doc of docs) {
      if (opts.signal?.aborted) break;
      progress(doc.ids[0]);
      let file: string | null;
      try {
        file = write ? await write(doc.ids[0], doc.name, doc.content) : null;
      } catch (err) {
        for (const id of doc.ids) fail(id, err);
        done += doc.ids.length;
        continue;
      }
      // A written document is recorded whole, even when cancelled meanwhile: the file holds every story in it.
      for (const id of doc.ids) {
        progress(id);
        try {
          results.set(id, await this.recordExport(byId.get(id)!, format, file));
        } catch (err) {
          fail(id, err);
        }
        done++;
      }
    }
    opts.onProgress?.({ batchId, kind: 'export', done: ids.length, total: ids.length, current: null, finished: true });
    return ids.filter((id) => results.has(id)).map((id) => results.get(id)!);
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

  /** Inserts the links the desk's placement rules leave room for; the rest come back in `declined` for the editor. */
  async insertRelated(id: string, links: LinkToInsert[]): Promise<StoryView & { inserted: number; declined: DeclinedLink[] }> {
    const rec = await this.record(id);
    const { article, declined } = insertBacaJuga(rec.article, links, this.profile());
    const inserted = links.length - declined.length;
    if (!inserted) return { ...(await this.view(id)), inserted, declined };
    return { ...(await this.commit(id, 'fix', reanalyze(article))), inserted, declined };
  }

  /**
   * An archive story put on the desk as a new story in work (a follow-up, a correction): its title,
   * paragraphs, URL, date, section and authors. Opening the same archive text again returns the
   * story already made from it.
   */
  async openFromArchive(story: { id: string; title: string; body: string; url: string | null; date: string | null; section: string | null; authors: string[] }): Promise<string> {
    const text = `${story.title}\n\n${story.body}`;
    const bytes = new TextEncoder().encode(text);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const seen = await this.d.workspace.findBySha(sha256);
    if (seen.length) return seen[0].id;
    const raw: RawStory = {
      format: 'archive', headline: story.title, sourceId: story.id,
      paragraphs: story.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
      meta: { url: story.url, date: story.date, section: story.section, authors: story.authors },
    };
    const [id] = await this.storeRead({ format: 'archive', stories: [raw], sha256, originalText: text }, null, bytes);
    return id;
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

/** What an export adds to the archive entry: when, in which format, where the file went. */
export interface ArchiveExportRecord { at: string; format: string; path: string | null }

export function archiveInput(article: Article, id: string, exported?: ArchiveExportRecord, exports?: ArchiveExportRecord[]) {
  const body = article.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body').map((p) => p.text).join('\n\n');
  return {
    title: article.headline ?? article.lead.split(/\s+/).slice(0, 12).join(' '),
    body, url: article.meta.url, date: article.meta.date ?? article.provenance?.importedAt ?? null,
    source: article.sourceCredits[0] ?? article.dateline?.agency ?? null, section: article.meta.section,
    authors: article.meta.authors, exportRecord: { workspaceId: id, ...exported, ...(exports ? { exports } : {}) },
  };
}

export function fileNameFor(article: Article, id: string, format: ExportFormat): string {
  const ext = getExporter(FORMAT_OF[format].exporter).extension.replace(/^\./, '');
  const base = (article.meta.slug || article.headline || article.lead || id)
    .toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || id;
  return `${base}.${ext}`;
}

/**
 * The most text one story may hold in the workspace. A file may be up to 50 MB (feeds, WordPress
 * exports: many stories), but a single 50 MB story took 3 GB of memory to import, writes ~200 MB
 * (original, revisions, index) and is a ProseMirror document of ~650k paragraphs: no editor can
 * work on it. Four million characters is ~100 times the longest feature and still edits
 * (tests/services/big-story.test.ts); anything larger is refused before it is parsed.
 */
export const MAX_STORY_CHARS = 4 * 1024 * 1024;

function assertStorySizes(stories: readonly RawStory[]): void {
  for (const raw of stories) {
    let chars = (raw.text?.length ?? 0) + (raw.headline?.length ?? 0);
    for (const p of raw.paragraphs) chars += p.length;
    if (chars > MAX_STORY_CHARS) {
      throw new ImportError('too-large', `one story holds ${(chars / 1024 / 1024).toFixed(1)} million characters; a story can hold at most ${MAX_STORY_CHARS / 1024 / 1024} million (split the file into stories)`);
    }
  }
}

/**
 * A story the editor could never save is refused at import: the save channel takes at most
 * MAX_PARAGRAPHS paragraphs and a headline of MAX_HEADLINE characters (electron/ipc/contract.ts).
 */
function assertEditable(article: Article): void {
  if (article.paragraphs.length > MAX_PARAGRAPHS) {
    throw new ImportError('too-large', `one story has ${article.paragraphs.length} paragraphs; a story can have at most ${MAX_PARAGRAPHS} (split the file into stories)`);
  }
  if ((article.headline?.length ?? 0) > MAX_HEADLINE) {
    throw new ImportError('too-large', `the headline is ${article.headline!.length} characters long; a headline can have at most ${MAX_HEADLINE}`);
  }
}

export function errorInfo(err: unknown): { code: string; message: string } {
  if (err instanceof ImportError) return { code: err.code, message: err.message };
  const storage = storageErrorOf(err, 'workspace');
  if (storage instanceof StorageError) return { code: storage.code, message: storage.message };
  return { code: 'internal', message: (err as Error)?.message ?? String(err) };
}
