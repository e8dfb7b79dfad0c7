// `para` marks a plural of people: `para menteri`, never `para negara` (and never twice: `para menteri-menteri`).
import type { RuleModule } from '../types.ts';
import { isProseParagraph, wordClasses } from '../prose.ts';

const NOT_PEOPLE = new Set([
  'negara', 'perusahaan', 'lembaga', 'instansi', 'institusi', 'partai', 'organisasi', 'kementerian', 'bank', 'sekolah', 'universitas',
  'provinsi', 'kota', 'kabupaten', 'daerah', 'wilayah', 'produk', 'barang', 'hewan', 'binatang', 'kendaraan', 'mobil', 'motor', 'media',
  'klub', 'tim', 'negeri', 'bangsa', 'pemerintah', 'pemerintahan', 'badan', 'dinas', 'komisi', 'kantor', 'toko', 'pabrik', 'rumah', 'gedung',
  'sektor', 'industri', 'platform', 'aplikasi', 'program', 'proyek', 'kapal', 'pesawat', 'tanaman', 'pohon', 'benda', 'data', 'dokumen',
  'maskapai', 'operator', 'startup', 'emiten', 'saham', 'kelompok', 'koperasi', 'yayasan', 'asosiasi', 'federasi', 'aliansi', 'negara-negara',
]);

const rule: RuleModule = {
  meta: {
    id: 'language/para',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    hasSuggestions: true,
    docs: {
      id: '`para` hanya dipakai di depan kata yang menyatakan orang (`para menteri`), tidak di depan benda atau lembaga (`para negara anggota`), dan tidak bersama bentuk ulang (`para menteri-menteri`).',
      en: '`para` goes only before words for people (`para menteri`), not before things or bodies (`para negara anggota`), and not with a reduplicated plural (`para menteri-menteri`).',
      exampleBad: 'para negara anggota perlu meningkatkan upaya',
      exampleGood: 'negara-negara anggota perlu meningkatkan upaya',
    },
    messages: {
      notPeople: { id: '"para" hanya untuk orang; "{{word}}" bukan orang.', en: '"para" is for people only; "{{word}}" is not a person.' },
      doublePlural: { id: 'Jamak ganda: "para {{word}}".', en: 'Double plural: "para {{word}}".' },
      dropPara: { id: 'Hapus "para".', en: 'Drop "para".' },
      reduplicate: { id: 'Tulis "{{plural}}".', en: 'Write "{{plural}}".' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        const tokens = context.tokens(index);
        const text = paragraph.text;
        for (const i of wordClasses(context, index).para) {
          if (i + 1 >= tokens.length) continue;
          const t = tokens[i];
          if (t.inQuote) continue;
          const n = tokens[i + 1];
          const gapEnd = n.start;
          const drop = { start: t.start, end: gapEnd, text: '' };
          const parts = n.lower.split('-');
          if (parts.length === 2 && parts[0] === parts[1]) {
            context.report({ paragraph: index, start: t.start, end: n.end, messageId: 'doublePlural', data: { word: n.text }, suggest: [{ messageId: 'dropPara', edits: [drop] }] });
          } else if (NOT_PEOPLE.has(n.lower)) {
            const plural = `${n.text}-${n.lower}`;
            context.report({
              paragraph: index, start: t.start, end: n.end, messageId: 'notPeople', data: { word: n.text },
              suggest: [
                { messageId: 'dropPara', edits: [drop] },
                { messageId: 'reduplicate', data: { plural }, edits: [{ start: t.start, end: n.end, text: text[t.start] === 'P' ? plural[0].toUpperCase() + plural.slice(1) : plural }] },
              ],
            });
          }
        }
      },
    };
  },
};
export default rule;
