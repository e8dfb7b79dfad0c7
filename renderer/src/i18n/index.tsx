// The message catalogue: Bahasa Indonesia by default, English complete. Components ask `useT()` for
// a translate function; `{name}` placeholders are filled from the second argument.
import { createContext, useContext } from 'react';
import { id, type MessageKey } from './id.ts';
import { en } from './en.ts';

export type Lang = 'id' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { id, en };

export function translator(lang: Lang): Translate {
  const cat = CATALOGUES[lang] ?? id;
  return (key, params) => {
    const template = cat[key] ?? id[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

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
