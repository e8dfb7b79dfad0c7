import rule from '../../../../core/checks/ethics/suspect-full-name.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('ethics/suspect-full-name', rule, {
  valid: [
    '# J\n\nBogor (ANTARA) - Polisi menahan tersangka berinisial BS di Mapolres.',
    { name: 'a desk naming suspects', code: '# J\n\nBogor (ANTARA) - Polisi menahan tersangka Budi Santoso.', profile: { suspectInitials: false } },
  ],
  invalid: [
    {
      code: '# J\n\nBogor (ANTARA) - Polisi menahan tersangka Budi Santoso di Mapolres.',
      errors: [{
        messageId: 'fullName', paragraph: 0, text: 'Budi Santoso', data: { name: 'Budi Santoso' },
        suggestions: [{ messageId: 'initials', output: '# J\n\nBogor (ANTARA) - Polisi menahan tersangka BS di Mapolres.' }],
      }],
    },
    {
      name: 'name followed by the age in brackets is taken whole',
      code: '# J\n\nBogor (ANTARA) - Polisi telah menangkap tersangka Ahmad Suryadi (45), warga Cibinong.',
      errors: [{
        messageId: 'fullName', paragraph: 0, text: 'Ahmad Suryadi', data: { name: 'Ahmad Suryadi' },
        suggestions: [{ messageId: 'initials', output: '# J\n\nBogor (ANTARA) - Polisi telah menangkap tersangka AS (45), warga Cibinong.' }],
      }],
    },
  ],
});
