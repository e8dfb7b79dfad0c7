import rule from '../../../../core/checks/language/title-capitalization.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/title-capitalization', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Sekretaris Jenderal NATO Mark Rutte tiba.',
    { name: 'generic title', code: '# J\n\nLondon (ANTARA) - Para menteri pertahanan NATO berkumpul di Brussel.' },
    { name: 'title without a name', code: '# J\n\nLondon (ANTARA) - Ia bertemu presiden itu.' },
  ],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Kata sekretaris jenderal NATO Mark Rutte.',
      errors: [{ messageId: 'capitalize', paragraph: 0, text: 'sekretaris jenderal', data: { expected: 'Sekretaris Jenderal' } }],
      output: '# J\n\nLondon (ANTARA) - Kata Sekretaris Jenderal NATO Mark Rutte.',
    },
    {
      name: 'office words and a place',
      code: '# J\n\nLondon (ANTARA) - Ia bertemu menteri pertahanan Ukraina Rustem Umerov.',
      errors: [{ messageId: 'capitalize', text: 'menteri pertahanan' }],
      output: '# J\n\nLondon (ANTARA) - Ia bertemu Menteri Pertahanan Ukraina Rustem Umerov.',
    },
  ],
});
