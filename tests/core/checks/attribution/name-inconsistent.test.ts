import rule from '../../../../core/checks/attribution/name-inconsistent.ts';
import { ruleTester } from '../make-article.ts';

const speller = { isKnown: (w: string) => ['barat', 'berat'].includes(w) };
ruleTester.run('attribution/name-inconsistent', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov tiba.\n\n"Kami siap," kata Umerov.',
    { name: 'two dictionary words', code: '# J\n\nJakarta (ANTARA) - Hujan di Jawa Barat.\n\nBanjir di Jawa Berat.', env: { speller } },
  ],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov tiba.\n\nIa bertemu Rutte.\n\n"Kami siap," kata Rustem Umarov.',
      errors: [{
        messageId: 'twoSpellings', paragraph: 2, text: 'Umarov', data: { found: 'Umarov', other: 'Umerov' },
        suggestions: [{ messageId: 'useOther', output: '# J\n\nLondon (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov tiba.\n\nIa bertemu Rutte.\n\n"Kami siap," kata Rustem Umerov.' }],
      }],
    },
  ],
});
