// Scraped leftovers (ad markers, "SCROLL TO CONTINUE", other stories' headlines) never go out.
import type { RuleModule } from '../types.ts';

// Whole lines a web page leaves in copied text.
const JUNK_LINE = /^\s*(?:ADVERTISEMENT|ADVERTISING|SCROLL TO CONTINUE(?: WITH CONTENT)?|SCROLL TO RESUME CONTENT|Iklan|Advertisement|Simak(?: juga)? [Vv]ideo\b.*|Tonton(?: juga)? [Vv]ideo\b.*|Lihat [Vv]ideo\b.*|\[Gambas:.*\]|Dapatkan update berita.*|Klik di sini.*|Baca berita selengkapnya.*|Download aplikasi.*|Ikuti (?:kami|berita).* di (?:Google News|WhatsApp|Instagram).*|Halaman selanjutnya.*|Artikel ini telah tayang di.*)\s*$/u;

const rule: RuleModule = {
  meta: {
    id: 'structure/junk',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    hasSuggestions: true,
    docs: {
      id: 'Sisa salinan dari web (penanda iklan, "SCROLL TO CONTINUE", "Simak juga Video", judul berita lain di akhir) dihapus. Penanda iklan dapat dihapus otomatis; baris lain lewat saran.',
      en: 'Web leftovers (ad markers, "SCROLL TO CONTINUE", "Simak juga Video", other stories\' headlines at the end) are removed. Ad markers are fixable; other lines come as a suggestion.',
      exampleBad: 'Baca juga: …\n\nDidukung Ceko, Presiden Ukraina minta kejelasan keanggotaan di NATO',
      exampleGood: 'Baca juga: …',
    },
    messages: {
      marker: { id: 'Sisa halaman web: "{{text}}".', en: 'Web page leftover: "{{text}}".' },
      scraped: { id: 'Baris ini tampak seperti judul berita lain yang ikut tersalin: "{{text}}".', en: 'This line looks like another story\'s headline copied along: "{{text}}".' },
      remove: { id: 'Hapus baris ini.', en: 'Delete this line.' },
    },
  },
  create(context) {
    const short = (t: string) => (t.length > 60 ? t.slice(0, 57) + '…' : t);
    // A line that is word for word an archive story's title is that story's headline, copied along.
    const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
    const archive = new Set((context.env.archiveTitles ?? []).map(norm));
    return {
      article(article) {
        const ps = article.paragraphs;
        // Where the story's tail (credits, source, Baca juga) begins: prose after it is scraped.
        let tail = ps.length;
        for (let i = ps.length - 1; i >= 0; i--) {
          const r = ps[i].role;
          if (r === 'related' || r === 'credit' || r === 'source-credit' || r === 'copyright') tail = i;
          else if (r === 'lead' || (r === 'body' && !isHeadlineLike(ps[i].text))) break;
        }
        ps.forEach((p, i) => {
          const text = p.text;
          if (!text.trim()) return;
          if (JUNK_LINE.test(text)) {
            context.report({ paragraph: i, start: 0, end: text.length, messageId: 'marker', data: { text: short(text.trim()) }, fix: { start: 0, end: text.length, text: '' } });
          } else if (p.role === 'junk' || (p.role === 'body' && ((i > tail && isHeadlineLike(text)) || (archive.size > 0 && archive.has(norm(text)))))) {
            context.report({
              paragraph: i, start: 0, end: text.length, messageId: 'scraped', data: { text: short(text.trim()) },
              suggest: [{ messageId: 'remove', edits: [{ start: 0, end: text.length, text: '' }] }],
            });
          }
        });
      },
    };
  },
};

/** Short, one line, no closing full stop: a headline, not a paragraph. */
function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 140 && !/[.!?"”]$/.test(t) && !t.includes('\n');
}

export default rule;
