import rule from '../../../../core/checks/attribution/vague-source.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('attribution/vague-source', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Aliansi tetap berkomitmen, menurut pernyataan resmi NATO.',
    '# J\n\nLondon (ANTARA) - Aliansi tetap berkomitmen, menurut pernyataan dari Kementerian Pertahanan.',
    { name: 'inside a direct quote', code: '# J\n\nLondon (ANTARA) - "Kabarnya kami akan menang," kata Rutte.' },
  ],
  invalid: [
    { code: '# J\n\nLondon (ANTARA) - Aliansi tetap berkomitmen, menurut pernyataan resmi.', errors: [{ messageId: 'statement', paragraph: 0, text: 'menurut pernyataan resmi' }] },
    { name: 'anonymous', code: '# J\n\nJakarta (ANTARA) - Hal itu disampaikan sumber yang enggan disebut namanya.', errors: [{ messageId: 'anonymous', text: 'sumber yang enggan disebut namanya' }] },
    { name: 'hearsay and unnamed', code: '# J\n\nJakarta (ANTARA) - Kabarnya menteri akan mundur, menurut sumber internal.', errors: [{ messageId: 'hearsay', text: 'Kabarnya' }, { messageId: 'unnamed', text: 'menurut sumber internal' }] },
  ],
});
