// RSS of the app's services with the archive open (what the "RSS of the services ≤ 200 MB"
// means), beside a bare process that only opens the archive (what archive.bench.ts reports), on the
// same archive: the difference is what the services add (workspace, settings, profiles, the
// Indonesian speller). Archive: the shared corpus (about 2,000 real stories) in a temp folder.
// Command: `node --expose-gc bench/services-rss.ts`. Prints one JSON line per measure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../electron/services/archive/index.ts';
import { createServices } from '../electron/services/app-services.ts';
import { parseRaw } from '../core/parse/index.ts';

const here = fileURLToPath(import.meta.url);
const QUERIES = ['pemerintah daerah', 'Prabowo', 'harga beras naik', '"kereta cepat"', 'banjir -Jakarta', 'mengatakan'];

async function measure(kind: 'bare' | 'services', dir: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (kind === 'bare') {
    const a = openArchive(dir, { checkIndex: 'never' });
    for (const q of QUERIES) a.search(q, { limit: 20 });
    const s = a.getStory('detik-1');
    if (s) a.related(parseRaw({ format: 'text', headline: s.title, paragraphs: s.body.split('\n\n') }, { provenance: null }), { windowMonths: 6 });
    gc?.();
    console.log(JSON.stringify({ kind, rss: process.memoryUsage().rss }));
    a.close();
    return;
  }
  const svc = await createServices(dir, { archive: { checkIndex: 'never' } });
  const a = svc.archive();
  for (const q of QUERIES) a.search(q, { limit: 20 });
  const s = a.getStory('detik-1');
  // Importing and checking a story loads the speller and the checks, as the app does on first use.
  if (s) {
    const res = await svc.stories.importText(`${s.title}\n\n${s.body}`);
    const id = res.items[0].storyIds[0];
    const rec = await svc.stories.record(id);
    a.related(rec.article, { windowMonths: 6 });
  }
  gc?.();
  console.log(JSON.stringify({ kind, rss: process.memoryUsage().rss }));
  await svc.close();
}

if (process.argv[2] === 'bare' || process.argv[2] === 'services') {
  await measure(process.argv[2], process.argv[3]);
} else {
  const corpus = process.env.CORPUS ?? path.resolve(path.dirname(here), '..', '..', 'shared', 'corpus');
  const files = ['detik_summarization_1000.jsonl', 'kompas_trending_digest.jsonl'].map((f) => path.join(corpus, f)).filter(existsSync);
  if (!files.length) {
    console.log(JSON.stringify({ error: `no corpus at ${corpus}` }));
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'meja-rss-'));
    try {
      const a = openArchive(dir);
      let n = 0;
      a.transaction(() => {
        for (const f of files) {
          for (const line of readFileSync(f, 'utf8').split('\n')) {
            if (!line.trim()) continue;
            const r = JSON.parse(line) as { id: string; title: string; body: string; url?: string; date?: string; outlet?: string };
            if (!r.title || !r.body) continue;
            a.addStory({ id: r.id, title: r.title, body: r.body.split(/\n+/).join('\n\n'), url: r.url ?? null, date: r.date ?? null, source: r.outlet ?? null });
            n++;
          }
        }
      });
      a.close();
      for (const kind of ['bare', 'services']) {
        const r = spawnSync(process.execPath, ['--expose-gc', here, kind, dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
        const out = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { rss?: number };
        console.log(JSON.stringify({ kind, stories: n, rssMB: Math.round((out.rss ?? 0) / 2 ** 20) }));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
