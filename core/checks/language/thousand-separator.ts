// Indonesian numbers: period for thousands (`1.500`), comma for decimals (`3,5 persen`).
import type { RuleModule } from '../types.ts';
import { isProseParagraph, proseMatches } from '../prose.ts';

const UNIT = String.raw`(?:persen|%|juta|miliar|triliun|ribu|kilogram|kg|kilometer|km|meter|ton|liter|hektare|derajat|poin|kali)`;
const COUNTED = 'orang|warga|rumah|unit|kendaraan|mobil|motor|siswa|murid|mahasiswa|peserta|pengunjung|penduduk|jiwa|keluarga|buah|ekor|lembar|butir|batang|paket|personel|pasien|korban|pemudik|penumpang|pekerja|karyawan|guru|sekolah|desa|kasus|dosis|pelanggan|penonton|relawan|pengungsi|tentara|prajurit|polisi|anggota|suara|pemilih|bibit|pohon|kamar|titik';
const PATTERNS: [RegExp, string, (m: RegExpExecArray) => string][] = [
  // 12,500,000 — English thousands.
  [/(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,.]\d)/g, 'englishThousands', (m) => m[0].replace(/,/g, '.')],
  // 10,000 warga — one English thousands group before something counted: `1,500 rumah` cannot be
  // one and a half houses (before a unit, `1,500 ton`, it may be a decimal, so it is left).
  [new RegExp(String.raw`(?<![\d.,])\d{1,3},\d{3}(?![\d,.]\d)(?=\s+(?:${COUNTED})\b)`, 'g'), 'englishThousands', (m) => m[0].replace(',', '.')],
  // 3.5 persen — English decimal point.
  [new RegExp(String.raw`(?<![\d.,])(\d+)\.(\d{1,2})(?=\s+${UNIT}\b|%)`, 'g'), 'englishDecimal', (m) => `${m[1]},${m[2]}`],
  // 150000 orang — no separator at all (phone numbers and codes start with 0 or follow "nomor").
  [/(?<![\d.,/\p{L}+#-])[1-9]\d{4,}(?![\d.,/\p{L}-]|,\d)/gu, 'noSeparator', (m) => m[0].replace(/\B(?=(\d{3})+$)/g, '.')],
];

// What each pattern needs at least (cheap tests before the patterns).
const DIGIT = /\d/;
const THOUSANDS_SHAPE = /\d,\d{3}/;
const FIVE_DIGITS = /[1-9]\d{4}/;
const DECIMAL_SHAPE = /\d\.\d{1,2}[\s%]/;

const rule: RuleModule = {
  meta: {
    id: 'language/thousand-separator',
    category: 'language',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: true,
    docs: {
      id: 'Bilangan ribuan dipisah titik (`1.500`, `150.000`) dan desimal memakai koma (`3,5 persen`), bukan gaya Inggris. Dapat diperbaiki otomatis.',
      en: 'Thousands are separated with a period (`1.500`, `150.000`) and decimals use a comma (`3,5 persen`), not the English style. Fixable.',
      exampleBad: 'sebanyak 150000 orang, naik 3.5 persen',
      exampleGood: 'sebanyak 150.000 orang, naik 3,5 persen',
    },
    messages: {
      englishThousands: { id: 'Pemisah ribuan memakai titik: "{{expected}}".', en: 'Thousands take a period: "{{expected}}".' },
      englishDecimal: { id: 'Desimal memakai koma: "{{expected}}".', en: 'Decimals take a comma: "{{expected}}".' },
      noSeparator: { id: 'Beri pemisah ribuan: "{{expected}}".', en: 'Add thousands separators: "{{expected}}".' },
    },
  },
  create(context) {
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        const text = paragraph.text;
        // Every pattern needs digits (cheap tests before each pattern below).
        if (!DIGIT.test(text)) return;
        for (const [re, messageId, fix] of PATTERNS) {
          if (!(messageId === 'englishThousands' ? THOUSANDS_SHAPE : messageId === 'englishDecimal' ? DECIMAL_SHAPE : FIVE_DIGITS).test(text)) continue;
          for (const m of proseMatches(context, index, re)) {
            const before = text.slice(Math.max(0, m.index - 12), m.index);
            if (messageId === 'noSeparator' && /(nomor|no\.|nomer|kode|NIK|NIP|NRP|tel\.|telp\.?|hp|ID)\s*:?\s*$/i.test(before)) continue;
            const expected = fix(m);
            context.report({ paragraph: index, start: m.index, end: m.index + m[0].length, messageId, data: { expected }, fix: { start: m.index, end: m.index + m[0].length, text: expected } });
          }
        }
      },
    };
  },
};
export default rule;
