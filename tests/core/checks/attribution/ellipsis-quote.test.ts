import rule from '../../../../core/checks/attribution/ellipsis-quote.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('attribution/ellipsis-quote', rule, {
  valid: ['# J\n\nLondon (ANTARA) - Teras.\n\n"[...] semua bantuan bilateral," katanya.', '# J\n\nLondon (ANTARA) - Teras.\n\n"Semua bantuan ...," kata Rutte.'],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Teras.\n\n"... (tentang) semua bantuan bilateral," kata Rutte.',
      errors: [{ messageId: 'ellipsis', paragraph: 1, start: 1, end: 4, suggestions: [{ messageId: 'bracket', output: '# J\n\nLondon (ANTARA) - Teras.\n\n"[...] [tentang] semua bantuan bilateral," kata Rutte.' }] }],
    },
    {
      name: 'a desk convention',
      code: '# J\n\nLondon (ANTARA) - Teras.\n\n"…semua bantuan bilateral," kata Rutte.',
      options: { cut: '(...)' },
      errors: [{ messageId: 'ellipsis', text: '…', data: { cut: '(...)' }, suggestions: [{ output: '# J\n\nLondon (ANTARA) - Teras.\n\n"(...)semua bantuan bilateral," kata Rutte.' }] }],
    },
  ],
});
