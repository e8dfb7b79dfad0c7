import rule from '../../../../core/checks/structure/dateline-malformed.ts';
import { kompas, ruleTester } from '../make-article.ts';

ruleTester.run('structure/dateline-malformed', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    { name: 'kompas template', code: '# J\n\nJAKARTA, KOMPAS.com - Para menteri berkumpul.', profile: kompas },
    { name: 'no dateline at all', code: '# J\n\nPara menteri berkumpul.' },
  ],
  invalid: [
    {
      name: 'spaces and dash broken',
      code: '# J\n\nLondon(ANTARA)- Para menteri berkumpul.',
      errors: [{ messageId: 'malformed', paragraph: 0, start: 0, text: 'London(ANTARA)- ', data: { found: 'London(ANTARA)-', expected: 'London (ANTARA) -' } }],
      output: '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    },
    {
      name: 'old agency name and em dash',
      code: '# J\n\nLondon (ANTARA News) — Para menteri berkumpul.',
      errors: [{ messageId: 'malformed', text: 'London (ANTARA News) — ' }],
      output: '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    },
    {
      name: 'capitals on an ANTARA desk',
      code: '# J\n\nLONDON (ANTARA) - Para menteri berkumpul.',
      errors: [{ messageId: 'malformed' }],
      output: '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    },
    {
      name: 'kompas wants capitals',
      code: '# J\n\nJakarta, KOMPAS.com - Para menteri berkumpul.',
      profile: kompas,
      errors: [{ messageId: 'malformed', data: { found: 'Jakarta, KOMPAS.com -', expected: 'JAKARTA, KOMPAS.com -' } }],
      output: '# J\n\nJAKARTA, KOMPAS.com - Para menteri berkumpul.',
    },
  ],
});
