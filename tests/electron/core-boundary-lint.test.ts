// The lint rule that keeps core/ pure, run through ESLint with the project's own configuration on
// code placed (virtually) in core/: Node built-ins by any name, Electron, lowdb, DOM libraries, the
// app layers and dynamic imports are refused; the same code outside core/ is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers/tmp.ts';

const eslint = new ESLint({ cwd: ROOT });

async function errors(code: string, file = 'core/pura.ts'): Promise<string[]> {
  const [res] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return res.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

test('core/ refuses every Node built-in, with or without node:', async () => {
  const bare = builtinModules.filter((m) => !m.startsWith('node:') && !m.startsWith('_'));
  assert.ok(bare.includes('events') && bare.includes('timers') && bare.includes('module') && bare.includes('process'));
  const code = bare.map((m, i) => `import m${i} from '${m}';\nimport n${i} from 'node:${m}';`).join('\n') + `\nexport const all = [${bare.map((_m, i) => `m${i}, n${i}`).join(', ')}];\n`;
  const found = await errors(code);
  assert.equal(found.filter((e) => e.startsWith('no-restricted-imports')).length, bare.length * 2, found.join('\n'));
});

test('core/ refuses Electron, lowdb, DOM libraries, the app layers and dynamic imports', async () => {
  for (const line of [
    "import { app } from 'electron';",
    "import { Low } from 'lowdb';",
    "import React from 'react';",
    "import DOMPurify from 'dompurify';",
    "import { x } from '../electron/services/settings.ts';",
    "import { y } from '../renderer/src/lib/api.ts';",
  ]) {
    const found = await errors(`${line}\nexport const z = 1;\n`);
    assert.ok(found.some((e) => e.startsWith('no-restricted-imports')), `${line}: ${found.join('; ')}`);
  }
  const dynamic = await errors("export async function f() { return import('node:fs'); }\n");
  assert.ok(dynamic.some((e) => e.startsWith('no-restricted-syntax') && /dynamic import/.test(e)), dynamic.join('; '));
  const global = await errors('export const env = process.env;\n');
  assert.ok(global.some((e) => e.startsWith('no-restricted-globals')), global.join('; '));
});

test('pure code in core/ passes, and the same Node import outside core/ is allowed', async () => {
  assert.deepEqual(await errors("import { z } from 'zod';\nexport const s = z.string();\n"), []);
  assert.deepEqual(await errors("import fs from 'node:fs';\nexport const f = fs;\n", 'electron/services/x.ts'), []);
});
