// test:static — type-check every tsconfig and lint. Runs on the project's pinned Node.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check core/', ['node_modules/typescript/bin/tsc', '-p', 'core', '--noEmit']],
  ['type-check electron/, tests/, scripts/', ['node_modules/typescript/bin/tsc', '-p', '.', '--noEmit']],
  ['type-check renderer/', ['node_modules/typescript/bin/tsc', '-p', 'renderer', '--noEmit']],
  ['lint', ['node_modules/eslint/bin/eslint.js', '--max-warnings=0', '.']],
  // ESLint's checkRuleFiles: a rule without its test file or docs fails the static tier too.
  ['every rule has tests and docs', ['--test', '--test-reporter=dot', 'tests/core/checks/rule-index.test.ts']],
];
let failed = 0;
for (const [name, args] of steps) {
  const t = Date.now();
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  const ok = r.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name} (${Date.now() - t} ms)`);
}
console.log(`${steps.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
