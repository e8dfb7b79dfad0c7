import rule from '../../../../core/checks/structure/headline-missing.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/headline-missing', rule, {
  valid: ['# NATO bahas dukungan untuk Ukraina\n\nLondon (ANTARA) - Para menteri berkumpul di Brussel.'],
  invalid: [
    { code: 'London (ANTARA) - Para menteri berkumpul di Brussel.', errors: [{ messageId: 'missing', paragraph: -1, start: 0, end: 0 }] },
    { name: 'blank headline', code: '#  \n\nLondon (ANTARA) - Para menteri berkumpul.', errors: [{ messageId: 'missing', paragraph: -1, start: 0, end: 0 }] },
  ],
});
