// A "Baca juga" line must point at a published story: resolved against the archive by its title
// (exact, then fuzzy). A line the archive does not know, or one that points at the story itself, is
// flagged so the editor links it by hand or drops it. Silent when no archive is at hand.
import type { RuleModule } from '../types.ts';

const PREFIX = /^\s*(?:Baca juga|Related news)\s*:\s*/i;

function norm(t: string): string {
  return t.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const rule: RuleModule = {
  meta: {
    id: 'structure/baca-juga-unresolved',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    hasSuggestions: false,
    docs: {
      id: 'Setiap baris `Baca juga:` merujuk berita yang sudah terbit di arsip (dicocokkan dengan judulnya) dan bukan berita ini sendiri; baris yang tidak ditemukan perlu ditautkan manual atau dihapus.',
      en: 'Each `Baca juga:` line points at a story published in the archive (matched by its title), never at the story itself; a line the archive does not know needs a link by hand or goes.',
      exampleBad: 'Baca juga: Judul yang tidak ada di arsip',
      exampleGood: 'Baca juga: NATO peringatkan musim dingin terberat bagi Ukraina (ditemukan di arsip, dengan URL)',
    },
    messages: {
      unresolved: { id: 'Berita "{{title}}" tidak ditemukan di arsip; tautkan manual atau hapus baris ini.', en: 'No archive story titled "{{title}}"; link it by hand or delete the line.' },
      self: { id: '"Baca juga" ini merujuk berita ini sendiri.', en: 'This "Baca juga" points at this very story.' },
    },
  },
  create(context) {
    const resolve = context.env.resolveRelated;
    return {
      related(link) {
        if (!resolve || link.url) return;
        const p = context.article.paragraphs[link.paragraph];
        if (!p) return;
        const lead = PREFIX.exec(p.text)?.[0].length ?? 0;
        const title = p.text.slice(lead).trim();
        if (!title) return;
        const found = resolve(title);
        const range = { paragraph: link.paragraph, start: lead, end: lead + title.length };
        const own = context.article.headline ? norm(context.article.headline) : null;
        const ownUrl = context.article.meta.url;
        if (found && ((own && norm(found.title) === own) || (ownUrl && found.url === ownUrl))) context.report({ ...range, messageId: 'self' });
        else if (!found) context.report({ ...range, messageId: 'unresolved', data: { title } });
      },
    };
  },
};
export default rule;
