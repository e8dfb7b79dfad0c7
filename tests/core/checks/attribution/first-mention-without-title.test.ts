import rule from '../../../../core/checks/attribution/first-mention-without-title.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('attribution/first-mention-without-title', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Sekretaris Jenderal NATO Mark Rutte tiba di Brussel.\n\n"Kami berdiri bersama," kata Rutte.',
    { name: 'role after the name', code: '# J\n\nLondon (ANTARA) - Mark Rutte, sekretaris jenderal NATO, tiba di Brussel.\n\n"Kami berdiri bersama," kata Rutte.' },
    { name: 'lowercase title before', code: '# J\n\nLondon (ANTARA) - Pengamat politik Budi Santoso menilai rencana itu.\n\n"Itu berat," kata Budi.' },
    { name: 'a single name with an age and a role after it', code: '# J\n\nJakarta (ANTARA) - Harga beras naik.\n\nBudi (45), pedagang di Pasar Minggu, mengeluh.\n\n"Kami kesulitan," kata Budi.' },
    { name: 'no people quoted', code: '# J\n\nLondon (ANTARA) - NATO tiba di Brussel.' },
  ],
  invalid: [
    {
      name: 'surname first, full name later',
      code: '# J\n\nLondon (ANTARA) - Rutte tiba di Brussel pada Kamis.\n\n"Kami berdiri bersama," kata Mark Rutte.',
      errors: [{ messageId: 'shortName', paragraph: 0, text: 'Rutte', data: { name: 'Rutte', full: 'Mark Rutte' } }],
    },
    {
      name: 'full name without a title',
      code: '# J\n\nLondon (ANTARA) - Mark Rutte tiba di Brussel pada Kamis.\n\n"Kami berdiri bersama," kata Rutte.',
      errors: [{ messageId: 'noTitle', paragraph: 0, text: 'Mark Rutte', data: { name: 'Mark Rutte' } }],
    },
    {
      name: 'the rule\'s own bad example: a surname alone, no fuller form anywhere',
      code: '# J\n\nBrussel (ANTARA) - Para menteri pertahanan NATO berkumpul di Brussel, Kamis.\n\nRutte menekankan bahwa negara anggota perlu meningkatkan upaya.\n\n"Kami berdiri bersama," kata Rutte.',
      errors: [{ messageId: 'bareName', paragraph: 1, start: 0, text: 'Rutte', data: { name: 'Rutte' } }],
    },
    {
      name: 'kata Budi, with no title',
      code: '# J\n\nJakarta (ANTARA) - Harga beras naik lagi pekan ini.\n\n"Kami kesulitan," kata Budi.',
      errors: [{ messageId: 'bareName', paragraph: 1, text: 'Budi', data: { name: 'Budi' } }],
    },
  ],
});
