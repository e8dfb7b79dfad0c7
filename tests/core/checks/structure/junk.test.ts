import rule from '../../../../core/checks/structure/junk.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/junk', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Para menteri berkumpul.\n\nDukungan NATO menjadi pusat diskusi.\n\nBaca juga: NATO peringatkan musim dingin\n\nPewarta: Y',
    { name: 'a heading-like line inside the body is prose', code: '# J\n\nLondon (ANTARA) - Teras.\n\nSubjudul di tengah\n\nParagraf lanjut.' },
  ],
  invalid: [
    {
      name: 'ad marker, fixable',
      code: '# J\n\nLondon (ANTARA) - Teras.\n\nSCROLL TO CONTINUE WITH CONTENT\n\nParagraf lanjut.',
      errors: [{ messageId: 'marker', paragraph: 1, text: 'SCROLL TO CONTINUE WITH CONTENT' }],
      output: '# J\n\nLondon (ANTARA) - Teras.\n\nParagraf lanjut.',
    },
    {
      name: 'scraped headline after the tail',
      code: '# J\n\nLondon (ANTARA) - Teras.\n\nSumber: Anadolu\n\nBaca juga: NATO peringatkan musim dingin\n\nDidukung Ceko, Presiden Ukraina minta kejelasan',
      errors: [{ messageId: 'scraped', paragraph: 3, text: 'Didukung Ceko, Presiden Ukraina minta kejelasan', suggestions: [{ messageId: 'remove', output: '# J\n\nLondon (ANTARA) - Teras.\n\nSumber: Anadolu\n\nBaca juga: NATO peringatkan musim dingin' }] }],
      output: null,
    },
    {
      name: 'parser marked junk',
      code: '# J\n\nLondon (ANTARA) - Teras.\n\n!! Berita terkait lainnya',
      errors: [{ messageId: 'scraped', paragraph: 1, text: 'Berita terkait lainnya', suggestions: [{ messageId: 'remove', output: '# J\n\nLondon (ANTARA) - Teras.' }] }],
    },
    {
      name: 'Simak juga Video',
      code: '# J\n\nJakarta - Teras.\n\nSimak juga Video: Banjir di Jakarta\n\nParagraf.',
      errors: [{ messageId: 'marker', paragraph: 1, text: 'Simak juga Video: Banjir di Jakarta' }],
      output: '# J\n\nJakarta - Teras.\n\nParagraf.',
    },
  ],
});

ruleTester.run('structure/junk (archive titles)', rule, {
  valid: [{ code: '# J\n\nLondon (ANTARA) - Teras.\n\nNATO peringatkan musim dingin terberat\n\nParagraf.', env: { archiveTitles: ['Judul lain sama sekali'] } }],
  invalid: [{
    code: '# J\n\nLondon (ANTARA) - Teras.\n\nNATO peringatkan musim dingin terberat\n\nParagraf.',
    env: { archiveTitles: ['NATO  peringatkan musim dingin terberat'] },
    errors: [{ messageId: 'scraped', paragraph: 1, text: 'NATO peringatkan musim dingin terberat', suggestions: [{ output: '# J\n\nLondon (ANTARA) - Teras.\n\nParagraf.' }] }],
  }],
});
