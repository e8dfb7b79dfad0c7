// Every NITF and NewsML-G2 export validates against the official XSD, every ninjs export against
// the official JSON Schema, every WXR export passes the WordPress importer's rules: for each
// fixture, with each option, and for arbitrary articles (batched: one xmllint run per batch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EXPORTERS } from '../../../core/export/index.ts';
import type { ExportOptions } from '../../../core/export/index.ts';
import { checkWxr, validateNewsml, validateNinjs, validateNitf, validateXmlBatch } from '../../../electron/services/validate/index.ts';
import { FIXTURES, OPTIONS, loadFixture } from '../../core/export/helpers.ts';
import { articleArb, optionsArb } from '../../core/export/arbitrary.ts';

const VARIANTS: Partial<ExportOptions>[] = [{}, { blockquotes: true, baseUrl: undefined, provider: undefined, sequence: undefined }];

for (const fixture of FIXTURES) {
  test(`${fixture}: NITF, NewsML-G2, ninjs valid against the official schemas; WXR importable`, async () => {
    for (const v of VARIANTS) {
      const o = { ...OPTIONS, ...v };
      const a = loadFixture(fixture);
      const nitf = await validateNitf(EXPORTERS.nitf.export(a, o));
      assert.ok(nitf.valid, `NITF: ${nitf.errors.join('; ')}`);
      const g2 = await validateNewsml(EXPORTERS.newsml.export(a, o));
      assert.ok(g2.valid, `NewsML-G2: ${g2.errors.join('; ')}`);
      const ninjs = await validateNinjs(JSON.parse(EXPORTERS.ninjs.export(a, o)));
      assert.ok(ninjs.valid, `ninjs: ${ninjs.errors.join('; ')}`);
      const wxr = await checkWxr(EXPORTERS.wxr.export(a, o));
      assert.ok(wxr.valid, `WXR: ${wxr.errors.join('; ')}`);
    }
  });
}

test('WXR with all fixtures in one file is importable', async () => {
  const r = await checkWxr(EXPORTERS.wxr.export(FIXTURES.map(loadFixture), OPTIONS));
  assert.deepEqual(r, { valid: true, errors: [] });
});

test('arbitrary articles: every NITF and NewsML-G2 export is schema-valid', async () => {
  const samples = fc.sample(fc.tuple(articleArb, optionsArb), { numRuns: 60, seed: Date.now() % 100000 });
  for (const kind of ['nitf', 'newsml'] as const) {
    const docs = samples.map(([a, o]) => EXPORTERS[kind].export(a, o));
    const results = await validateXmlBatch(kind, docs);
    results.forEach((r, i) => assert.ok(r.valid, `${kind} #${i}: ${r.errors.join('; ')}\n${JSON.stringify(samples[i])}`));
  }
});

test('arbitrary articles: every ninjs export is schema-valid and every WXR importable', async () => {
  await fc.assert(fc.asyncProperty(articleArb, optionsArb, async (a, o) => {
    const r = await validateNinjs(JSON.parse(EXPORTERS.ninjs.export(a, o)));
    assert.ok(r.valid, r.errors.join('; '));
  }), { numRuns: 200 });
  await fc.assert(fc.asyncProperty(fc.array(articleArb, { maxLength: 3 }), optionsArb, async (as, o) => {
    const r = await checkWxr(EXPORTERS.wxr.export(as, o));
    assert.ok(r.valid, r.errors.join('; '));
  }), { numRuns: 15 });
});
