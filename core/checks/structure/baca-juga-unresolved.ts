// A "Baca juga" line must point at a published story: resolved against the archive by its title
// (exact, then fuzzy). A line that points at the story itself is flagged first (no archive needed:
// incoming copy is not in the archive yet). A line found only by a near title is flagged with the
// archive's title (and URL) offered, since the link is not set until the title matches; a line the
// archive does not know is flagged so the editor links it by hand or drops it. The archive checks
// are silent when no archive is at hand.
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
    hasSuggestions: true,
    docs: {
      id: 'Setiap baris `Baca juga:` merujuk berita yang sudah terbit di arsip (dicocokkan dengan judulnya) dan bukan berita ini sendiri; baris yang tidak ditemukan perlu ditautkan manual atau dihapus.',
      en: 'Each `Baca juga:` line points at a story published in the archive (matched by its title), never at the story itself; a line the archive does not know needs a link by hand or goes.',
      exampleBad: 'Baca juga: Judul yang tidak ada di arsip',
      exampleGood: 'Baca juga: NATO peringatkan musim dingin terberat bagi Ukraina (ditemukan di arsip, dengan URL)',
    },
    messages: {
      unresolved: { id: 'Berita "{{title}}" tidak ditemukan di arsip; tautkan manual atau hapus baris ini.', en: 'No archive story titled "{{title}}"; link it by hand or delete the line.' },
      self: { id: '"Baca juga" ini merujuk berita ini sendiri.', en: 'This "Baca juga" points at this very story.' },
      fuzzy: { id: 'Judul tidak persis sama dengan berita arsip "{{found}}" ({{url}}); pakai judul arsip agar tautannya terpasang.', en: 'The title is close to, not the same as, the archive story "{{found}}" ({{url}}); use the archive title so the link is set.' },
      useArchiveTitle: { id: 'Pakai judul arsip: "{{found}}"', en: 'Use the archive title: "{{found}}"' },
      noUrl: { id: 'Berita arsip "{{found}}" tidak punya URL; tautan ini tidak dapat dipasang.', en: 'The archive story "{{found}}" has no URL; this link cannot be set.' },
    },
  },
  create(context) {
    const resolve = context.env.resolveRelated;
    // The headline normalised, worked out at the first Baca juga line: most stories have none.
    let ownNorm: string | null | undefined;
    const ownTitle = (): string | null => {
      if (ownNorm === undefined) ownNorm = context.article.headline ? norm(context.article.headline) : null;
      return ownNorm;
    };
    const ownUrl = context.article.meta.url;
    return {
      related(link) {
        const own = ownTitle();
        const p = context.article.paragraphs[link.paragraph];
        if (!p) return;
        const lead = PREFIX.exec(p.text)?.[0].length ?? 0;
        const title = p.text.slice(lead).trim();
        if (!title) return;
        const range = { paragraph: link.paragraph, start: lead, end: lead + title.length };
        if ((own && norm(title) === own) || (ownUrl && link.url === ownUrl)) {
          context.report({ ...range, messageId: 'self' });
          return;
        }
        if (!resolve || link.url) return;
        const found = resolve(title);
        if (!found) context.report({ ...range, messageId: 'unresolved', data: { title } });
        else if ((own && norm(found.title) === own) || (ownUrl && found.url === ownUrl)) context.report({ ...range, messageId: 'self' });
        else if (!found.url) context.report({ ...range, messageId: 'noUrl', data: { found: found.title } });
        else if (!found.exact) {
          context.report({
            ...range, messageId: 'fuzzy', data: { found: found.title, url: found.url },
            suggest: [{ messageId: 'useArchiveTitle', data: { found: found.title }, edits: [{ start: range.start, end: range.end, text: found.title }] }],
          });
        }
      },
    };
  },
};
export default rule;
