import rule from '../../../../core/checks/structure/headline-starts-with-verb.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/headline-starts-with-verb', rule, {
  valid: [
    '# NATO bahas dukungan untuk Ukraina\n\nLondon (ANTARA) - Isi.',
    { name: 'informal title first is a noun', code: '# Menhan NATO bahas Ukraina\n\nLondon (ANTARA) - Isi.' },
    { name: 'colon headline', code: '# Menlu: Membahas Ukraina itu penting\n\nLondon (ANTARA) - Isi.' },
    { name: 'a subject before the bare verb', code: '# Pemerintah umumkan kenaikan harga BBM\n\nJakarta (ANTARA) - Isi.' },
    { name: 'a noun ending in -kan', code: '# Pendidikan gratis dimulai tahun depan\n\nJakarta (ANTARA) - Isi.' },
    { name: 'Pekan is a noun', code: '# Pekan depan harga BBM naik\n\nJakarta (ANTARA) - Isi.' },
    { name: 'Menteri is a noun', code: '# Menteri Pertahanan tiba di Brussel\n\nLondon (ANTARA) - Isi.' },
  ],
  invalid: [
    { code: '# Membahas dukungan untuk Ukraina di Brussel\n\nLondon (ANTARA) - Isi.', errors: [{ messageId: 'verbFirst', paragraph: -1, text: 'Membahas' }] },
    { name: 'passive', code: '# Dibahas, dukungan untuk Ukraina\n\nLondon (ANTARA) - Isi.', errors: [{ messageId: 'verbFirst', text: 'Dibahas' }] },
    { name: 'bare verb', code: '# Umumkan kenaikan harga BBM\n\nJakarta (ANTARA) - Isi.', errors: [{ messageId: 'verbFirst', paragraph: -1, start: 0, text: 'Umumkan', data: { word: 'Umumkan' } }] },
    { name: 'bare -kan verb then a comma', code: '# Tingkatkan anggaran, pemerintah siapkan Rp5 triliun\n\nJakarta (ANTARA) - Isi.', errors: [{ messageId: 'verbFirst', paragraph: -1, start: 0, text: 'Tingkatkan' }] },
    { name: 'bare verb without suffix', code: '# Bahas Ukraina, menhan NATO berkumpul di Brussel\n\nJakarta (ANTARA) - Isi.', errors: [{ messageId: 'verbFirst', paragraph: -1, start: 0, text: 'Bahas' }] },
    { name: 'a -kan verb not in the list', code: '# Sosialisasikan aturan baru kepada warga\n\nJakarta (ANTARA) - Isi.', errors: [{ messageId: 'verbFirst', paragraph: -1, start: 0, text: 'Sosialisasikan' }] },
  ],
});
