import rule from '../../../../core/checks/language/para.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/para', rule, {
  valid: ['# J\n\nLondon (ANTARA) - Para menteri dan para anggota NATO berkumpul.', { name: 'in a quote', code: '# J\n\nLondon (ANTARA) - "Para negara harus bersatu," kata Rutte.' }],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Rutte menekankan bahwa para negara anggota perlu bersatu.',
      errors: [{
        messageId: 'notPeople', paragraph: 0, text: 'para negara', data: { word: 'negara' },
        suggestions: [
          { messageId: 'dropPara', output: '# J\n\nLondon (ANTARA) - Rutte menekankan bahwa negara anggota perlu bersatu.' },
          { messageId: 'reduplicate', output: '# J\n\nLondon (ANTARA) - Rutte menekankan bahwa negara-negara anggota perlu bersatu.' },
        ],
      }],
    },
    {
      name: 'double plural',
      code: '# J\n\nLondon (ANTARA) - Para menteri-menteri berkumpul.',
      errors: [{ messageId: 'doublePlural', text: 'Para menteri-menteri', suggestions: [{ output: '# J\n\nLondon (ANTARA) - menteri-menteri berkumpul.' }] }],
    },
  ],
});
