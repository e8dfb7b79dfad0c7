// Dewan Pers guidance on suicide reporting: no method details (they raise copycat risk).
import type { RuleModule } from '../types.ts';
import { foldedWords, isProseParagraph, mayMatchFolded, proseMatches } from '../prose.ts';

const SUICIDE = /\b(bunuh diri|gantung diri|menggantung diri|mengakhiri hidup(?:nya)?|mengakhiri nyawa(?:nya)?|nekat terjun|tewas gantung)\b/iu;
const METHOD = /\b(tali|seutas|jerat|gantung|menggantung|tergantung|racun|beracun|menenggak|meminum obat|obat nyamuk|pestisida|insektisida|racun tikus|silet|menyayat|sayatan|pisau|senjata api|menembak(?:kan)? diri|melompat dari|terjun dari|lantai \d+|rel kereta|menabrakkan diri|membakar diri|overdosis|dosis)\b/giu;

// Every SUICIDE phrase holds one of these.
const SUICIDE_WORDS = foldedWords(['diri', 'hidup', 'nyawa', 'terjun', 'gantung']);

const rule: RuleModule = {
  meta: {
    id: 'ethics/suicide-method',
    category: 'ethics',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Pedoman Dewan Pers tentang pemberitaan bunuh diri: cara dan alat tidak dirinci. Kata rincian cara di berita yang menyebut bunuh diri dilaporkan agar editor memeriksa.',
      en: 'Dewan Pers guidance on reporting suicide: the method and means are not detailed. Method details in a story that mentions suicide are reported for the editor to check.',
      exampleBad: 'Korban ditemukan tewas gantung diri dengan seutas tali di kamarnya.',
      exampleGood: 'Korban ditemukan meninggal di rumahnya. Polisi menduga korban bunuh diri.',
    },
    messages: {
      method: { id: 'Rincian cara bunuh diri ("{{text}}"): pedoman Dewan Pers meminta tidak dirinci.', en: 'Suicide method detail ("{{text}}"): Dewan Pers guidance asks not to detail it.' },
    },
  },
  create(context) {
    // The pattern holds no line break, so testing each prose paragraph is testing the story joined
    // by line breaks; the cheap word test goes first. Decided at the first prose paragraph.
    let active: boolean | null = null;
    const decide = (): boolean => {
      const ps = context.article.paragraphs;
      for (let i = 0; i < ps.length; i++) {
        if (isProseParagraph(ps[i]) && mayMatchFolded(context, i, SUICIDE_WORDS) && SUICIDE.test(ps[i].text)) return true;
      }
      return context.article.headline != null && SUICIDE.test(context.article.headline);
    };
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        if (active === null) active = decide();
        if (!active) return;
        for (const m of proseMatches(context, index, METHOD)) {
          context.report({ paragraph: index, start: m.index, end: m.index + m[0].length, messageId: 'method', data: { text: m[0] } });
        }
      },
    };
  },
};
export default rule;
