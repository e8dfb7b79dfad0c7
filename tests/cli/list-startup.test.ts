// `meja list` starts fast because it loads only the workspace store: no import readers, parser,
// checks or archive. Node's module hooks record every module its verb pulls in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/tmp.ts';

function modulesLoadedBy(file: string): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = [];
    registerHooks({ resolve(spec, ctx, next) { const r = next(spec, ctx); seen.push(r.url); return r; } });
    await import(${JSON.stringify(pathToFileURL(file).href)});
    process.stdout.write(JSON.stringify(seen));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as string[];
}

test('the list verb loads the workspace store and nothing of import, parse, checks or the archive', () => {
  const ours = modulesLoadedBy(path.join(ROOT, 'electron', 'cli', 'verbs', 'list.ts'))
    .filter((u) => u.startsWith(pathToFileURL(ROOT).href) && !u.includes('/node_modules/'))
    .map((u) => u.slice(pathToFileURL(ROOT).href.length + 1));
  assert.ok(ours.includes('electron/services/workspace/store.ts'), ours.join('\n'));
  const heavy = ours.filter((f) => /^(core\/(parse|checks|export|clean)|electron\/services\/(import|archive|stories\.ts|app-services\.ts))/.test(f) || f === 'electron/cli/shared.ts');
  assert.deepEqual(heavy, []);
  // For contrast, the verbs' shared helpers load the import readers, and the hook sees them.
  const shared = modulesLoadedBy(path.join(ROOT, 'electron', 'cli', 'shared.ts'));
  assert.ok(shared.some((u) => u.includes('/electron/services/import/read-file.ts')), 'the hook records what a module loads');
});
