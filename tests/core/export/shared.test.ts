import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cdata, escapeAttr, escapeText, normIso, rfc822, safeJson, safeUrl, sanitize, slugify, termSlug, utcWallTime, wallTime } from '../../../core/export/shared.ts';

test('safeUrl keeps absolute http(s) only, percent-encoding what is unsafe', () => {
  assert.equal(safeUrl('https://www.antaranews.com/berita/1/a-b?x=1&y=2#z'), 'https://www.antaranews.com/berita/1/a-b?x=1&y=2#z');
  assert.equal(safeUrl('HTTP://Example.com/a b'), 'http://Example.com/a%20b');
  assert.equal(safeUrl('https://a.example/"onmouseover="x'), 'https://a.example/%22onmouseover=%22x');
  assert.equal(safeUrl('https://a.example/<script>'), 'https://a.example/%3Cscript%3E');
  for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', '/relative', 'https://', 'https:///x', 'ftp://x.example', '', null, undefined, 'https://a b.example/']) {
    assert.equal(safeUrl(bad), null, String(bad));
  }
});

test('escaping for text, attributes, CDATA and embeddable JSON', () => {
  assert.equal(escapeText('a < b & c > d "e"'), 'a &lt; b &amp; c &gt; d "e"');
  assert.equal(escapeAttr(`"'<>&`), '&quot;&#39;&lt;&gt;&amp;');
  assert.equal(cdata('x]]>y'), '<![CDATA[x]]]]><![CDATA[>y]]>');
  assert.equal(cdata('a]]>]]>b'), '<![CDATA[a]]]]><![CDATA[>]]]]><![CDATA[>b]]>');
  const j = safeJson({ s: '<script>&\u2028' }, 0);
  assert.doesNotMatch(j, /[<>&\u2028]/);
  assert.deepEqual(JSON.parse(j), { s: '<script>&\u2028' });
});

test('sanitize drops characters XML cannot carry and repairs lone surrogates', () => {
  assert.equal(sanitize('a\u0000b\u0007c\u000Bd\tе\n'), 'abcd\tе\n');
  assert.equal(sanitize('x\uD800y'), 'x\uFFFDy');
  assert.equal(sanitize('\uDC00'), '\uFFFD');
  assert.equal(sanitize('😀'), '😀');
  assert.equal(sanitize(null), '');
});

test('dates: RFC 3339 kept, zone-less read as UTC, garbage refused', () => {
  assert.equal(normIso('2026-11-25T10:00+07:00'), '2026-11-25T10:00:00+07:00');
  assert.equal(normIso('2026-11-25T10:00:00.123z'), '2026-11-25T10:00:00Z');
  assert.equal(normIso('2026-11-25'), '2026-11-25T00:00:00Z');
  assert.equal(normIso('2026-11-25 08:30'), '2026-11-25T08:30:00Z');
  for (const bad of ['kemarin', '2026-13-01', '2026-11-25T25:00:00Z', '', null]) assert.equal(normIso(bad), null);
  assert.equal(wallTime('2026-11-25T10:00:00+07:00'), '2026-11-25 10:00:00');
  assert.equal(utcWallTime('2026-11-25T10:00:00+07:00'), '2026-11-25 03:00:00');
  assert.equal(rfc822('2026-11-25T10:00:00+07:00'), 'Wed, 25 Nov 2026 03:00:00 +0000');
});

test('slugs keep any script, drop diacritics and symbols, and are never empty for terms', () => {
  assert.equal(slugify('Harga Beras Medium!'), 'harga-beras-medium');
  assert.equal(slugify('Café à Jakarta'), 'cafe-a-jakarta');
  assert.equal(slugify('合作 共赢'), '合作-共赢');
  assert.equal(slugify('&&&'), '');
  assert.match(termSlug('&&&'), /^term-[0-9a-z]+$/);
  assert.notEqual(termSlug('&&&'), termSlug('***'));
});
