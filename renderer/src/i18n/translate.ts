// The translate function over the two catalogues: `{name}` placeholders from the parameters, and
// `{n:one|many}` choosing a plural form (English needs it; Indonesian does not).
import { id, type MessageKey } from './id.ts';
import { en } from './en.ts';

export type Lang = 'id' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { id, en };

export function translator(lang: Lang): Translate {
  const cat = CATALOGUES[lang] ?? id;
  return (key, params) => {
    const template = cat[key] ?? id[key] ?? key;
    if (!params) return template;
    return template
      .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (_w, name: string, one: string, many: string) => (Number(params[name]) === 1 ? one : many))
      .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
