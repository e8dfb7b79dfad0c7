// Import throughput: how long the readers take on the large inputs a desk meets (a 10,000-item
// feed, a 2 MB paragraph, a 50 MB text, a Word document) and how fast a zip bomb is refused.
// Prints a markdown section for docs/BENCHMARKS.md.

import { zipSync, strToU8 } from 'fflate';
import { readStoryBytes } from '../electron/services/import/read-file.ts';

const enc = (s: string) => new TextEncoder().encode(s);

async function time(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

let items = '';
for (let i = 0; i < 10_000; i++) {
  items += `<item><title>Berita ${i}</title><link>https://contoh.example/${i}</link><pubDate>Tue, 25 Nov 2026 14:03:00 +0700</pubDate>`
    + `<description><![CDATA[<p>Jakarta (ANTARA) - Paragraf pertama berita ${i}.</p><p>Paragraf kedua dengan <a href="https://contoh.example/x">tautan</a>.</p>]]></description></item>\n`;
}
const rss = enc(`<?xml version="1.0"?><rss version="2.0"><channel><title>Umpan</title>${items}</channel></rss>`);
const paragraph = enc('Pemerintah menyiapkan posko banjir, '.repeat(58_255));
const fifty = enc('Jakarta (ANTARA) - Pemerintah menyiapkan posko banjir menjelang musim hujan.\n\n'.repeat(50 * 1024 * 1024 / 80 - 1000));
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const body = Array.from({ length: 600 }, (_, i) => `<w:p><w:r><w:t>Paragraf ${i} dokumen Word yang cukup panjang untuk diukur.</w:t></w:r></w:p>`).join('');
const docx = zipSync({
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
  '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
  'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
});
const bomb = zipSync({ 'word/document.xml': new Uint8Array(210 * 1024 * 1024) }, { level: 1 });

const rows: [string, string, string][] = [];
const rssMs = await time(() => readStoryBytes(rss, 'umpan.xml'), 2);
rows.push(['RSS, 10,000 items (2.5 MB)', `${rssMs.toFixed(0)} ms (${Math.round(10_000 / (rssMs / 1000))} items/s)`, '< 10 s']);
rows.push(['Text, one 2 MB paragraph', `${(await time(() => readStoryBytes(paragraph, 'p.txt'))).toFixed(0)} ms`, '< 1 s']);
rows.push(['Text, 50 MB', `${(await time(() => readStoryBytes(fifty, 'besar.txt'), 1)).toFixed(0)} ms`, '< 5 s']);
rows.push(['Word .docx, 600 paragraphs', `${(await time(() => readStoryBytes(docx, 'a.docx'))).toFixed(0)} ms`, '< 1 s']);
const bombMs = await time(() => readStoryBytes(bomb, 'bom.docx').catch(() => undefined));
rows.push([`Zip bomb refused (${(bomb.length / 1024).toFixed(0)} KB packed, 210 MB declared)`, `${bombMs.toFixed(1)} ms`, '< 100 ms']);

console.log('## Import\n');
console.log('Best of a few runs, one core. `bench/import.bench.ts`.\n');
console.log('| input | measured | target |');
console.log('|---|---|---|');
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
