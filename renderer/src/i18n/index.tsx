// The message catalogue for components: Bahasa Indonesia by default, English complete. Components
// ask `useT()` for the translate function of the current language.
import { createContext, useContext } from 'react';
import type { MessageKey } from './id.ts';
import { translator, type Lang, type Translate } from './translate.ts';

export { CATALOGUES, translator } from './translate.ts';
export type { Lang, MessageKey, Translate };

interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'id', t: translator('id') });

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLang(): Lang {
  return useContext(I18nContext).lang;
}
