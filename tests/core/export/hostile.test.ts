// No exporter passes on hostile markup: script tags, event-handler attributes and javascript:/data:
// links in paragraph texts, titles, metadata and link URLs come out as inert text or not at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { EXPORTERS, EXPORTER_IDS, type ExporterId } from '../../../core/export/index.ts';
import type { Article } from '../../../core/model/article.ts';
import { loadFixture, OPTIONS } from './helpers.ts';

const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="x" onclick="alert(1)">klik</a>',
  '<svg/onload=alert(1)>',
  ']]><script>alert(2)</script><![CDATA[',
  '"><iframe src=x></iframe>',
  // CSS that hides text: it must come out as visible words, never as a style.
  '<p style="display:none">teks tersembunyi</p>',
  '<style>p{display:none}</style>',
];
const URLS = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'java\u0000script:alert(1)'];
const SCHEMES = /javascript:|java\u0000script|vbscript:|data:text/i;

function hostileArticle(): Article {
  const a = loadFixture('every-role');
  a.headline = `Judul ${MARKUP[0]} ${MARKUP[1]}`;
  a.paragraphs = a.paragraphs.map((p, i) => ({ ...p, text: `${p.text} ${MARKUP[i % MARKUP.length]}` }));
  a.paragraphs[0].text = a.paragraphs[0].text.replace('JAKARTA', 'JAKARTA');
  a.related = a.related.map((r, i) => ({ ...r, title: `${r.title} ${MARKUP[(i + 2) % MARKUP.length]}`, url: URLS[i % URLS.length] }));
  a.paragraphs = a.paragraphs.map((p, i) => (p.role === 'related' ? { ...p, url: URLS[(i + 1) % URLS.length] } : p));
  a.credits = { reporter: MARKUP[2], editor: MARKUP[3], translator: MARKUP[4] };
  a.sourceCredits = [MARKUP[5]];
  a.meta = { ...a.meta, tags: [MARKUP[0], MARKUP[4]], section: MARKUP[1], caption: MARKUP[2], slug: MARKUP[3], correctionOf: MARKUP[5], url: URLS[0], authors: [MARKUP[1]] };
  a.dateline = { ...a.dateline!, agency: '<b onmouseover=alert(1)>ANTARA</b>' };
  return a;
}

