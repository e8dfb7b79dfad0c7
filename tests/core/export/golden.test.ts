// Golden files: every fixture in every format. Regenerate only on purpose with UPDATE_GOLDEN=1
// (never in CI); a diff here is a change in what CMSs receive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXPORTERS, EXPORTER_IDS } from '../../../core/export/index.ts';
import { FIXTURES, GOLDEN_DIR, OPTIONS, loadFixture } from './helpers.ts';

const UPDATE = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;

/** Every golden case: the exporters, plus the standalone HTML document and the blockquote fragment. */
const CASES = [
  ...EXPORTER_IDS.map((id) => ({ id, ext: EXPORTERS[id].extension, extra: {} })),
  { id: 'html' as const, ext: 'standalone.html', extra: { standalone: true } },
  { id: 'html' as const, ext: 'blockquotes.html', extra: { blockquotes: true } },
];

for (const fixture of FIXTURES) {
  for (const c of CASES) {
    test(`golden: ${fixture}.${c.ext}`, () => {
      const out = EXPORTERS[c.id].export(loadFixture(fixture), { ...OPTIONS, ...c.extra });
      const file = path.join(GOLDEN_DIR, `${fixture}.${c.ext}`);
      if (UPDATE) fs.writeFileSync(file, out);
      assert.ok(fs.existsSync(file), `missing golden file ${file}: run with UPDATE_GOLDEN=1 once, review, commit`);
      assert.equal(out, fs.readFileSync(file, 'utf8'));
    });
  }
}

test('golden: no stray files in tests/golden', () => {
  const expected = new Set(FIXTURES.flatMap((f) => CASES.map((c) => `${f}.${c.ext}`)));
  const extra = fs.readdirSync(GOLDEN_DIR).filter((f) => !expected.has(f) && f !== 'README.md');
  assert.deepEqual(extra, []);
});
