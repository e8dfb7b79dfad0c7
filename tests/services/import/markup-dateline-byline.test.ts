// Structured copy (NITF, NewsML-G2, ninjs): the dateline the text writes is the one parsed and
// checked (its agency kept), the markup only fills what the text leaves out, and a byline reaches
// the credits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readStoryFile } from '../../../electron/services/import/read-file.ts';
import { bylineCredits } from '../../../electron/services/import/byline.ts';
import { parseRaw } from '../../../core/parse/index.ts';
import { runChecks } from '../../../core/checks/index.ts';
import { BUILTIN_PROFILES } from '../../../core/profiles/index.ts';
import { withTempDir } from './helpers.ts';

const antara = BUILTIN_PROFILES[0];

function nitf(firstParagraph: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
<head><title>Harga beras naik</title><docdata><doc-id id-string="abc-1"/></docdata></head>
<body><body.head><hedline><hl1>Harga beras naik di Jakarta</hl1></hedline><byline>Pewarta: Budi</byline><dateline><location>Jakarta</location><story.date>25 November 2026</story.date></dateline></body.head>
<body.content><p>${firstParagraph}</p><p>"Kami pantau," ujar Budi.</p></body.content></body></nitf>`;
}

async function parsed(dir: string, name: string, xml: string) {
  const file = join(dir, name);
  await writeFile(file, xml);
  const read = await readStoryFile(file);
  return parseRaw(read.stories[0]);
}

const ids = (a: ReturnType<typeof parseRaw>) => runChecks(a, antara, {}).map((f) => f.ruleId);

test('NITF: the text dateline keeps its agency; the markup adds the date; Pewarta: in the byline is the reporter', async () => {
  await withTempDir(async (dir) => {
    const a = await parsed(dir, 'ok.xml', nitf('Jakarta (ANTARA) - Harga beras naik 5 persen, kata Menteri Perdagangan Budi Santoso.'));
    assert.equal(a.dateline?.place, 'Jakarta');
    assert.equal(a.dateline?.agency, 'ANTARA');
    assert.equal(a.dateline?.date, '25 November 2026');
    assert.ok((a.dateline?.length ?? 0) > 0, 'the dateline is the text\'s, with its length');
    assert.equal(a.credits.reporter, 'Budi');
    const found = ids(a);
    assert.ok(!found.includes('structure/dateline-missing'));
    assert.ok(!found.includes('structure/dateline-malformed'));
    assert.equal(runChecks(a, antara, {}).filter((f) => f.ruleId === 'structure/credits-missing').length, 1, 'only Editor is missing');
  });
});

test('NITF: a broken text dateline is malformed and a missing one is missing, whatever the markup says', async () => {
  await withTempDir(async (dir) => {
    assert.ok(ids(await parsed(dir, 'bad.xml', nitf('Jakarta(ANTARA)- Harga beras naik 5 persen.'))).includes('structure/dateline-malformed'));
    const none = await parsed(dir, 'none.xml', nitf('Harga beras naik 5 persen, kata Menteri Perdagangan Budi Santoso.'));
    assert.equal(none.dateline?.place, 'Jakarta', 'the markup dateline is kept as metadata');
    assert.equal(none.dateline?.length, 0);
    assert.ok(ids(none).includes('structure/dateline-missing'));
  });
});

test('NewsML-G2: <dateline>CIANJUR</dateline> does not replace the text\'s Cianjur (ANTARA); <by> is the reporter', async () => {
  await withTempDir(async (dir) => {
    const a = await parsed(dir, 'n.xml', `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:x:1" version="1" standard="NewsML-G2" standardversion="2.35">
<itemMeta><itemClass qcode="ninat:text"/><provider literal="ANTARA"/><versionCreated>2026-11-25T10:00:00+07:00</versionCreated></itemMeta>
<contentMeta><headline>Gempa guncang Cianjur</headline><dateline>CIANJUR</dateline><by>Pewarta: Rina; Editor: Ani</by></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><p>Cianjur (ANTARA) - Gempa magnitudo 5 mengguncang Cianjur, Rabu.</p><p>"Warga panik," kata Kepala BPBD Cianjur Asep.</p></body></html></inlineXML></contentSet>
</newsItem>`);
    assert.deepEqual([a.dateline?.place, a.dateline?.agency], ['Cianjur', 'ANTARA']);
    assert.deepEqual([a.credits.reporter, a.credits.editor], ['Rina', 'Ani']);
    assert.ok(!ids(a).includes('structure/credits-missing'));
  });
});

test('bylineCredits: labels, plain names, Oleh/By', () => {
  assert.deepEqual(bylineCredits(['Pewarta: Budi']), { reporter: 'Budi' });
  assert.deepEqual(bylineCredits(['Oleh Budi Santoso']), { reporter: 'Budi Santoso' });
  assert.deepEqual(bylineCredits(['By Jane Doe', 'John Roe']), { reporter: 'Jane Doe, John Roe' });
  assert.deepEqual(bylineCredits(['Reporter: Ani | Editor: Budi | Penerjemah: Cici']), { reporter: 'Ani', editor: 'Budi', translator: 'Cici' });
  assert.deepEqual(bylineCredits(['']), {});
});
