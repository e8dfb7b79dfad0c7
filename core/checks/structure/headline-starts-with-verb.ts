// Wire headlines lead with who did it: "NATO bahas …", not "Membahas …" with no subject.
import type { RuleModule } from '../types.ts';
import { INFORMAL_SHORT_MAP } from '../lexicon.ts';

// An active or passive verb: me-/mem-/men-/meng-/meny-/di-/ber-/ter- and a base of 3+ letters.
const VERB = /^(me(?:ng|ny|m|n)?|di|ber|ter)[a-z]{3,}$/;
// Headlines drop the prefix (`Umumkan`, `Bahas`, `Tingkatkan`): bare verbs common in wire headlines.
const BARE_VERBS = new Set(`
  bahas tinjau resmikan luncurkan umumkan minta desak tolak dukung siapkan gelar salurkan berikan beri tambah
  buka tutup tangkap tahan periksa panggil kirim terima catat raih capai dorong perkuat percepat lantik serahkan
  bangun bantu sebut nilai ajak imbau targetkan pastikan waspadai antisipasi evaluasi ungkap usut sita amankan
  bagikan janjikan klaim cabut batalkan tunda larang izinkan ingatkan kecam apresiasi soroti incar bidik kejar
  sambut hadiri kunjungi temui temukan selidiki dalami kaji godok bentuk rekrut pecat copot jual beli naikkan
  turunkan pangkas potong tingkatkan kembangkan perluas tegaskan jelaskan sampaikan tawarkan tanggapi bantah
  akui sepakati tandatangani teken setujui tetapkan putuskan hentikan lanjutkan mulai genjot pacu gencarkan
  optimalkan maksimalkan wujudkan realisasikan jamin lindungi selamatkan evakuasi padamkan cari
`.split(/\s+/).filter(Boolean));
// `-kan` verbs outside the list (`Sosialisasikan`): a base of four letters or more, no noun prefix.
const KAN_VERB = /^(?!pe|ke|se|ber|ter|me|di)[a-z]{4,}kan$/;
const KAN_NOT_VERBS = new Set(['bukan', 'akan', 'makan', 'ikan', 'pekan', 'dekan', 'tekan', 'lokan', 'sukan']);

// Nouns and words that look like verbs but are not (Menlu, Mendag, Direktur, Dimas …).
const NOT_VERBS = new Set([
  'menteri', 'mentan', 'menlu', 'menhan', 'mendag', 'menko', 'menkes', 'menkeu', 'menag', 'menpora', 'menit', 'mental', 'mentari', 'mentega',
  'media', 'medan', 'merah', 'meja', 'mesir', 'melayu', 'memori', 'metro', 'meter', 'metode', 'merek', 'mereka', 'menara', 'mesin', 'mesjid',
  'direktur', 'direksi', 'dinas', 'diskon', 'diplomat', 'dirut', 'digital', 'diesel', 'dimas', 'dian', 'dinasti', 'diskusi', 'dialog',
  'berita', 'bersama', 'berkas', 'beras', 'berlin', 'bermuda', 'bertha', 'beruang', 'terminal', 'ternate', 'teror', 'teroris', 'terowongan', 'tertinggi',
  'meski', 'meskipun', 'melalui', 'menurut', 'mengapa', 'menjelang', 'mendatang', 'memang', 'tersangka', 'terdakwa', 'terpidana', 'terkini', 'terbaru', 'terbesar', 'termasuk',
]);

const rule: RuleModule = {
  meta: {
    id: 'structure/headline-starts-with-verb',
    category: 'structure',
    severity: 'info',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Judul berita sebaiknya dimulai dengan pelaku (subjek), bukan kata kerja tanpa subjek, berimbuhan (`Membahas`) atau tidak (`Bahas`, `Umumkan`).',
      en: 'A headline should open with its subject, not a verb with no subject, affixed (`Membahas`) or bare (`Bahas`, `Umumkan`).',
      exampleBad: 'Bahas dukungan untuk Ukraina di Brussel',
      exampleGood: 'Menhan NATO bahas dukungan untuk Ukraina di Brussel',
    },
    messages: {
      verbFirst: { id: 'Judul dimulai dengan kata kerja "{{word}}"; sebutkan pelakunya lebih dulu.', en: 'The headline starts with the verb "{{word}}"; name the subject first.' },
    },
  },
  create(context) {
    return {
      headline(headline) {
        const first = context.tokens(-1)[0];
        if (!first) return;
        const w = first.lower;
        const verb = (VERB.test(w) && !NOT_VERBS.has(w) && !INFORMAL_SHORT_MAP.has(w)) || BARE_VERBS.has(w) || (KAN_VERB.test(w) && !KAN_NOT_VERBS.has(w));
        if (!verb) return;
        if (/^\p{Lu}{2,}/u.test(first.text)) return; // an acronym
        // A colon headline (`MENLU: …`) puts its subject before the colon.
        if (/^[^:]{1,40}:/.test(headline)) return;
        context.report({ paragraph: -1, start: first.start, end: first.end, messageId: 'verbFirst', data: { word: first.text } });
      },
    };
  },
};
export default rule;
