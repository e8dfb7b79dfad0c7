import rule from '../../../../core/checks/language/non-standard-word.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('language/non-standard-word', rule, {
  valid: [
    '# J\n\nJakarta (ANTARA) - Pemerintah mengimbau warga mewaspadai risiko dalam praktik.',
    { name: 'in a quote', code: '# J\n\nJakarta (ANTARA) - "Resikonya besar," kata Budi.' },
    { name: 'a desk without the swap', code: '# J\n\nJakarta (ANTARA) - Praktek itu lama.', profile: { substitutions: {} } },
  ],
  invalid: [
    {
      code: '# J\n\nJakarta (ANTARA) - Pemerintah menghimbau warga mewaspadai resiko dalam praktek.',
      errors: [
        { messageId: 'replace', text: 'menghimbau', data: { expected: 'mengimbau', found: 'menghimbau' } },
        { messageId: 'replace', text: 'resiko' },
        { messageId: 'replace', text: 'praktek' },
      ],
      output: '# J\n\nJakarta (ANTARA) - Pemerintah mengimbau warga mewaspadai risiko dalam praktik.',
    },
    {
      name: 'case kept, reduplication, desk word',
      code: '# J\n\nJakarta (ANTARA) - Praktek-praktek lama. Gawai baru.',
      profile: { substitutions: { praktek: 'praktik', gawai: 'gawai', baru: 'anyar' } },
      errors: [{ messageId: 'replace', text: 'Praktek' }, { messageId: 'replace', text: 'praktek' }, { messageId: 'replace', text: 'baru' }],
      output: '# J\n\nJakarta (ANTARA) - Praktik-praktik lama. Gawai anyar.',
    },
  ],
});
