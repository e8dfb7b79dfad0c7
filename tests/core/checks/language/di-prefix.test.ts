import rule from '../../../../core/checks/language/di-prefix.ts';
import { ruleTester } from '../make-article.ts';

const speller = { isKnown: (w: string) => ['ditulis', 'dibalik', 'tulis', 'rumah'].includes(w) };
ruleTester.run('language/di-prefix', rule, {
  valid: [
    '# J\n\nJakarta (ANTARA) - Surat itu ditulis di rumah dan dikirim di mana saja.',
    { name: 'dirumahkan is a verb', code: '# J\n\nJakarta (ANTARA) - Ratusan pekerja dirumahkan.' },
    { name: 'di balik is a preposition', code: '# J\n\nJakarta (ANTARA) - Ada cerita di balik itu.', env: { speller } },
  ],
  invalid: [
    {
      code: '# J\n\nJakarta (ANTARA) - Surat itu di tulis dirumah.',
      env: { speller },
      errors: [{ messageId: 'join', text: 'di tulis', data: { expected: 'ditulis' } }, { messageId: 'split', text: 'dirumah', data: { expected: 'di rumah' } }],
      output: '# J\n\nJakarta (ANTARA) - Surat itu ditulis di rumah.',
    },
    {
      name: 'without a speller: -kan verbs',
      code: '# J\n\nJakarta (ANTARA) - Hal itu di sampaikan disana.',
      errors: [{ messageId: 'join', text: 'di sampaikan' }, { messageId: 'split', text: 'disana' }],
      output: '# J\n\nJakarta (ANTARA) - Hal itu disampaikan di sana.',
    },
  ],
});
