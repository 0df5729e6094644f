/** The one i18n layer: every user-facing string goes through `translate`. */
import { EN, ZH, type MessageKey } from './catalog';

export type { MessageKey };
export type Locale = 'zh-CN' | 'en-US';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': ZH, 'en-US': EN };

export function translator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, params) =>
    dictionary[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? `{{${name}}}`));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ZH, key);
}
