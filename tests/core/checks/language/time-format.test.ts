import rule from '../../../../core/checks/language/time-format.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/time-format', rule, {
  valid: [
    '# J\n\nJakarta (ANTARA) - Rapat dimulai pukul 10.00 WIB.',
    { name: 'a score', code: '# J\n\nJakarta (ANTARA) - Indonesia menang 2:1 atas Vietnam.' },
    { name: 'a duration', code: '# J\n\nJakarta (ANTARA) - Rapat berlangsung 24 jam.' },
  ],
  invalid: [
    {
      code: '# J\n\nJakarta (ANTARA) - Rapat dimulai pukul 10:00 WIB.',
      errors: [{ messageId: 'colon', paragraph: 0, text: 'pukul 10:00 WIB', data: { expected: 'pukul 10.00 WIB' } }],
      output: '# J\n\nJakarta (ANTARA) - Rapat dimulai pukul 10.00 WIB.',
    },
    {
      name: 'jam and a lowercase zone',
      code: '# J\n\nJakarta (ANTARA) - Rapat dimulai jam 10.00 wib.',
      errors: [{ messageId: 'jam', text: 'jam 10.00 wib', data: { expected: 'pukul 10.00 WIB' } }],
      output: '# J\n\nJakarta (ANTARA) - Rapat dimulai pukul 10.00 WIB.',
    },
    {
      name: 'zone only',
      code: '# J\n\nJakarta (ANTARA) - Gempa terjadi 14:30 WITA.',
      errors: [{ messageId: 'colon', text: '14:30 WITA', data: { expected: '14.30 WITA' } }],
      output: '# J\n\nJakarta (ANTARA) - Gempa terjadi 14.30 WITA.',
    },
  ],
});
