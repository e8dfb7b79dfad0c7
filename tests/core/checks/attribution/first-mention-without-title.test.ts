import rule from '../../../../core/checks/attribution/first-mention-without-title.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('attribution/first-mention-without-title', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Sekretaris Jenderal NATO Mark Rutte tiba di Brussel.\n\n"Kami berdiri bersama," kata Rutte.',
    { name: 'role after the name', code: '# J\n\nLondon (ANTARA) - Mark Rutte, sekretaris jenderal NATO, tiba di Brussel.\n\n"Kami berdiri bersama," kata Rutte.' },
    { name: 'lowercase title before', code: '# J\n\nLondon (ANTARA) - Pengamat politik Budi Santoso menilai rencana itu.\n\n"Itu berat," kata Budi.' },
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
  ],
});
