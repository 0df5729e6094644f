import { createContext, useContext } from 'react';
import { translator, type Locale, type Translate } from '../../i18n/translate';

export interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'zh-CN', t: translator('zh-CN') });

export const I18nProvider = I18nContext.Provider;

export function useI18n(): I18n {
  return useContext(I18nContext);
}
