// Kode Etik Jurnalistik (Pasal 1, 3): information is tested and its source named. "Menurut
// pernyataan resmi" with no one's name, "sumber yang enggan disebut namanya": the editor decides.
import type { RuleModule } from '../types.ts';
import { foldedWords, mayMatchFolded, type FoldedWords } from '../prose.ts';

const SUMBER = foldedWords(['sumber']);

// People named by their role alone: `kata seorang pejabat`, `menurut salah satu petugas`.
const ROLES = ['pejabat', 'petugas', 'pegawai', 'karyawan', 'anggota', 'staf', 'diplomat', 'perwira', 'politikus', 'politisi', 'penyidik', 'aparat', 'pengurus', 'kader', 'orang dalam', 'orang dekat', 'juru bicara', 'pembantu', 'ajudan', 'penasihat', 'penasehat', 'pemimpin', 'petinggi', 'narasumber', 'saksi mata', 'pengacara'].join('|');

// [pattern, what to tell the editor, words every match holds (a cheap test first)]. No `i` flag:
// with it `\p{Lu}` matches lowercase letters too, and the lookaheads must tell a name (capital)
// from a plain word; a first word may open a sentence, so it takes either case. `(?=(x?))\1`
// takes an optional qualifier whole (an atomic group): the lookahead after it cannot be dodged by
// backtracking to `menurut pernyataan` before `resmi NATO`.
const PATTERNS: [RegExp, string, FoldedWords][] = [
  [/\b[Mm]enurut (?:sebuah |suatu )?pernyataan(?=((?: resmi| tertulis| pers)?))\1(?!\s+(?:dari\s+|yang\s+dikeluarkan\s+|yang\s+dirilis\s+)?(?:\p{Lu}|pihak|kementerian|kantor|pemerintah|kepolisian|polisi|juru))/gu, 'statement', foldedWords(['pernyataan'])],
  [/\b(?:[Nn]ara)?[Ss]umber (?:yang |tersebut )?(?:enggan|tidak mau|tak mau|tidak bersedia|tak bersedia|menolak) (?:di)?(?:sebut(?:kan)?|ungkap(?:kan)?) (?:nama|identitas)(?:nya)?\b/gu, 'anonymous', SUMBER],
  [/\b(?:[Ss]umber|[Nn]arasumber) anonim\b/gu, 'anonymous', SUMBER],
  [/\b(?:[Mm]enurut|[Kk]ata) (?:seorang |salah seorang |beberapa )?sumber(?=((?: (?:internal|terpercaya|dekat|yang dekat dengan|di lingkungan))?))\1(?!\s+(?:dari\s+)?\p{Lu})/gu, 'unnamed', SUMBER],
  // `Seorang sumber menyebutkan …`: a source counted as a person (`seorang`), never named. Without
  // `seorang`, `sumber` is as often a source of money or water.
  [/\b(?:[Ss]alah s|[Ss])eorang sumber\b(?!\s*,?\s+(?:bernama\s+)?\p{Lu}\p{Ll})/gu, 'unnamed', SUMBER],
  // `kata seorang pejabat`: a role counted as one person and left unnamed (an appositive name after
  // a comma, `kata seorang warga, Budi (45)`, or a full name after the role, names them).
  [new RegExp(String.raw`\b(?:[Mm]enurut|[Kk]ata|ujar|ungkap|tutur) (?:seorang|salah seorang|salah satu) (?:${ROLES})\b(?!\s*,\s*\p{Lu}|\s+bernama\b|\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*(?:,|\())`, 'gu'), 'unnamed', foldedWords(['seorang', 'salah'])],
  // `menurut keterangan resmi`, `menurut informasi yang dihimpun`: information with no one behind it.
  [/\b[Mm]enurut (?:keterangan|informasi)(?: resmi| tertulis| yang (?:dihimpun|diperoleh|didapat|diterima|beredar|berkembang))(?![^.,;]{0,30}?\bdari\s+(?:\p{Lu}|pihak|kepolisian|polisi|pemerintah|kementerian|kantor|keluarga|warga|saksi))(?!\s+(?:\p{Lu}|pihak|kepolisian|polisi|pemerintah|kementerian|kantor|juru))/gu, 'information', foldedWords(['keterangan', 'informasi'])],
  [/\b(?:[Kk]abarnya|[Kk]onon|[Bb]eredar kabar|[Kk]abar yang beredar|[Dd]ikabarkan)\b/gu, 'hearsay', foldedWords(['kabar', 'konon'])],
];

const ALL_NEEDLES = foldedWords(['pernyataan', 'sumber', 'kabar', 'konon', 'seorang', 'salah', 'keterangan', 'informasi']);

const rule: RuleModule = {
  meta: {
    id: 'attribution/vague-source',
    category: 'attribution',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Sumber informasi disebut jelas (Kode Etik Jurnalistik: verifikasi, narasumber jelas). "Menurut pernyataan resmi" tanpa menyebut pihaknya, "sumber yang enggan disebut namanya", "kabarnya" dilaporkan agar editor memeriksa.',
      en: 'Sources are named (Kode Etik Jurnalistik: verification, named sources). "Menurut pernyataan resmi" or "menurut keterangan resmi" without whose, "a source who declined to be named", "a source", "an official said" with no name, "reportedly" are reported for the editor to check.',
      exampleBad: 'Aliansi ini tetap berkomitmen …, menurut pernyataan resmi.',
      exampleGood: 'Aliansi ini tetap berkomitmen …, menurut pernyataan resmi NATO.',
    },
    messages: {
      statement: { id: '"{{text}}" tanpa menyebut pernyataan siapa; sebutkan lembaga atau pejabatnya.', en: '"{{text}}" without saying whose statement; name the body or official.' },
      anonymous: { id: 'Sumber anonim ("{{text}}"): pastikan sesuai Kode Etik Jurnalistik dan kebijakan desk.', en: 'Anonymous source ("{{text}}"): check it against the Kode Etik Jurnalistik and desk policy.' },
      unnamed: { id: 'Sumber tidak disebut ("{{text}}"); sebutkan siapa.', en: 'Unnamed source ("{{text}}"); say who.' },
      information: { id: '"{{text}}" tanpa menyebut dari siapa keterangan itu; sebutkan sumbernya.', en: '"{{text}}" without saying whose information it is; name the source.' },
      hearsay: { id: 'Kabar tanpa sumber ("{{text}}"); sebutkan sumbernya atau verifikasi.', en: 'Hearsay ("{{text}}"); name the source or verify it.' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (paragraph.role !== 'lead' && paragraph.role !== 'body') return;
        if (!mayMatchFolded(context, index, ALL_NEEDLES)) return;
        const text = paragraph.text;
        // `menurut seorang sumber` fits two patterns: one finding for one place.
        const taken: [number, number][] = [];
        for (const [re, messageId, needles] of PATTERNS) {
          if (!mayMatchFolded(context, index, needles)) continue;
          re.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = re.exec(text))) {
            if (context.inDirectQuote(index, m.index)) continue;
            const start = m.index;
            const end = start + m[0].length;
            if (taken.some(([a, b]) => start < b && end > a)) continue;
            taken.push([start, end]);
            context.report({ paragraph: index, start: m.index, end: m.index + m[0].length, messageId, data: { text: m[0] } });
          }
        }
      },
    };
  },
};
export default rule;
