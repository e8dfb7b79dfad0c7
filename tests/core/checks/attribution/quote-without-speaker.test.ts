import rule from '../../../../core/checks/attribution/quote-without-speaker.ts';
import { makeArticle, ruleTester } from '../make-article.ts';

const lone = '# J\n\nLondon (ANTARA) - NATO menggelar pertemuan di Brussel.\n\nDukungan untuk Ukraina menjadi pusat diskusi.\n\n"Kami berdiri bersama untuk menentang segala bentuk agresi."';
ruleTester.run('attribution/quote-without-speaker', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Teras.\n\n"Kami berdiri bersama untuk menentang agresi," kata Rutte.',
    { name: 'continuing after a quoted paragraph', code: '# J\n\nLondon (ANTARA) - Teras.\n\n"Kami berdiri bersama," kata Rutte.\n\n"Kami juga akan membantu Ukraina sepanjang musim dingin."' },
    { name: 'introduced with a colon', code: '# J\n\nLondon (ANTARA) - Teras.\n\nRutte menegaskan hal itu:\n\n"Kami juga akan membantu Ukraina sepanjang musim dingin."' },
    { name: 'a term in quote marks', code: '# J\n\nLondon (ANTARA) - NATO menyebutnya "pusat komando" baru.' },
    { name: 'a partial quote in the writer\'s sentence', code: '# J\n\nLondon (ANTARA) - Teras.\n\nIa menyebut rencana itu "tidak realistis dan terlalu mahal untuk sekutu".' },
  ],
  invalid: [
    { code: lone, errors: [{ messageId: 'noSpeaker', paragraph: 2, start: 0, text: '"Kami berdiri bersama untuk menentang segala bentuk agresi."' }] },
    {
      name: 'a speaker the parser only inferred',
      article: (() => {
        const a = makeArticle(lone);
        return { ...a, quotes: a.quotes.map((q) => ({ ...q, cue: null, speaker: { name: 'Mark Rutte' } })) };
      })(),
      errors: [{ messageId: 'noSpeaker', paragraph: 2, start: 0, end: 60 }],
    },
  ],
});

ruleTester.run('attribution/quote-without-speaker (any verb after the quote)', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Teras.\n\nDukungan menguat.\n\n"Ini tindakan yang merugikan diri sendiri secara ekonomi," lapor media lokal SBS.',
    '# J\n\nLondon (ANTARA) - Teras.\n\nDukungan menguat.\n\n"Apakah ini tindakan yang merugikan kami semua?" tanyanya kemudian.',
  ],
  invalid: [
    { code: '# J\n\nLondon (ANTARA) - Teras.\n\nDukungan menguat.\n\n"Ini tindakan yang merugikan diri sendiri secara ekonomi." Lalu ia pergi.', errors: [{ messageId: 'noSpeaker', paragraph: 2, start: 0, end: 58 }] },
  ],
});
