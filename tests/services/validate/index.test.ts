// The validators themselves: they accept the official examples and reject what the standards reject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkWxr, schemaDir, validateNewsml, validateNinjs, validateNitf, validateXmlBatch } from '../../../electron/services/validate/index.ts';

const SCHEMAS = schemaDir();
const read = (...p: string[]) => fs.readFileSync(path.join(...p), 'utf8');

const MINI_NITF = `<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">
  <head><title>Uji</title><docdata><doc-id id-string="ant-1"/></docdata></head>
  <body>
    <body.head><hedline><hl1>Judul</hl1></hedline><byline>Penulis</byline><dateline>London (ANTARA)</dateline></body.head>
    <body.content><p>London (ANTARA) - Paragraf pertama.</p></body.content>
    <body.end><tagline>Sumber: Anadolu</tagline></body.end>
  </body>
</nitf>`;

const MINI_G2 = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:x:1" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="x"/><versionCreated>2026-11-25T12:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline>Judul</headline></contentMeta>
</newsItem>`;

test('the schemas are the copies in the project', () => {
  assert.ok(fs.existsSync(path.join(SCHEMAS, 'PROVENANCE.md')));
  assert.ok(fs.existsSync(path.join(SCHEMAS, 'nitf-3.6', 'nitf-3-6.xsd')));
});

test('NITF: a minimal namespaced document validates; without the namespace or out of order it does not', async () => {
  assert.deepEqual(await validateNitf(MINI_NITF), { valid: true, errors: [] });
  const noNs = await validateNitf(MINI_NITF.replace(' xmlns="http://iptc.org/std/NITF/2006-10-18/"', ''));
  assert.equal(noNs.valid, false);
  assert.match(noNs.errors.join('\n'), /No matching global declaration/);
  const order = await validateNitf(MINI_NITF.replace('<byline>Penulis</byline><dateline>London (ANTARA)</dateline>', '<dateline>London (ANTARA)</dateline><byline>Penulis</byline>'));
  assert.equal(order.valid, false);
  assert.match(order.errors[0], /^line \d+: .*byline/);
});

test('NewsML-G2: a minimal item validates; a missing itemClass is reported', async () => {
  assert.deepEqual(await validateNewsml(MINI_G2), { valid: true, errors: [] });
  const bad = await validateNewsml(MINI_G2.replace('<itemClass qcode="ninat:text"/>', ''));
  assert.equal(bad.valid, false);
  assert.match(bad.errors.join('\n'), /itemClass/);
});

test('XSD batch: results are attributed to the right document', async () => {
  const res = await validateXmlBatch('newsml', [MINI_G2, MINI_G2.replace('<itemClass qcode="ninat:text"/>', ''), MINI_G2]);
  assert.deepEqual(res.map((r) => r.valid), [true, false, true]);
  assert.deepEqual(await validateXmlBatch('nitf', []), []);
});

test('malformed XML is invalid, not an exception', async () => {
  const r = await validateNitf('<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head>');
  assert.equal(r.valid, false);
  assert.ok(r.errors.length > 0);
});

test('ninjs 3.1: uri required, camelCase only, GeoJSON resolved locally; JSON text accepted too', async () => {
  const ok = { uri: 'urn:x:1', type: 'text', headlines: [{ value: 'H' }], places: [{ name: 'Jakarta', geoJSON: { type: 'Point', coordinates: [106.8, -6.2] } }] };
  assert.deepEqual(await validateNinjs(ok), { valid: true, errors: [] });
  assert.deepEqual(await validateNinjs(JSON.stringify(ok)), { valid: true, errors: [] });
  const guid = await validateNinjs({ guid: 'urn:x:1', type: 'text' });
  assert.equal(guid.valid, false);
  assert.match(guid.errors.join('\n'), /required property 'uri'/);
  const badGeo = await validateNinjs({ ...ok, places: [{ name: 'x', geoJSON: { type: 'Point', coordinates: 'x' } }] });
  assert.equal(badGeo.valid, false);
  assert.equal((await validateNinjs({ uri: 'urn:x:1', versioncreated: '2026-11-25T12:00:00Z' })).valid, false);
  assert.equal((await validateNinjs({ uri: 'urn:x:1', versionCreated: 'kemarin' })).valid, false);
  assert.equal((await validateNinjs('{')).valid, false);
});

test('ninjs: the IPTC 3.1 examples validate', async () => {
  const examples = fs.readdirSync(path.join(SCHEMAS, 'ninjs')).filter((x) => x.startsWith('example_3.1'));
  assert.equal(examples.length, 2);
  for (const f of examples) {
    const r = await validateNinjs(JSON.parse(read(SCHEMAS, 'ninjs', f)));
    assert.ok(r.valid, `${f}: ${r.errors.join('; ')}`);
  }
});

test('WXR: the WordPress importer test files pass, the malformed one fails', async () => {
  const dir = path.join(SCHEMAS, 'wxr');
  for (const f of ['valid-wxr-1.1.xml', 'wxr-simple.xml', 'wxr-utf-8-challenges.xml']) {
    const r = await checkWxr(read(dir, f));
    assert.deepEqual(r, { valid: true, errors: [] }, f);
  }
  const bad = await checkWxr(read(dir, 'malformed-simple.xml'));
  assert.equal(bad.valid, false);
  assert.equal(bad.errors[0], 'not well-formed XML');
});

test('WXR: DOCTYPE, missing or odd wxr_version, and content outside CDATA are refused', async () => {
  const good = read(SCHEMAS, 'wxr', 'wxr-simple.xml');
  const doctype = await checkWxr(good.replace('<rss', '<!DOCTYPE rss>\n<rss'));
  assert.deepEqual(doctype.errors, ['DOCTYPE is not allowed (the WordPress importer rejects it)']);
  assert.deepEqual((await checkWxr(good.replace(/<wp:wxr_version>1\.2<\/wp:wxr_version>/, ''))).errors, ['missing wp:wxr_version in the channel']);
  assert.match((await checkWxr(good.replace(/<wp:wxr_version>1\.2</, '<wp:wxr_version>1.2b<'))).errors[0], /not N\.N/);
  const plain = good.replace(/<content:encoded><!\[CDATA\[[\s\S]*?\]\]><\/content:encoded>/, '<content:encoded>&lt;p&gt;x&lt;/p&gt;</content:encoded>');
  assert.match((await checkWxr(plain)).errors.join('\n'), /not in CDATA/);
  assert.match((await checkWxr('<feed/>')).errors.join('\n'), /root element must be <rss>/);
});
