import rule from '../../../../core/checks/attribution/name-inconsistent.ts';
import { ruleTester } from '../make-article.ts';

const speller = { isKnown: (w: string) => ['barat', 'berat', 'namun', 'nanum', 'sementara'].includes(w) };
ruleTester.run('attribution/name-inconsistent', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov tiba.\n\n"Kami siap," kata Umerov.',
    { name: 'two dictionary words', code: '# J\n\nJakarta (ANTARA) - Hujan di Jawa Barat.\n\nBanjir di Jawa Berat.', env: { speller } },
    { name: 'two sentence openers alone are never compared', code: '# J\n\nJakarta (ANTARA) - Hujan turun.\n\nSulawi tiba.\n\nSulami pergi.' },
    { name: 'a word of the language opening a sentence is no name', code: '# J\n\nJakarta (ANTARA) - Menteri Budi Nanum tiba.\n\nNamun hujan turun.', env: { speller } },
    { name: 'two different short names', code: '# J\n\nJakarta (ANTARA) - Menteri Budi Santoso tiba bersama Direktur Iwan Sutanto.' },
    { name: 'same surname spelled the same when it opens a sentence', code: '# J\n\nKyiv (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov tiba.\n\nUmerov mengatakan Ukraina siap.' },
  ],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov tiba.\n\nIa bertemu Rutte.\n\n"Kami siap," kata Rustem Umarov.',
      errors: [{
        messageId: 'twoSpellings', paragraph: 2, text: 'Umarov', data: { found: 'Umarov', other: 'Umerov' },
        suggestions: [{ messageId: 'useOther', output: '# J\n\nLondon (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov tiba.\n\nIa bertemu Rutte.\n\n"Kami siap," kata Rustem Umerov.' }],
      }],
    },
    {
      name: 'the variant opens a sentence (the issue\'s example)',
      code: '# J\n\nKyiv (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov bertemu para menteri NATO.\n\nUmarov mengatakan Ukraina membutuhkan lebih banyak sistem pertahanan udara.\n\n"Kami butuh bantuan segera," kata Umerov.',
      errors: [{
        messageId: 'twoSpellings', paragraph: 1, start: 0, text: 'Umarov', data: { found: 'Umarov', other: 'Umerov' },
        suggestions: [{ messageId: 'useOther', output: '# J\n\nKyiv (ANTARA) - Menteri Pertahanan Ukraina Rustem Umerov bertemu para menteri NATO.\n\nUmerov mengatakan Ukraina membutuhkan lebih banyak sistem pertahanan udara.\n\n"Kami butuh bantuan segera," kata Umerov.' }],
      }],
    },
    {
      name: 'a vowel changed and a letter added in a long name',
      code: '# J\n\nJakarta (ANTARA) - Sekjen Kementerian Pendidikan Budi Hartono menjelaskan rencana itu.\n\n"Kami awasi," ujar Hartono.\n\nBudi Hartanto juga menyebut 20 provinsi siap.',
      errors: [{
        messageId: 'twoSpellings', paragraph: 2, start: 5, text: 'Hartanto', data: { found: 'Hartanto', other: 'Hartono' },
        suggestions: [{ messageId: 'useOther', output: '# J\n\nJakarta (ANTARA) - Sekjen Kementerian Pendidikan Budi Hartono menjelaskan rencana itu.\n\n"Kami awasi," ujar Hartono.\n\nBudi Hartono juga menyebut 20 provinsi siap.' }],
      }],
    },
    {
      name: 'a letter dropped',
      code: '# J\n\nJakarta (ANTARA) - Gubernur Jawa Tengah Ahmad Luthfi meninjau lokasi.\n\n"Kami bantu," kata Ahmad Lutfi.\n\nLuthfi menambahkan bantuan tiba besok.',
      errors: [{
        messageId: 'twoSpellings', paragraph: 1, text: 'Lutfi', data: { found: 'Lutfi', other: 'Luthfi' },
        suggestions: [{ messageId: 'useOther', output: '# J\n\nJakarta (ANTARA) - Gubernur Jawa Tengah Ahmad Luthfi meninjau lokasi.\n\n"Kami bantu," kata Ahmad Luthfi.\n\nLuthfi menambahkan bantuan tiba besok.' }],
      }],
    },
  ],
});
