// "Baca juga" links sit between body paragraphs: not in the lead, not stacked, not as the last word.
import type { RuleModule } from '../types.ts';

const rule: RuleModule = {
  meta: {
    id: 'structure/baca-juga-placement',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Tautan "Baca juga" diletakkan di antara paragraf tubuh berita: tidak sebelum atau tepat setelah teras, tidak dua berturut-turut, tidak sebagai paragraf terakhir tubuh berita, dan tidak melebihi jumlah yang diizinkan desk.',
      en: '"Baca juga" links sit between body paragraphs: not before or right after the lead, never two in a row, not as the last body paragraph, and no more than the desk allows.',
      exampleBad: 'Teras …\n\nBaca juga: …\n\nBaca juga: …',
      exampleGood: 'Teras …\n\nParagraf 2 …\n\nParagraf 3 …\n\nBaca juga: …\n\nParagraf 4 …',
    },
    messages: {
      inLead: { id: '"Baca juga" tidak boleh berada di teras berita.', en: '"Baca juga" must not sit in the lead.' },
      inARow: { id: 'Dua "Baca juga" berturut-turut; pisahkan dengan paragraf berita.', en: 'Two "Baca juga" in a row; put story paragraphs between them.' },
      last: { id: '"Baca juga" tidak boleh menjadi paragraf terakhir tubuh berita.', en: '"Baca juga" must not be the last paragraph of the body.' },
      tooMany: { id: 'Terlalu banyak "Baca juga" ({{count}}); desk mengizinkan {{max}}.', en: 'Too many "Baca juga" links ({{count}}); the desk allows {{max}}.' },
    },
  },
  create(context) {
    return {
      article(article) {
        const ps = article.paragraphs;
        const related = ps.map((p, i) => (p.role === 'related' ? i : -1)).filter((i) => i >= 0);
        if (!related.length) return;
        const lead = ps.findIndex((p) => p.role === 'lead' || p.role === 'body');
        let lastBody = -1;
        ps.forEach((p, i) => { if (p.role === 'body' || p.role === 'lead') lastBody = i; });
        const end = (i: number) => ps[i].text.length;
        for (const i of related) {
          const prev = i > 0 ? ps[i - 1].role : null;
          if (lead < 0 || i < lead || i === lead + 1) context.report({ paragraph: i, start: 0, end: end(i), messageId: 'inLead' });
          else if (prev === 'related') context.report({ paragraph: i, start: 0, end: end(i), messageId: 'inARow' });
          else if (i > lastBody && !ps.slice(lastBody + 1, i).some((p) => p.role === 'related')) context.report({ paragraph: i, start: 0, end: end(i), messageId: 'last' });
        }
        const max = context.profile.bacaJugaMax;
        if (related.length > max) {
          const i = related[max];
          context.report({ paragraph: i, start: 0, end: end(i), messageId: 'tooMany', data: { count: related.length, max } });
        }
      },
    };
  },
};
export default rule;
