// Property tests: on arbitrary articles (random and hostile texts, odd offsets, bad dates) no exporter
// throws, XML outputs are well-formed, JSON outputs parse, and the input is never mutated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EXPORTERS, EXPORTER_IDS } from '../../../core/export/index.ts';
import { parseMejaJson } from '../../../core/export/json.ts';
import { articleArb, optionsArb } from './arbitrary.ts';
import { assertWellFormedFragment, assertWellFormedHtml, parseXml } from './xml-helpers.ts';

const XML = new Set(['wxr', 'nitf', 'newsml']);
const JSONS = new Set(['wp-json', 'ninjs', 'json']);
const RUNS = 150;

for (const id of EXPORTER_IDS) {
  test(`${id}: never throws, output is well-formed, input untouched`, () => {
    fc.assert(fc.property(articleArb, optionsArb, (article, options) => {
      const before = JSON.stringify(article);
      const out = EXPORTERS[id].export(article, options);
      assert.equal(typeof out, 'string');
      assert.equal(JSON.stringify(article), before);
      const doc = XML.has(id) ? parseXml(out) : null;
      const json = JSONS.has(id) ? JSON.parse(out) : null;
      // The HTML each format carries, read by an HTML parser (and as XML where it is a fragment).
      if (id === 'html') {
        if (options.standalone) assertWellFormedHtml(out, 'html standalone');
        else assertWellFormedFragment(out, 'html');
      }
      if (id === 'wp-json') assertWellFormedFragment(json.content, 'wp-json content');
      if (id === 'ninjs') for (const b of json.bodies ?? []) if (/html/.test(b.contentType)) assertWellFormedFragment(b.value, 'ninjs body');
      if (id === 'wxr') for (const c of Array.from(doc!.getElementsByTagName('content:encoded'))) assertWellFormedFragment(c.textContent ?? '', 'wxr content:encoded');
      if (id === 'newsml') assert.ok(doc!.documentElement);
      // Lone surrogates never leave: every output is well-formed UTF-16, hence encodable as UTF-8.
      assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(out));
    }), { numRuns: RUNS });
  });
}

test('wxr: any number of arbitrary stories in one file stays well-formed', () => {
  fc.assert(fc.property(fc.array(articleArb, { maxLength: 4 }), optionsArb, (articles, options) => {
    const doc = parseXml(EXPORTERS.wxr.export(articles, options));
    assert.equal(doc.getElementsByTagName('item').length, articles.length);
  }), { numRuns: 50 });
});

test('json: arbitrary articles come back from parseMejaJson as they went in (http(s) links aside)', () => {
  fc.assert(fc.property(articleArb, (article) => {
    const back = parseMejaJson(EXPORTERS.json.export(article, { now: '2026-11-25T00:00:00Z', id: 'x' }));
    assert.equal(back.headline, article.headline);
    assert.deepEqual(back.paragraphs.map((p) => [p.role, p.text]), article.paragraphs.map((p) => [p.role, p.text]));
    // fast-check builds null-prototype records: compare as JSON.
    assert.equal(JSON.stringify(back.quotes), JSON.stringify(article.quotes));
    assert.equal(JSON.stringify(back.credits), JSON.stringify(article.credits));
    assert.equal(JSON.stringify(back.meta), JSON.stringify({ ...article.meta, url: back.meta.url }));
  }), { numRuns: RUNS });
});
