import rule from '../../../../core/checks/structure/lead-too-long.ts';
import { ruleTester } from '../make-article.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
ruleTester.run('structure/lead-too-long', rule, {
  valid: [
    `# J\n\nLondon (ANTARA) - ${words(35)}.`,
    { name: 'the dateline is not counted', code: `# J\n\nKota Baru Sekali (ANTARA) - ${words(34)}.` },
    { name: 'body paragraphs are not the lead', code: `# J\n\nLondon (ANTARA) - Pendek.\n\n${words(60)}.` },
  ],
  invalid: [
    { code: `# J\n\nLondon (ANTARA) - ${words(36)}.`, errors: [{ messageId: 'words', paragraph: 0, start: 18, end: 260, data: { count: 36, limit: 35 } }] },
    { name: 'four sentences', code: '# J\n\nLondon (ANTARA) - Satu dua. Tiga empat. Lima enam. Tujuh delapan.', errors: [{ messageId: 'sentences', paragraph: 0, start: 18, end: 65, data: { count: 4, limit: 3 } }] },
    { name: 'a desk limit', code: `# J\n\nLondon (ANTARA) - ${words(21)}.`, profile: { leadWordLimit: 20 }, errors: [{ messageId: 'words', paragraph: 0, start: 18, end: 155, data: { count: 21, limit: 20 } }] },
  ],
});
