import rule from '../../../../core/checks/attribution/dangling-katanya.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('attribution/dangling-katanya', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Para menteri berkumpul.\n\n"Kami siap," kata Rutte.\n\n"Itu komitmen kami," katanya.',
    { name: 'a name before it in prose', code: '# J\n\nLondon (ANTARA) - Menurut Rutte, aliansi siap.\n\n"Itu komitmen kami," katanya.' },
  ],
  invalid: [
    { code: '# J\n\nLondon (ANTARA) - "Itu komitmen kami," katanya.', errors: [{ messageId: 'dangling', paragraph: 0, text: 'katanya', data: { cue: 'katanya' } }] },
    { name: 'ujarnya', code: '# J\n\nLondon (ANTARA) - para menteri berkumpul.\n\n"Kami siap," ujarnya.', errors: [{ messageId: 'dangling', paragraph: 1, text: 'ujarnya' }] },
  ],
});
