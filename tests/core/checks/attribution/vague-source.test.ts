import rule from '../../../../core/checks/attribution/vague-source.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('attribution/vague-source', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Aliansi tetap berkomitmen, menurut pernyataan resmi NATO.',
    '# J\n\nLondon (ANTARA) - Aliansi tetap berkomitmen, menurut pernyataan dari Kementerian Pertahanan.',
    { name: 'named official after the role', code: '# J\n\nJakarta (ANTARA) - Dana sudah cair, kata seorang pejabat, Budi Santoso.' },
    { name: 'information with its source', code: '# J\n\nJakarta (ANTARA) - Menurut keterangan resmi Kementerian Keuangan, dana sudah cair.' },
    { name: 'information gathered from the police', code: '# J\n\nJakarta (ANTARA) - Menurut informasi yang dihimpun dari kepolisian, korban dua orang.' },
    { name: 'a source of money is no person', code: '# J\n\nJakarta (ANTARA) - Pajak menjadi salah satu sumber pendapatan daerah.' },
    { name: 'a named source', code: '# J\n\nJakarta (ANTARA) - Seorang sumber, Budi Santoso, menyebutkan dana sudah cair.' },
    { name: 'inside a direct quote', code: '# J\n\nLondon (ANTARA) - "Kabarnya kami akan menang," kata Rutte.' },
  ],
  invalid: [
    { code: '# J\n\nLondon (ANTARA) - Aliansi tetap berkomitmen, menurut pernyataan resmi.', errors: [{ messageId: 'statement', paragraph: 0, text: 'menurut pernyataan resmi' }] },
    { name: 'anonymous', code: '# J\n\nJakarta (ANTARA) - Hal itu disampaikan sumber yang enggan disebut namanya.', errors: [{ messageId: 'anonymous', text: 'sumber yang enggan disebut namanya' }] },
    { name: 'hearsay and unnamed', code: '# J\n\nJakarta (ANTARA) - Kabarnya menteri akan mundur, menurut sumber internal.', errors: [{ messageId: 'hearsay', text: 'Kabarnya' }, { messageId: 'unnamed', text: 'menurut sumber internal' }] },
    { name: 'an official with no name', code: '# J\n\nJakarta (ANTARA) - Dana bantuan sempat tertahan di kas daerah, kata seorang pejabat.', errors: [{ messageId: 'unnamed', paragraph: 0, start: 63, text: 'kata seorang pejabat' }] },
    { name: 'official information with no one behind it', code: '# J\n\nJakarta (ANTARA) - Dana sudah cair.\n\nMenurut keterangan resmi, tidak ada penyimpangan.', errors: [{ messageId: 'information', paragraph: 1, start: 0, text: 'Menurut keterangan resmi' }] },
    { name: 'information gathered, from no one', code: '# J\n\nJakarta (ANTARA) - Dana sudah cair.\n\nMenurut informasi yang dihimpun, dana itu akan cair pekan depan.', errors: [{ messageId: 'information', paragraph: 1, start: 0, text: 'Menurut informasi yang dihimpun' }] },
    { name: 'a source counted as a person', code: '# J\n\nJakarta (ANTARA) - Dana sudah cair.\n\nSeorang sumber menyebutkan pejabat itu akan diperiksa.', errors: [{ messageId: 'unnamed', paragraph: 1, start: 0, text: 'Seorang sumber' }] },
    { name: 'one finding where two patterns meet', code: '# J\n\nJakarta (ANTARA) - Menteri akan mundur, menurut seorang sumber.', errors: [{ messageId: 'unnamed', paragraph: 0, start: 40, text: 'menurut seorang sumber' }] },
    { name: 'the qualifier is not dropped to dodge the check', code: '# J\n\nJakarta (ANTARA) - Menteri akan mundur, menurut pernyataan resmi yang dibacakan kemarin.', errors: [{ messageId: 'statement', paragraph: 0, start: 40, text: 'menurut pernyataan resmi' }] },
  ],
});
