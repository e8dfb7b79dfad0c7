import rule from '../../../../core/checks/structure/whitespace.ts';
import { makeArticle, ruleTester } from '../make-article.ts';

const withTrailing = makeArticle('# J\n\nLondon (ANTARA) - Teras.');
ruleTester.run('structure/whitespace', rule, {
  valid: ['# J\n\nLondon (ANTARA) - NATO sedang mempersiapkan (pusat komando) baru.', { name: 'an ellipsis after a space', code: '# J\n\nLondon (ANTARA) - Ia berkata " ...tentang semua".' }],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - NATO  sedang mempersiapkan ( pusat komando ) baru .',
      errors: [
        { messageId: 'double', text: '  ' },
        { messageId: 'afterBracket', text: '( ' },
        { messageId: 'beforeBracket', text: ' )' },
        { messageId: 'beforePunct', text: ' ' },
      ],
      output: '# J\n\nLondon (ANTARA) - NATO sedang mempersiapkan (pusat komando) baru.',
    },
    {
      name: 'trailing space',
      article: { ...withTrailing, paragraphs: [{ role: 'lead', text: 'London (ANTARA) - Teras. ' }] },
      errors: [{ messageId: 'ends', start: 24, end: 25 }],
      output: '# J\n\nLondon (ANTARA) - Teras.',
    },
  ],
});
