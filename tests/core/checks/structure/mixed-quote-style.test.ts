import rule from '../../../../core/checks/structure/mixed-quote-style.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/mixed-quote-style', rule, {
  valid: ['# J\n\nLondon (ANTARA) - "Satu," kata Rutte. "Dua," ujarnya.', { name: 'curly only', code: '# J\n\nLondon (ANTARA) - “Satu,” kata Rutte.' }],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - "Satu," kata Rutte.\n\n“Dua,” ujarnya.',
      errors: [{ messageId: 'mixed', paragraph: 1, start: 0, end: 1 }, { messageId: 'mixed', paragraph: 1, start: 5, end: 6 }],
      output: '# J\n\nLondon (ANTARA) - "Satu," kata Rutte.\n\n"Dua," ujarnya.',
    },
    {
      name: 'a curly desk',
      code: '# J\n\nLondon (ANTARA) - “Satu,” kata Rutte. "Dua," ujarnya.',
      profile: { quoteStyle: 'curly' },
      errors: 2,
      output: '# J\n\nLondon (ANTARA) - “Satu,” kata Rutte. “Dua,” ujarnya.',
    },
  ],
});
