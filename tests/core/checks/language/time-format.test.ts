import rule from '../../../../core/checks/language/time-format.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/time-format', rule, {
  valid: [
    '# J\n\nJakarta (ANTARA) - Rapat dimulai pukul 10.00 WIB.',
    { name: 'a score', code: '# J\n\nJakarta (ANTARA) - Indonesia menang 2:1 atas Vietnam.' },
    { name: 'a duration', code: '# J\n\nJakarta (ANTARA) - Rapat berlangsung 24 jam.' },
    { name: 'a duration after jam is no time', code: '# J\n\nJakarta (ANTARA) - Antrean mencapai jam 3 jam lebih.' },
    { name: 'a verse and a ratio a few words on', code: '# J\n\nJakarta (ANTARA) - Menurut Yohanes 20:19-23 dan Injil 3:16, rasio standar adalah 1:15.' },
    { name: 'a map scale', code: '# J\n\nJakarta (ANTARA) - Peta itu berskala 1:50 dan skala 1:25.' },
    { name: 'a score with two-digit minutes', code: '# J\n\nJakarta (ANTARA) - Tim itu kalah 10:12 dari lawannya.' },
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
    {
      name: 'jam and an hour without minutes',
      code: '# J\n\nJakarta (ANTARA) - Rapat dimulai jam 10 di Balai Kota.',
      errors: [{ messageId: 'jamHour', paragraph: 0, text: 'jam 10', data: { expected: 'pukul 10.00' }, suggestions: [{ messageId: 'useForm', output: '# J\n\nJakarta (ANTARA) - Rapat dimulai pukul 10.00 di Balai Kota.' }] }],
      output: null,
    },
    {
      name: 'a bare clock time with a colon',
      code: '# J\n\nJakarta (ANTARA) - Rapat dimulai 10:00 di Balai Kota.',
      errors: [{ messageId: 'bareColon', paragraph: 0, text: '10:00', data: { found: '10:00', expected: '10.00' }, suggestions: [{ messageId: 'useForm', output: '# J\n\nJakarta (ANTARA) - Rapat dimulai 10.00 di Balai Kota.' }] }],
      output: null,
    },
  ],
});
