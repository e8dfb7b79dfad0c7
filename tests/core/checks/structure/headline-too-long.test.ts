import rule from '../../../../core/checks/structure/headline-too-long.ts';
import { ruleTester } from '../make-article.ts';

const long = 'Para menteri pertahanan negara-negara anggota NATO berkumpul di Brussel untuk membahas kemajuan kemampuan pencegahan dan dukungan bagi Ukraina';
ruleTester.run('structure/headline-too-long', rule, {
  valid: [
    '# Menhan NATO bahas dukungan untuk Ukraina di Brussel\n\nLondon (ANTARA) - Isi.',
    { name: 'a desk with a longer limit', code: `# ${long}\n\nLondon (ANTARA) - Isi.`, options: { maxChars: 200, maxWords: 30 } },
  ],
  invalid: [
    { code: `# ${long}\n\nLondon (ANTARA) - Isi.`, errors: [{ messageId: 'tooLong', paragraph: -1, start: 0, end: long.length, data: { chars: long.length, words: 18, maxChars: 90, maxWords: 14 } }] },
    { name: 'too many words though short', code: '# A b c d e f g h i j k l m n o p\n\nLondon (ANTARA) - Isi.', options: { maxChars: 90, maxWords: 10 }, errors: [{ messageId: 'tooLong', paragraph: -1, text: 'A b c d e f g h i j k l m n o p' }] },
  ],
});
