import rule from '../../../../core/checks/language/spelling.ts';
import { ruleTester } from '../make-article.ts';

const WORDS = new Set(['para', 'menteri', 'membahas', 'kemajuan', 'dalam', 'kemampuan', 'pertahanan', 'tiba', 'di', 'dan', 'itu', 'baru']);
const speller = { isKnown: (w: string) => WORDS.has(w) || /^\d/.test(w) };
ruleTester.run('language/spelling', rule, {
  valid: [
    { code: '# J\n\nLondon (ANTARA) - Para menteri membahas kemajuan dalam kemampuan pertahanan.', env: { speller } },
    { name: 'silent without a speller', code: '# J\n\nLondon (ANTARA) - Para mentri membahas.' },
    { name: 'names, acronyms, foreign words, URLs, quotes', code: '# J\n\nLondon (ANTARA) - Rutte tiba di Brussel dan NATO membahas smartphone di www.nato.int "kemampaun".\n\nRutte membahas itu.', env: { speller } },
    { name: 'desk dictionary', code: '# J\n\nLondon (ANTARA) - Para menteri tiba di gawai.', env: { speller }, profile: { dictionary: ['gawai'] } },
  ],
  invalid: [
    { code: '# J\n\nLondon (ANTARA) - Para mentri membahas kemampaun pertahanan.', env: { speller }, errors: [{ messageId: 'unknown', paragraph: 0, text: 'mentri', data: { word: 'mentri' } }, { messageId: 'unknown', text: 'kemampaun' }] },
  ],
});

ruleTester.run('language/spelling (words that name Object members)', rule, {
  valid: [{ code: '# J\n\nLondon (ANTARA) - Para menteri tiba.', env: { speller } }],
  invalid: [{ code: '# J\n\nLondon (ANTARA) - Para constructor tiba di tostring.', env: { speller }, errors: [{ messageId: 'unknown', text: 'constructor' }, { messageId: 'unknown', text: 'tostring' }] }],
});
