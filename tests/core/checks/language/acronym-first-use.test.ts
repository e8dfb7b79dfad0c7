import rule from '../../../../core/checks/language/acronym-first-use.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/acronym-first-use', rule, {
  valid: [
    { name: 'news agencies are names, not acronyms', code: '# J\n\nJakarta (ANTARA) - Harga naik, kata pejabat kepada ANTARA dan AFP di Jakarta.' },
    '# J\n\nLondon (ANTARA) - Pakta Pertahanan Atlantik Utara (NATO) dan Organisasi Kerja Sama Islam (OKI) bertemu. OKI setuju.',
    { name: 'known acronyms', code: '# J\n\nJakarta (ANTARA) - DPR dan KPK bertemu di RI.' },
    { name: 'spelled out, then capitalized before a name', code: '# J\n\nJakarta (ANTARA) - Menteri Luar Negeri tiba.\n\nMenlu Sugiono lalu berbicara.' },
    { name: 'a desk acronym', code: '# J\n\nJakarta (ANTARA) - Warga mendatangi BPOM.', options: { known: ['BPOM'] } },
  ],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Di luar topik itu, para menhan NATO juga membahas keamanan.',
      errors: [{ messageId: 'informal', paragraph: 0, text: 'menhan', data: { word: 'menhan', full: 'menteri pertahanan' }, suggestions: [{ messageId: 'expand', output: '# J\n\nLondon (ANTARA) - Di luar topik itu, para menteri pertahanan NATO juga membahas keamanan.' }] }],
    },
    { name: 'an acronym never spelled out', code: '# J\n\nJakarta (ANTARA) - Warga mendatangi BPOM. BPOM menolak.', errors: [{ messageId: 'undefinedAcronym', text: 'BPOM', data: { word: 'BPOM' } }] },
  ],
});

ruleTester.run('language/acronym-first-use (words that name Object members)', rule, {
  valid: ['# J\n\nJakarta (ANTARA) - The constructor of toString and valueOf was hasOwnProperty.'],
  invalid: [{ code: '# J\n\nJakarta (ANTARA) - constructor menhan', errors: [{ messageId: 'informal', text: 'menhan', suggestions: [{ messageId: 'expand', output: '# J\n\nJakarta (ANTARA) - constructor menteri pertahanan' }] }] }],
});
