import rule from '../../../../core/checks/language/spelling.ts';
import { makeArticle, ruleTester } from '../make-article.ts';

const WORDS = new Set(['para', 'menteri', 'membahas', 'kemajuan', 'dalam', 'kemampuan', 'pertahanan', 'tiba', 'di', 'dan', 'itu', 'baru', 'mengatakan', 'harga', 'naik', 'lihat', 'berita']);
// Copy the parser marked as English.
const english = { ...makeArticle('# J\n\nLondon (ANTARA) - The ministers discussed the meal programme budget at the conference.'), language: 'en' as const };
const speller = { isKnown: (w: string) => WORDS.has(w) || /^\d/.test(w) };
ruleTester.run('language/spelling', rule, {
  valid: [
    { code: '# J\n\nLondon (ANTARA) - Para menteri membahas kemajuan dalam kemampuan pertahanan.', env: { speller } },
    { name: 'silent without a speller', code: '# J\n\nLondon (ANTARA) - Para mentri membahas.' },
    { name: 'names, acronyms, foreign words, URLs, quotes', code: '# J\n\nLondon (ANTARA) - Rutte tiba di Brussel dan NATO membahas smartphone di www.nato.int "kemampaun".\n\nRutte membahas itu.', env: { speller } },
    { name: 'a whole URL, query string included', code: '# J\n\nLondon (ANTARA) - Lihat berita di https://www.example.com/berita?utm_source=twitter&utm_medium=social itu.', env: { speller } },
    { name: 'a two-word name opening a sentence', code: '# J\n\nLondon (ANTARA) - Harga naik.\n\nMuhammad Yusuf mengatakan harga naik.', env: { speller } },
    { name: 'English copy is not checked against the Indonesian list', article: english, env: { speller } },
    { name: 'an English paragraph in Indonesian copy', code: '# J\n\nLondon (ANTARA) - Harga naik.\n\nThe ministers said that the budget for the programme will be ready in the new year.', env: { speller } },
    { name: 'dimana and dibawah are language/di-prefix findings', code: '# J\n\nLondon (ANTARA) - Harga naik dibawah tekanan dimana menteri tiba.', env: { speller: { isKnown: (w: string) => WORDS.has(w) || w === 'tekanan' } } },
    { name: 'desk dictionary', code: '# J\n\nLondon (ANTARA) - Para menteri tiba di gawai.', env: { speller }, profile: { dictionary: ['gawai'] } },
  ],
  invalid: [
    {
      name: 'a lone capitalized word opening a sentence is still checked',
      code: '# J\n\nLondon (ANTARA) - Harga naik.\n\nMentri mengatakan harga naik.',
      env: { speller },
      errors: [{ messageId: 'unknown', paragraph: 1, start: 0, text: 'Mentri' }],
    },
    {
      name: 'words around a URL are still checked',
      code: '# J\n\nLondon (ANTARA) - Lihat berita di https://www.example.com/berita?utm_source=x itu kemampaun.',
      env: { speller },
      errors: [{ messageId: 'unknown', paragraph: 0, text: 'kemampaun' }],
    },
    { code: '# J\n\nLondon (ANTARA) - Para mentri membahas kemampaun pertahanan.', env: { speller }, errors: [{ messageId: 'unknown', paragraph: 0, text: 'mentri', data: { word: 'mentri' } }, { messageId: 'unknown', text: 'kemampaun' }] },
  ],
});

ruleTester.run('language/spelling (words that name Object members)', rule, {
  valid: [{ code: '# J\n\nLondon (ANTARA) - Para menteri tiba.', env: { speller } }],
  invalid: [{ code: '# J\n\nLondon (ANTARA) - Para constructor tiba di valueof.', env: { speller }, errors: [{ messageId: 'unknown', text: 'constructor' }, { messageId: 'unknown', text: 'valueof' }] }],
});