/** Assert an HTML string has no script, no event handler and only http(s) links. */
function assertSafeHtml(html: string, where: string): void {
  const bad: string[] = [];
  let inStyle = false;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (['script', 'img', 'iframe', 'svg', 'object', 'embed', 'link', 'meta'].includes(name) && !(name === 'meta' && !attrs['http-equiv']?.match(/refresh/i))) bad.push(`<${name}>`);
      inStyle = name === 'style';
      for (const [k, v] of Object.entries(attrs)) {
        if (/^on/i.test(k) || k === 'style') bad.push(`${name}@${k}`);
        if ((k === 'href' || k === 'src') && !/^https?:\/\//i.test(v)) bad.push(`${name}@${k}=${v}`);
      }
    },
    // The standalone page's own stylesheet is allowed; one that hides text is the copy's.
    ontext(text) {
      if (inStyle && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(text)) bad.push(`<style>${text}`);
    },
    onclosetag() {
      inStyle = false;
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  assert.deepEqual(bad, [], `${where}: hostile markup passed on`);
}

/** Same for an XML document (NITF, NewsML-G2 with its inline XHTML, WXR). */
function assertSafeXml(xml: string, where: string): Document {
  return assertSafeXmlDoc(xml, where) as unknown as Document;
}

function assertSafeXmlDoc(xml: string, where: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(xml, 'text/xml');
  assert.deepEqual(errors, [], `${where}: not well-formed`);
  const bad: string[] = [];
  const walk = (el: XmlElement) => {
    const name = el.localName ?? el.nodeName;
    if (['script', 'img', 'iframe', 'svg', 'b', 'style'].includes(name)) bad.push(`<${name}>`);
    for (const at of Array.from(el.attributes)) {
      if (/^on/i.test(at.localName ?? at.name) || at.name === 'style') bad.push(`${el.localName}@${at.name}`);
      if (at.name === 'href' && !/^https?:\/\//i.test(at.value)) bad.push(`${el.localName}@href=${at.value}`);
    }
    for (const c of Array.from(el.childNodes)) if (c.nodeType === 1) walk(c as XmlElement);
  };
  walk(doc.documentElement!);
  assert.deepEqual(bad, [], `${where}: hostile markup passed on`);
  return doc;
}

/** The HTML an output carries, per format, and how the whole output is checked. */
const CHECK: Record<ExporterId, (out: string) => void> = {
  html: (out) => assertSafeHtml(out, 'html'),
  markdown: (out) => {
    // Front matter carries no raw markup; in the body every `<` is escaped, except the opener of a
    // link destination, which is always http(s).
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(out)!;
    assert.doesNotMatch(front, /[<>]/);
    assert.doesNotMatch(body, /(?<!\\)<(?!https?:\/\/)/);
    for (const m of out.matchAll(/\]\(<([^>]*)>\)/g)) assert.match(m[1], /^https?:\/\//);
  },
  // Plain text is not markup: texts go out verbatim; only links are filtered.
  text: (out) => {
    for (const m of out.matchAll(/\((\S+:\S*)\)$/gm)) assert.match(m[1], /^https?:\/\//);
  },
  wxr: (out) => {
    const doc = assertSafeXml(out, 'wxr');
    const html = Array.from(doc.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')).map((e) => e.textContent ?? '');
    assert.ok(html.length > 0);
    html.forEach((h) => assertSafeHtml(h, 'wxr content:encoded'));
    const excerpt = Array.from(doc.getElementsByTagNameNS('http://wordpress.org/export/1.2/excerpt/', 'encoded')).map((e) => e.textContent ?? '');
    excerpt.forEach((h) => assertSafeHtml(h, 'wxr excerpt'));
  },
  'wp-json': (out) => {
    assert.doesNotMatch(out, /[<>]/);
    const post = JSON.parse(out);
    assertSafeHtml(post.content, 'wp-json content');
    assertSafeHtml(post.excerpt, 'wp-json excerpt');
    assertSafeHtml(`<h1>${post.title}</h1>`, 'wp-json title');
  },
  nitf: (out) => { assertSafeXml(out, 'nitf'); },
  newsml: (out) => { assertSafeXml(out, 'newsml'); },
  ninjs: (out) => {
    assert.doesNotMatch(out, /[<>]/);
    const item = JSON.parse(out);
    for (const b of item.bodies) if (b.contentType !== 'text/plain') assertSafeHtml(b.value, 'ninjs body');
    for (const a of item.associations ?? []) assert.match(a.uri, /^https?:\/\//);
  },
  json: (out) => {
    assert.doesNotMatch(out, /[<>]/);
    const doc = JSON.parse(out);
    for (const r of doc.article.related) assert.ok(r.url === null || /^https?:\/\//.test(r.url));
    for (const p of doc.article.paragraphs) assert.ok(p.url == null || /^https?:\/\//.test(p.url));
  },
};

for (const id of EXPORTER_IDS) {
  test(`${id}: hostile markup and links are not passed on`, () => {
    for (const extra of [{}, { blockquotes: true }, { standalone: true, baseUrl: 'javascript:alert(1)' }]) {
      const out = EXPORTERS[id].export(hostileArticle(), { ...OPTIONS, ...extra });
      assert.doesNotMatch(out, SCHEMES, `${id} emitted a hostile URL scheme`);
      CHECK[id](out);
    }
  });
}

test('hostile texts still reach the reader as text (escaped, not dropped)', () => {
  const out = EXPORTERS.html.export(hostileArticle(), OPTIONS);
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  const text = EXPORTERS.text.export(hostileArticle(), OPTIONS);
  assert.ok(text.includes('<script>alert(1)</script>'));
});
