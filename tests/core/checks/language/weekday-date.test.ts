import rule from '../../../../core/checks/language/weekday-date.ts';
import { ruleTester } from '../make-article.ts';

const now = new Date('2026-11-26T08:00:00Z');
ruleTester.run('language/weekday-date', rule, {
  valid: [
    { code: '# J\n\nJakarta (ANTARA) - Rapat digelar pada Rabu (25/11).', env: { now } },
    { name: 'no year to go by', code: '# J\n\nJakarta (ANTARA) - Rapat digelar pada Kamis (25/11).' },
    { name: 'a written date', code: '# J\n\nJakarta (ANTARA) - Rapat digelar Rabu, 25 November 2026.' },
  ],
  invalid: [
    {
      code: '# J\n\nJakarta (ANTARA) - Rapat digelar pada Kamis (25/11).',
      env: { now },
      errors: [{
        messageId: 'mismatch', paragraph: 0, text: 'Kamis', data: { date: '25 November 2026', actual: 'Rabu', written: 'Kamis' },
        suggestions: [{ messageId: 'useDay', output: '# J\n\nJakarta (ANTARA) - Rapat digelar pada Rabu (25/11).' }],
      }],
    },
    { name: 'written date with its year', code: '# J\n\nJakarta (ANTARA) - Rapat digelar Senin, 25 November 2026.', errors: [{ messageId: 'mismatch', text: 'Senin', suggestions: [{ messageId: 'useDay', output: '# J\n\nJakarta (ANTARA) - Rapat digelar Rabu, 25 November 2026.' }] }] },
    { name: 'year across new year', code: '# J\n\nJakarta (ANTARA) - Banjir terjadi Senin (30/12).', env: { now: new Date('2027-01-02T00:00:00Z') }, errors: [{ messageId: 'mismatch', text: 'Senin', data: { date: '30 Desember 2026', actual: 'Rabu', written: 'Senin' }, suggestions: [{ messageId: 'useDay', output: '# J\n\nJakarta (ANTARA) - Banjir terjadi Rabu (30/12).' }] }] },
  ],
});
