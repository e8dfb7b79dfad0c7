// Desk profiles for the cleaning tests (the three desk forms of datelines and both quote styles).
import type { DeskProfile } from '../../../core/model/profile.ts';

const BASE: DeskProfile = {
  id: 'antara', name: 'ANTARA', agency: 'ANTARA', datelineTemplate: '{place} ({agency}) - ',
  rupiahSpace: false, leadWordLimit: 35, leadSentenceLimit: 2, paragraphWordLimit: 60, quoteStyle: 'straight',
  bacaJugaAfter: 2, bacaJugaEvery: 3, bacaJugaMax: 3, bacaJugaWindowMonths: 6, suspectInitials: true,
  substitutions: {}, dictionary: [], rules: {},
};

export const ANTARA: DeskProfile = BASE;
export const ANTARA_CURLY: DeskProfile = { ...BASE, id: 'antara-curly', quoteStyle: 'curly' };
export const KOMPAS: DeskProfile = { ...BASE, id: 'kompas', name: 'Kompas.com', agency: 'KOMPAS.com', datelineTemplate: '{PLACE}, {agency} - ', rupiahSpace: true };
export const DETIK: DeskProfile = { ...BASE, id: 'detik', name: 'detikcom', agency: null, datelineTemplate: '{place} - ', rupiahSpace: true };
