import rule from '../../../../core/checks/ethics/suicide-method.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('ethics/suicide-method', rule, {
  valid: [
    '# J\n\nBogor (ANTARA) - Korban ditemukan meninggal di rumahnya. Polisi menduga korban bunuh diri.',
    { name: 'method words in another kind of story', code: '# J\n\nBogor (ANTARA) - Petani menyemprotkan pestisida dengan tali pengaman.' },
  ],
  invalid: [
    {
      code: '# J\n\nBogor (ANTARA) - Polisi menduga korban bunuh diri.\n\nKorban ditemukan dengan seutas tali.',
      errors: [{ messageId: 'method', paragraph: 1, text: 'seutas', data: { text: 'seutas' } }, { messageId: 'method', paragraph: 1, text: 'tali' }],
    },
  ],
});
