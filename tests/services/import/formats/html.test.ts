import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readPastedHtml, readStoryFile } from '../../../../electron/services/import/read-file.ts';
import { extractHtml } from '../../../../electron/services/import/html-extract.ts';
import { FIXTURES } from '../helpers.ts';

test('an .html file becomes headline, paragraphs and links; hidden and active content is dropped', async () => {
  const r = await readStoryFile(FIXTURES + 'story.html');
  assert.equal(r.format, 'html');
  const s = r.stories[0];
  assert.equal(s.headline, 'Bogor siapkan 40 posko banjir');
  assert.deepEqual(s.paragraphs, [
    'Jakarta (ANTARA) - Pemerintah Kota Bogor menyiapkan 40 posko\u00a0banjir menjelang puncak musim hujan.',
    '“Kami tidak ingin warga terlambat mengungsi,” ujar dia.',
    'Baca juga: Banjir rendam Katulampa',
    'Klik di sini',
    'Pewarta: Rina Kusuma',
    'Editor: Budi Santoso',
  ]);
  assert.deepEqual(s.links, [{ title: 'Banjir rendam Katulampa', url: 'https://contoh.example/berita/banjir-katulampa' }]);
  assert.equal(s.meta?.url, 'https://contoh.example/berita/posko-banjir');
  const all = JSON.stringify(s);
  for (const bad of ['__pwned', 'tersembunyi', 'iklan', 'javascript:', 'color: red', 'Contoh</title>']) assert.ok(!all.includes(bad), bad);
});

test('pasted HTML keeps links and drops script, style, iframes and hidden text', () => {
  const s = readPastedHtml(
    '<meta charset="utf-8"><p>Satu <a href="https://contoh.example/a">tautan</a></p>'
    + '<script>alert(1)</script><style>p{}</style><iframe src="https://x.example"></iframe>'
    + '<p hidden>rahasia</p><p style="visibility: hidden">rahasia</p><p aria-hidden="true">rahasia</p>'
    + '<p><img src=x onerror="alert(1)">Dua</p><p><a href="javascript:alert(1)">Tiga</a></p>',
  );
  assert.equal(s.format, 'paste-html');
  assert.deepEqual(s.paragraphs, ['Satu tautan', 'Dua', 'Tiga']);
  assert.deepEqual(s.links, [{ title: 'tautan', url: 'https://contoh.example/a' }]);
});

test('pasted HTML of a CMS page: <br> separates credit lines, inline tags keep words apart only where spaced', () => {
  const s = readPastedHtml('<div><b>Jakarta</b> (ANTARA) - Teks<i>nya</i> utuh.<br>Pewarta: Rina<br/>Editor: Budi</div>');
  assert.deepEqual(s.paragraphs, ['Jakarta (ANTARA) - Teksnya utuh.', 'Pewarta: Rina', 'Editor: Budi']);
});

test('property: HTML extraction never throws on arbitrary markup', () => {
  const tag = fc.constantFrom('<p>', '</p>', '<a href="https://x.example">', '</a>', '<script>', '</script>', '<br>', '<h1>', '</h1>', '<div hidden>', '</div>', '&amp;', '&nbsp;', '<!--', '-->');
  fc.assert(fc.property(fc.array(fc.oneof(tag, fc.string())), (parts) => {
    const r = extractHtml(parts.join(''));
    for (const p of r.paragraphs) assert.equal(p, p.trim());
  }));
});

test('wire copy sent preformatted: blank lines are paragraphs, wrapped lines are joined', () => {
  const s = readPastedHtml('<pre>\nJAKARTA (ANTARA) - Pemerintah menyiapkan\nposko banjir.\n\n  "Kami siap," ujar <b>dia</b>.\n\nPewarta: Rina<br>Editor: Budi\n</pre><p>Sesudah.</p>');
  assert.deepEqual(s.paragraphs, ['JAKARTA (ANTARA) - Pemerintah menyiapkan posko banjir.', '"Kami siap," ujar dia.', 'Pewarta: Rina', 'Editor: Budi', 'Sesudah.']);
});

test('a web page\'s menu (<nav>) is no part of the story: the lead comes first', () => {
  const r = extractHtml('<body><nav>Menu Home <a href="https://contoh.example/">Beranda</a></nav><article><h1>Banjir rendam Bekasi</h1><p>Bekasi (ANTARA) - Banjir merendam ratusan rumah, Kamis.</p></article></body>');
  assert.equal(r.headline, 'Banjir rendam Bekasi');
  assert.deepEqual(r.paragraphs, ['Bekasi (ANTARA) - Banjir merendam ratusan rumah, Kamis.']);
  assert.deepEqual(r.links, []);
});
