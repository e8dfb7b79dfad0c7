import rule from '../../../../core/checks/structure/baca-juga-placement.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/baca-juga-placement', rule, {
  valid: ['# J\n\nLondon (ANTARA) - Teras.\n\nDua.\n\nTiga.\n\nBaca juga: Satu\n\nEmpat.\n\nLima.\n\nBaca juga: Dua\n\nEnam.'],
  invalid: [
    { name: 'right after the lead', code: '# J\n\nLondon (ANTARA) - Teras.\n\nBaca juga: Satu\n\nDua.\n\nTiga.', errors: [{ messageId: 'inLead', paragraph: 1, text: 'Baca juga: Satu' }] },
    { name: 'two in a row', code: '# J\n\nLondon (ANTARA) - Teras.\n\nDua.\n\nTiga.\n\nBaca juga: Satu\n\nBaca juga: Dua\n\nEmpat.', errors: [{ messageId: 'inARow', paragraph: 4, text: 'Baca juga: Dua' }] },
    { name: 'last body paragraph', code: '# J\n\nLondon (ANTARA) - Teras.\n\nDua.\n\nTiga.\n\nBaca juga: Satu\n\nPewarta: Y', errors: [{ messageId: 'last', paragraph: 3, text: 'Baca juga: Satu' }] },
    {
      name: 'more than the desk allows',
      code: '# J\n\nLondon (ANTARA) - Teras.\n\nDua.\n\nBaca juga: A\n\nTiga.\n\nBaca juga: B\n\nEmpat.',
      profile: { bacaJugaMax: 1 },
      errors: [{ messageId: 'tooMany', paragraph: 4, text: 'Baca juga: B', data: { count: 2, max: 1 } }],
    },
  ],
});
