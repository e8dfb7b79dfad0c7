// The app's real export path, per 1,000 stories: StoryService.exportStories as the Ekspor dialog
// and `meja export <id>` run it. Per story: read the record, add the editor credit, render, write the
// file atomically (temp file, fsync, rename), add the story to the archive (SQLite FTS5, duplicate
// check), record the export on the story and commit an `export` revision, which re-runs the checks
// (without the speller, as in the bench of the checks). Stories are set up straight in the workspace
// (parsed once), so only the export is timed. Prints a markdown section for docs/BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../electron/services/app-services.ts';
import { folderWriter } from '../electron/services/export-files.ts';
import { parseText } from '../core/parse/index.ts';
import type { ExportFormat } from '../core/export/formats.ts';

const root = path.resolve(import.meta.dirname, '..');
const N = Number(process.env.MEJA_BENCH_EXPORT_N ?? 1000);
const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'antara-nato-brussel.txt'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meja-bench-export-'));
const rows: string[] = [];
try {
  const s = await createServices(path.join(dir, 'data'), { speller: false });
  const ids: string[] = [];
  for (let i = 0; i < N; i++) {
    // Each story differs (headline, one sentence) so the archive's duplicate check does not merge them.
    const text = `Judul berita nomor ${i} tentang NATO\n\n${seed.replace('Dukungan NATO', `Dukungan NATO (${i})`)}`;
    const rec = await s.workspace.create({
      article: parseText(text), original: { text, fileName: null, format: 'paste', sha256: String(i).padStart(64, '0') },
      originalBytes: null, errorCount: 0, warningCount: 0,
    });
    ids.push(rec.id);
  }
  // NITF: one file a story; WXR: the whole batch in one file, each story still recorded.
  for (const format of ['nitf', 'wxr'] as ExportFormat[]) {
    const out = path.join(dir, `out-${format}`);
    fs.mkdirSync(out);
    const t = performance.now();
    const res = await s.stories.exportStories(ids, format, folderWriter(out));
    const ms = performance.now() - t;
    const ok = res.filter((r) => r.ok).length;
    rows.push(`| \`${format}\`${format === 'wxr' ? ' (one file)' : ''} | ${ok.toLocaleString('en')} | ${(ms / 1000).toFixed(1)} s | ${(ms / N).toFixed(1)} ms | ${fs.readdirSync(out).length.toLocaleString('en')} |`);
  }
  await s.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log(`## Export through the app (per ${N.toLocaleString('en')} stories)

\`StoryService.exportStories\`, the path the Ekspor dialog and \`meja export <id>\` share, on ${N.toLocaleString('en')}
workspace stories: read, render, atomic write, archive entry (SQLite FTS5), export record and \`export\` revision with
the checks re-run (no speller). One run, after the stories are set up. No target is set for this path: the ≤ 1 s per
1,000 stories of the issue is for the exporters themselves (section "Export").

| Format | Stories exported | Time | Per story | Files written |
|---|---:|---:|---:|---:|
${rows.join('\n')}`);
