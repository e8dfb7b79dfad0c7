// Kode Etik Jurnalistik (Pasal 1, 3): information is tested and its source named. "Menurut
// pernyataan resmi" with no one's name, "sumber yang enggan disebut namanya": the editor decides.
import type { RuleModule } from '../types.ts';
import { foldedWords, mayMatchFolded, type FoldedWords } from '../prose.ts';

const SUMBER = foldedWords(['sumber']);

// [pattern, what to tell the editor, words every match holds (a cheap test first)]
const PATTERNS: [RegExp, string, FoldedWords][] = [
  [/\bmenurut (?:sebuah |suatu )?pernyataan(?: resmi| tertulis| pers)?(?!\s+(?:dari\s+|yang\s+dikeluarkan\s+|yang\s+dirilis\s+)?(?:\p{Lu}|pihak|kementerian|kantor|pemerintah|kepolisian|polisi|juru))/giu, 'statement', foldedWords(['pernyataan'])],
  [/\bsumber (?:yang |tersebut )?(?:enggan|tidak mau|tak mau|tidak bersedia|tak bersedia|menolak) (?:di)?(?:sebut(?:kan)?|ungkap(?:kan)?) (?:nama|identitas)(?:nya)?\b/giu, 'anonymous', SUMBER],
  [/\b(?:sumber|narasumber) anonim\b/giu, 'anonymous', SUMBER],
  [/\b(?:menurut|kata) (?:seorang |salah seorang |beberapa )?sumber(?: (?:internal|terpercaya|dekat|yang dekat dengan|di lingkungan))?(?!\s+(?:dari\s+)?\p{Lu})/giu, 'unnamed', SUMBER],
  [/\b(?:kabarnya|konon|beredar kabar|kabar yang beredar|dikabarkan)\b/giu, 'hearsay', foldedWords(['kabar', 'konon'])],
];

const ALL_NEEDLES = foldedWords(['pernyataan', 'sumber', 'kabar', 'konon']);

const rule: RuleModule = {
  meta: {
    id: 'attribution/vague-source',
    category: 'attribution',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Sumber informasi disebut jelas (Kode Etik Jurnalistik: verifikasi, narasumber jelas). "Menurut pernyataan resmi" tanpa menyebut pihaknya, "sumber yang enggan disebut namanya", "kabarnya" dilaporkan agar editor memeriksa.',
      en: 'Sources are named (Kode Etik Jurnalistik: verification, named sources). "Menurut pernyataan resmi" without whose statement, "a source who declined to be named", "reportedly" are reported for the editor to check.',
      exampleBad: 'Aliansi ini tetap berkomitmen …, menurut pernyataan resmi.',
      exampleGood: 'Aliansi ini tetap berkomitmen …, menurut pernyataan resmi NATO.',
    },
    messages: {
      statement: { id: '"{{text}}" tanpa menyebut pernyataan siapa; sebutkan lembaga atau pejabatnya.', en: '"{{text}}" without saying whose statement; name the body or official.' },
      anonymous: { id: 'Sumber anonim ("{{text}}"): pastikan sesuai Kode Etik Jurnalistik dan kebijakan desk.', en: 'Anonymous source ("{{text}}"): check it against the Kode Etik Jurnalistik and desk policy.' },
      unnamed: { id: 'Sumber tidak disebut ("{{text}}"); sebutkan siapa.', en: 'Unnamed source ("{{text}}"); say who.' },
      hearsay: { id: 'Kabar tanpa sumber ("{{text}}"); sebutkan sumbernya atau verifikasi.', en: 'Hearsay ("{{text}}"); name the source or verify it.' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (paragraph.role !== 'lead' && paragraph.role !== 'body') return;
        if (!mayMatchFolded(context, index, ALL_NEEDLES)) return;
        const text = paragraph.text;
        for (const [re, messageId, needles] of PATTERNS) {
          if (!mayMatchFolded(context, index, needles)) continue;
          re.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = re.exec(text))) {
            if (context.inDirectQuote(index, m.index)) continue;
            context.report({ paragraph: index, start: m.index, end: m.index + m[0].length, messageId, data: { text: m[0] } });
          }
        }
      },
    };
  },
};
export default rule;
