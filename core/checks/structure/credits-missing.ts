// `Pewarta:` and `Editor:` close every ANTARA story: who reported it, who passed it.
import type { RuleModule } from '../types.ts';

const LABELS: Record<string, { field: 'reporter' | 'editor' | 'translator'; label: string; re: RegExp }> = {
  reporter: { field: 'reporter', label: 'Pewarta', re: /^(Pewarta|Reporter|Penulis|Wartawan)\s*:/i },
  editor: { field: 'editor', label: 'Editor', re: /^(Editor|Redaktur)\s*:/i },
  translator: { field: 'translator', label: 'Penerjemah', re: /^Penerjemah\s*:/i },
};

const rule: RuleModule = {
  meta: {
    id: 'structure/credits-missing',
    category: 'structure',
    severity: 'warning',
    docs: {
      id: 'Berita ditutup dengan baris kredit desk: `Pewarta:` dan `Editor:` (dan `Penerjemah:` bila berita terjemahan).',
      en: 'The story ends with the desk\'s credit lines: `Pewarta:` and `Editor:` (and `Penerjemah:` for a translation).',
      exampleBad: '… Sumber: Anadolu',
      exampleGood: '… Pewarta: Yoanita Hastryka Djohan\nEditor: Atman Ahdiat',
    },
    schema: { type: 'object', properties: { required: { type: 'array', items: { enum: ['reporter', 'editor', 'translator'] } } }, additionalProperties: false },
    defaultOptions: { required: ['reporter', 'editor'] },
    messages: {
      missing: { id: 'Baris kredit "{{label}}:" belum ada.', en: 'The "{{label}}:" credit line is missing.' },
    },
  },
  create(context) {
    return {
      article(article) {
        const required = (context.options.required as string[]) ?? [];
        for (const key of required) {
          const l = Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
          if (!l) continue;
          if (article.credits[l.field]) continue;
          if (article.paragraphs.some((p) => (p.role === 'credit' || p.role === 'body') && l.re.test(p.text))) continue;
          context.report({ paragraph: -2, start: 0, end: 0, messageId: 'missing', data: { label: l.label } });
        }
      },
    };
  },
};
export default rule;
