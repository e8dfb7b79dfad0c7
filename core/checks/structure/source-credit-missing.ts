// A story taken from another agency says so (`Sumber: Anadolu`): the licence and the reader both ask.
import type { RuleModule } from '../types.ts';
import { FOREIGN_AGENCIES } from '../lexicon.ts';
import { normalizeAgency } from '../dateline.ts';
import { anyOf } from '../prose.ts';

const AGENCY_NAMES = 'Reuters|AFP|AP|Anadolu(?: Agency)?|Xinhua|Bernama|Kyodo|Yonhap|TASS|Sputnik|dpa|EFE|ANSA|Bloomberg|IRNA|WAFA';
// "dilansir dari Reuters", "seperti dikutip Xinhua", "menurut laporan AFP".
const TAKEN_FROM = new RegExp(String.raw`\b(?:dilansir(?: dari)?|melansir|dikutip(?: dari)?|mengutip|laporan|dilaporkan|melaporkan|menurut)\s+(?:kantor berita\s+)?(${AGENCY_NAMES})\b`, 'u');

// Every TAKEN_FROM verb holds one of these.
const TAKEN_WORDS = anyOf(['lansir', 'kutip', 'lapor', 'menurut']);

const rule: RuleModule = {
  meta: {
    id: 'structure/source-credit-missing',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: { fromText: { type: 'boolean' } }, additionalProperties: false },
    defaultOptions: { fromText: true },
    docs: {
      id: 'Berita yang bahannya dari agensi lain (dateline atau kutipan "dilansir Reuters") mencantumkan `Sumber: …` di akhir.',
      en: 'A story built from another agency\'s copy (its dateline, or "dilansir Reuters") ends with a `Sumber: …` credit.',
      exampleBad: 'Ankara (Anadolu) - … (tanpa baris Sumber)',
      exampleGood: '… Sumber: Anadolu',
    },
    messages: {
      missing: { id: 'Bahan dari {{agency}} tetapi tidak ada baris "Sumber: {{agency}}".', en: 'Copy from {{agency}} but no "Sumber: {{agency}}" credit line.' },
    },
  },
  create(context) {
    return {
      article(article) {
        const hasCredit = article.sourceCredits.length > 0 || article.paragraphs.some((p) => p.role === 'source-credit');
        if (hasCredit) return;
        const d = article.dateline;
        if (d?.agency) {
          const parts = normalizeAgency(d.agency).split('/').map((s) => s.toLowerCase());
          const foreign = parts.find((p) => FOREIGN_AGENCIES.has(p));
          if (foreign) {
            const lead = article.paragraphs.findIndex((p) => p.role === 'lead');
            const at = Math.max(0, article.paragraphs[lead]?.text.indexOf(d.agency) ?? 0);
            context.report({ paragraph: Math.max(lead, 0), start: at, end: at + d.agency.length, messageId: 'missing', data: { agency: d.agency } });
            return;
          }
        }
        // Only an agency desk rewrites agency copy: other desks cite foreign media in passing.
        if (!context.profile.agency || context.options.fromText === false) return;
        for (let i = 0; i < article.paragraphs.length; i++) {
          const p = article.paragraphs[i];
          if (p.role !== 'lead' && p.role !== 'body') continue;
          if (!TAKEN_WORDS.test(p.text)) continue;
          const m = TAKEN_FROM.exec(p.text);
          if (m && !context.inDirectQuote(i, m.index)) {
            const s = m.index + m[0].length - m[1].length;
            context.report({ paragraph: i, start: s, end: s + m[1].length, messageId: 'missing', data: { agency: m[1] } });
            return;
          }
        }
      },
    };
  },
};
export default rule;
