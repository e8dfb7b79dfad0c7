import rule from '../../../../core/checks/language/repeated-word.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/repeated-word', rule, {
  valid: ['# J\n\nJakarta (ANTARA) - Kata-kata itu diulang-ulang.', { name: 'numbers', code: '# J\n\nJakarta (ANTARA) - Skor 1 1 di babak pertama.' }],
  invalid: [
    { code: '# J\n\nJakarta (ANTARA) - Aliansi yang yang tetap berkomitmen.', errors: [{ messageId: 'repeated', text: 'yang yang', data: { word: 'yang' } }], output: '# J\n\nJakarta (ANTARA) - Aliansi yang tetap berkomitmen.' },
    {
      name: 'a content word: suggestions',
      code: '# J\n\nJakarta (ANTARA) - Ia memilih kata kata yang tepat.',
      errors: [{
        messageId: 'repeated', text: 'kata kata',
        suggestions: [
          { messageId: 'remove', output: '# J\n\nJakarta (ANTARA) - Ia memilih kata yang tepat.' },
          { messageId: 'hyphen', output: '# J\n\nJakarta (ANTARA) - Ia memilih kata-kata yang tepat.' },
        ],
      }],
      output: null,
    },
  ],
});
