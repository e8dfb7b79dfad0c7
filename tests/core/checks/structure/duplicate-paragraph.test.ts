import rule from '../../../../core/checks/structure/duplicate-paragraph.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/duplicate-paragraph', rule, {
  valid: ['# J\n\nLondon (ANTARA) - Teras.\n\nDukungan NATO untuk Ukraina menjadi pusat diskusi.\n\nDukungan NATO untuk Ukraina tetap kuat.', { name: 'short lines may repeat', code: '# J\n\nLondon (ANTARA) - Teras.\n\nIa setuju.\n\nIa setuju.' }],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Teras.\n\nDukungan NATO untuk Ukraina menjadi pusat diskusi.\n\nDukungan  NATO untuk Ukraina menjadi pusat diskusi.',
      errors: [{ messageId: 'duplicate', paragraph: 2, text: 'Dukungan  NATO untuk Ukraina menjadi pusat diskusi.', data: { first: 2 }, suggestions: [{ messageId: 'remove', output: '# J\n\nLondon (ANTARA) - Teras.\n\nDukungan NATO untuk Ukraina menjadi pusat diskusi.' }] }],
    },
  ],
});
