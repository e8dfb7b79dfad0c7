import rule from '../../../../core/checks/structure/headline-opinion.ts';
import { ruleTester } from '../make-article.ts';

ruleTester.run('structure/headline-opinion', rule, {
  valid: [
    '# MENLU: Ukraina harus segera masuk NATO\n\nLondon (ANTARA) - Isi.',
    '# Rutte minta sekutu perlu tingkatkan bantuan\n\nLondon (ANTARA) - Isi.',
    '# NATO bahas dukungan untuk Ukraina\n\nLondon (ANTARA) - Isi.',
  ],
  invalid: [
    { code: '# Ukraina harus segera masuk NATO\n\nLondon (ANTARA) - Isi.', errors: [{ messageId: 'unattributed', paragraph: -1, text: 'harus', data: { word: 'harus' } }] },
    { code: '# Jangan tunda bantuan untuk Ukraina\n\nLondon (ANTARA) - Isi.', errors: [{ messageId: 'unattributed', text: 'Jangan' }] },
  ],
});
