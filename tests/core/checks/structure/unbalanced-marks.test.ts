import rule from '../../../../core/checks/structure/unbalanced-marks.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/unbalanced-marks', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - "Kami berdiri bersama," kata Rutte (di Brussel).',
    { name: 'a quote running on to the next paragraph', code: '# J\n\nLondon (ANTARA) - Teras.\n\n"Kalimat pertama kutipan.\n\n"Kalimat kedua kutipan," kata Rutte.' },
    { name: 'a list marker', code: '# J\n\nLondon (ANTARA) - Syaratnya: a) tertulis dan b) resmi.' },
  ],
  invalid: [
    { code: '# J\n\nLondon (ANTARA) - Teras.\n\n"Kami berdiri bersama, kata Rutte.', errors: [{ messageId: 'quote', paragraph: 1, start: 0, end: 1 }] },
    { name: 'open bracket', code: '# J\n\nLondon (ANTARA) - Teras (di Brussel.', errors: [{ messageId: 'bracket', text: '(', data: { mark: '(' } }] },
    { name: 'stray close', code: '# J\n\nLondon (ANTARA) - Teras di Brussel).', errors: [{ messageId: 'bracket', text: ')' }] },
  ],
});
