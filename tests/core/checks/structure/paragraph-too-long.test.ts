import rule from '../../../../core/checks/structure/paragraph-too-long.ts';
import { ruleTester } from '../make-article.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
ruleTester.run('structure/paragraph-too-long', rule, {
  valid: [`# J\n\nLondon (ANTARA) - Teras.\n\n${words(70)}.`, { name: 'the lead is the lead rule\'s', code: `# J\n\nLondon (ANTARA) - ${words(90)}.` }],
  invalid: [
    { code: `# J\n\nLondon (ANTARA) - Teras.\n\n${words(71)}.`, errors: [{ messageId: 'tooLong', paragraph: 1, start: 0, end: 487, data: { count: 71, limit: 70 } }] },
  ],
});
