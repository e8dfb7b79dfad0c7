import rule from '../../../../core/checks/attribution/later-mention.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('attribution/later-mention', rule, {
  valid: [
    '# J\n\nLondon (ANTARA) - Sekjen NATO Mark Rutte tiba.\n\n"Kami siap," kata Mark Rutte.\n\nRutte juga bertemu menteri.',
    { name: 'first name used consistently (Indonesian style)', code: '# J\n\nJakarta (ANTARA) - Menteri Sri Mulyani tiba.\n\n"Kami siap," kata Sri Mulyani.\n\nSri juga bertemu menteri.' },
  ],
  invalid: [
    {
      code: '# J\n\nLondon (ANTARA) - Sekjen NATO Mark Rutte tiba.\n\n"Kami siap," kata Mark Rutte.\n\nRutte juga bertemu menteri, lalu Mark pulang.',
      errors: [{ messageId: 'notSurname', paragraph: 2, text: 'Mark', data: { surname: 'Rutte', used: 'Mark' } }],
    },
  ],
});
