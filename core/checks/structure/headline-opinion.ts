// An opinion in a headline must be someone's: `Menlu: RI harus …`, never the desk's own voice.
import type { RuleModule } from '../types.ts';

const OPINION = /\b(harus|wajib|sebaiknya|seharusnya|mesti|semestinya|perlu|jangan|patut|layak|tak boleh|tidak boleh)\b/iu;
const ATTRIBUTED = /^[^:]{2,60}:\s|\b(kata|ujar|sebut|minta|nilai|menilai|desak|mendesak|imbau|usul|tegas|ingatkan|mengingatkan|menurut|klaim|akui|yakin|sebut)\b/iu;

const rule: RuleModule = {
  meta: {
    id: 'structure/headline-opinion',
    category: 'structure',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Judul yang berisi pendapat (harus, perlu, jangan…) wajib menyebut pemiliknya, misalnya gaya `MENLU: …` atau dengan kata "kata/minta/nilai".',
      en: 'A headline carrying an opinion (must, should, don\'t…) names whose it is: `MENLU: …` style, or with a verb such as "kata/minta/nilai".',
      exampleBad: 'Ukraina harus segera masuk NATO',
      exampleGood: 'Rutte: Ukraina akan menjadi anggota NATO',
    },
    messages: {
      unattributed: { id: 'Judul memuat pendapat ("{{word}}") tanpa menyebut narasumbernya (gaya "MENLU: …").', en: 'The headline carries an opinion ("{{word}}") without naming its source ("MENLU: …" style).' },
    },
  },
  create(context) {
    return {
      headline(headline) {
        const m = OPINION.exec(headline);
        if (!m || ATTRIBUTED.test(headline)) return;
        context.report({ paragraph: -1, start: m.index, end: m.index + m[0].length, messageId: 'unattributed', data: { word: m[0] } });
      },
    };
  },
};
export default rule;
