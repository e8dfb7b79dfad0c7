import rule from '../../../../core/checks/structure/dateline-malformed.ts';
import { parseText } from '../../../../core/parse/index.ts';
import { detik, kompas, ruleTester } from '../make-article.ts';

// Real parses for datelines the tester's small format cannot read (a date inside the dateline).
const xinhua = parseText('Harga beras naik tajam\n\nBEIJING, Nov. 25 (Xinhua) -- Harga beras naik tajam pekan ini.');
const ownWithDate = parseText('Harga beras naik tajam\n\nJAKARTA, Nov. 25 (ANTARA) -- Harga beras naik tajam pekan ini.');

ruleTester.run('structure/dateline-malformed', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    { name: 'kompas template', code: '# J\n\nJAKARTA, KOMPAS.com - Para menteri berkumpul.', profile: kompas },
    { name: 'no dateline at all', code: '# J\n\nPara menteri berkumpul.' },
    // Another outlet's dateline is dateline-agency's finding; a fix here would rewrite its source.
    { name: 'Reuters copy in capitals on an ANTARA desk', code: '# J\n\nLONDON (Reuters) - Harga gandum dunia naik tajam.' },
    { name: 'Kompas copy on an ANTARA desk', code: '# J\n\nJAKARTA, KOMPAS.com - Harga beras naik.' },
    { name: 'Kompas copy on a desk that writes no agency', code: '# J\n\nJAKARTA, KOMPAS.com - Harga beras naik.', profile: detik },
    { name: 'Xinhua copy with a date', article: xinhua },
    { name: 'shared dateline', code: '# J\n\nLondon (ANTARA/Reuters) - Para menteri berkumpul.' },
  ],
  invalid: [
    {
      name: 'spaces and dash broken',
      code: '# J\n\nLondon(ANTARA)- Para menteri berkumpul.',
      errors: [{ messageId: 'malformed', paragraph: 0, start: 0, text: 'London(ANTARA)- ', data: { found: 'London(ANTARA)-', expected: 'London (ANTARA) -' } }],
      output: '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    },
    {
      name: 'old agency name and em dash: a word would go, so only proposed',
      code: '# J\n\nLondon (ANTARA News) — Para menteri berkumpul.',
      errors: [{ messageId: 'malformed', text: 'London (ANTARA News) — ', suggestions: [{ messageId: 'useTemplate', output: '# J\n\nLondon (ANTARA) - Para menteri berkumpul.' }] }],
      output: null,
    },
    {
      name: 'capitals on an ANTARA desk',
      code: '# J\n\nLONDON (ANTARA) - Para menteri berkumpul.',
      errors: [{ messageId: 'malformed', text: 'LONDON (ANTARA) - ' }],
      output: '# J\n\nLondon (ANTARA) - Para menteri berkumpul.',
    },
    {
      name: 'kompas wants capitals',
      code: '# J\n\nJakarta, KOMPAS.com - Para menteri berkumpul.',
      profile: kompas,
      errors: [{ messageId: 'malformed', text: 'Jakarta, KOMPAS.com - ', data: { found: 'Jakarta, KOMPAS.com -', expected: 'JAKARTA, KOMPAS.com -' } }],
      output: '# J\n\nJAKARTA, KOMPAS.com - Para menteri berkumpul.',
    },
    {
      name: 'the desk\'s own dateline with a date: the date is never dropped by a fix',
      article: ownWithDate,
      errors: [{
        messageId: 'malformed', paragraph: 0, start: 0, text: 'JAKARTA, Nov. 25 (ANTARA) -- ',
        suggestions: [{ messageId: 'useTemplate', output: '# Harga beras naik tajam\n\nJakarta (ANTARA) - Harga beras naik tajam pekan ini.' }],
      }],
      output: null,
    },
  ],
});
