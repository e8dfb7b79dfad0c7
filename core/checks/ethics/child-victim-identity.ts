// Kode Etik Jurnalistik Pasal 5: no identity of a victim of sexual violence or of a child in
// conflict with the law — name, address, school. The editor decides; this rule only points.
import type { RuleModule } from '../types.ts';
import { foldedWords, isProseParagraph, mayMatchFolded } from '../prose.ts';
import { nameRuns } from '../names.ts';

const CHILD = /\b(anak(?:-anak)?|bocah|balita|siswa|siswi|pelajar|murid|santri|santriwati|remaja|di bawah umur|bayi|putri|putra)\b/iu;
const SEXUAL = /\b(pemerkosaan|perkosa\w*|diperkosa|memperkosa|rudapaksa|dirudapaksa|pencabulan|dicabuli|mencabuli|cabul|pelecehan seksual|kekerasan seksual|persetubuhan|disetubuhi|menyetubuhi|asusila|eksploitasi seksual|pedofil\w*|sodomi|disodomi)\b/iu;
const CHILD_OFFENDER = /\b(anak berhadapan dengan hukum|anak berkonflik dengan hukum|pelaku (?:masih )?(?:anak|di bawah umur|pelajar|remaja))\b/iu;
// Identity: an address, a school, a house number.
const IDENTITY = /\b(?:(?:Jalan|Jl\.?|Gang|Gg\.?)\s+\p{Lu}[\p{L}.]*(?:\s+(?!No\b|Nomor\b)\p{Lu}[\p{L}.]*)*(?:\s+(?:No\.?|Nomor)\s*\d+)?|RT\s*0?\d+\s*\/\s*RW\s*0?\d+|(?:SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|MTs|MTsN|MI|MA|MAN|SLB)\s+(?:(?:Negeri\s+)?\d+(?:\s+\p{Lu}\p{L}+)*|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)|(?:sekolah|pesantren|pondok pesantren)\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*)/gu;
// Every SEXUAL term holds one of these; every CHILD_OFFENDER phrase one of those.
const SEXUAL_WORDS = foldedWords(['erkosa', 'rudapaksa', 'cabul', 'seksual', 'etubuh', 'asusila', 'pedofil', 'sodomi']);
const OFFENDER_WORDS = foldedWords(['dengan hukum', 'pelaku']);
const NAME_CUE = /\b(bernama|korban|berinisial|anak|siswi|siswa|bocah|pelajar|putri|putra)\s+$/iu;

const rule: RuleModule = {
  meta: {
    id: 'ethics/child-victim-identity',
    category: 'ethics',
    severity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs: {
      id: 'Kode Etik Jurnalistik Pasal 5: identitas korban kejahatan susila dan anak yang menjadi pelaku kejahatan tidak disiarkan (nama, alamat, sekolah, atau petunjuk lain). Nama lengkap, alamat, atau sekolah di dekat konteks itu dilaporkan agar editor memeriksa; inisial tidak dilaporkan.',
      en: 'Kode Etik Jurnalistik, Article 5: the identity of a victim of a sexual crime, or of a child who offended, is not published (name, address, school or other clues). A full name, address or school near such a context is reported for the editor to check; initials are not.',
      exampleBad: 'Korban pencabulan, siswi SMP Negeri 3 Ciledug bernama Ayu Lestari, warga Jalan Melati No. 5, …',
      exampleGood: 'Korban pencabulan, siswi sebuah SMP di Tangerang berinisial AL, …',
    },
    messages: {
      identity: { id: 'Identitas ("{{text}}") di dekat konteks {{context}}: periksa Kode Etik Jurnalistik Pasal 5.', en: 'Identity ("{{text}}") near a {{context}} context: check Kode Etik Jurnalistik Article 5.' },
    },
  },
  create(context) {
    const ps = context.article.paragraphs;
    // Each paragraph is tested once; a paragraph's context is its own and its neighbours'.
    const flags = ps.map((p, i) => (isProseParagraph(p) ? {
      text: p.text,
      sexual: mayMatchFolded(context, i, SEXUAL_WORDS) && SEXUAL.test(p.text),
      offender: mayMatchFolded(context, i, OFFENDER_WORDS) && CHILD_OFFENDER.test(p.text),
    } : null));
    const contextOf = (i: number): string | null => {
      const w = [flags[i - 1], flags[i], flags[i + 1]].filter((f) => f);
      if (w.some((f) => f!.sexual)) return w.some((f) => CHILD.test(f!.text)) ? 'kekerasan seksual terhadap anak' : 'kekerasan seksual';
      if (w.some((f) => f!.offender)) return 'anak pelaku';
      return null;
    };
    return {
      paragraph({ index, paragraph }) {
        if (!isProseParagraph(paragraph)) return;
        const ctx = contextOf(index);
        if (!ctx) return;
        const text = paragraph.text;
        IDENTITY.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = IDENTITY.exec(text))) context.report({ paragraph: index, start: m.index, end: m.index + m[0].trimEnd().length, messageId: 'identity', data: { text: m[0].trim(), context: ctx } });
        // A two-word personal name right after "korban", "bernama", "siswi"….
        for (const run of nameRuns(context.tokens(index), text)) {
          if (run.words.length < 2 || run.words.some((w) => /^\p{Lu}{2,}$/u.test(w))) continue;
          if (!NAME_CUE.test(text.slice(Math.max(0, run.start - 14), run.start))) continue;
          context.report({ paragraph: index, start: run.start, end: run.end, messageId: 'identity', data: { text: run.words.join(' '), context: ctx } });
        }
      },
    };
  },
};
export default rule;
