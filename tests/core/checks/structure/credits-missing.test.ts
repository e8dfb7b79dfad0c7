import rule from '../../../../core/checks/structure/credits-missing.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/credits-missing', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Isi.\n\nPewarta: Yoanita\n\nEditor: Atman',
    { name: 'a desk requiring nothing', code: '# J\n\nLondon (ANTARA) - Isi.', options: { required: [] } },
  ],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Isi.\n\nSumber: Anadolu',
      errors: [{ messageId: 'missing', paragraph: -2, data: { label: 'Pewarta' } }, { messageId: 'missing', paragraph: -2, data: { label: 'Editor' } }],
    },
    { name: 'editor only', code: '# J\n\nLondon (ANTARA) - Isi.\n\nPewarta: Yoanita', errors: [{ messageId: 'missing', data: { label: 'Editor' } }] },
    { name: 'translator required', code: '# J\n\nLondon (ANTARA) - Isi.\n\nPewarta: Y\n\nEditor: A', options: { required: ['reporter', 'editor', 'translator'] }, errors: [{ messageId: 'missing', data: { label: 'Penerjemah' } }] },
  ],
});
