// PUEBI: a title before a name is capitalized (`Sekretaris Jenderal NATO Mark Rutte`); a title
// used generically is not (`para menteri pertahanan`).
import type { RuleModule } from '../types.ts';
import { anyOf, isProseParagraph, proseMatches } from '../prose.ts';

const HEADS = 'presiden|wakil presiden|perdana menteri|menteri koordinator|menteri|gubernur|wakil gubernur|bupati|wakil bupati|wali kota|walikota|sekretaris jenderal|sekjen|panglima|kanselir|raja|ratu|pangeran|paus|jaksa agung|duta besar|kapolri|kapolda|kapolres|kepala staf|ketua umum|ketua|direktur utama|direktur jenderal|direktur';
// Up to three lowercase words of the office (`pertahanan`, `luar negeri`), then a proper name of two or more words.
const TITLE = new RegExp(String.raw`(?<![\p{L}])(${HEADS})((?: (?:${['luar', 'negeri', 'dalam', 'pertahanan', 'keuangan', 'kesehatan', 'agama', 'perdagangan', 'perindustrian', 'pertanian', 'perhubungan', 'sosial', 'hukum', 'dan', 'ham', 'bidang', 'politik', 'keamanan', 'perekonomian', 'pendidikan', 'kebudayaan', 'riset', 'teknologi', 'badan', 'eksekutif', 'harian', 'umum', 'utama', 'besar', 'jenderal', 'partai', 'komisi'].join('|')})){0,3}) ((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*)+)`, 'gu');
// A head is followed by a space (office words or the name come next): its last word and a space
// are in every match (a cheap test first).
const HEAD_WORDS = anyOf([...new Set(HEADS.split('|').map((h) => h.slice(h.lastIndexOf(' ') + 1) + ' '))]);
const GENERIC_BEFORE = /\b(para|seorang|sejumlah|beberapa|setiap|tiap|semua|seluruh|banyak|calon|bakal)\s+$/i;

const rule: RuleModule = {
  meta: {
    id: 'language/title-capitalization',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    docs: {
      id: 'Jabatan yang diikuti nama orang, instansi, atau tempat ditulis dengan huruf awal kapital (`Sekretaris Jenderal NATO Mark Rutte`); jabatan umum tidak (`para menteri pertahanan`). Dapat diperbaiki otomatis.',
      en: 'A title followed by a person\'s, body\'s or place\'s name is capitalized (`Sekretaris Jenderal NATO Mark Rutte`); a generic title is not (`para menteri pertahanan`). Fixable.',
      exampleBad: 'kata sekretaris jenderal NATO Mark Rutte',
      exampleGood: 'kata Sekretaris Jenderal NATO Mark Rutte',
    },
    messages: {
      capitalize: { id: 'Jabatan sebelum nama ditulis kapital: "{{expected}}".', en: 'A title before a name is capitalized: "{{expected}}".' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        const text = paragraph.text;
        if (!HEAD_WORDS.test(text)) return;
        for (const m of proseMatches(context, index, TITLE)) {
          if (GENERIC_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
          const title = m[1] + m[2];
          const expected = title.replace(/(^|\s)(\p{Ll})/gu, (_x, s: string, c: string) => s + c.toUpperCase()).replace(/\bDan\b/, 'dan').replace(/\bHam\b/, 'HAM');
          if (expected === title) continue;
          context.report({ paragraph: index, start: m.index, end: m.index + title.length, messageId: 'capitalize', data: { expected }, fix: { start: m.index, end: m.index + title.length, text: expected } });
        }
      },
    };
  },
};
export default rule;
