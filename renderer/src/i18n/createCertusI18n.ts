import { createI18n } from 'vue-i18n'
import type { Messages } from './en.js'
import { messages, type Locale } from './locales.js'

declare module 'vue-i18n' {
  // Makes `t('…')` keys type-checked against the English catalogue.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends Messages {}
}

/** The app's vue-i18n instance (Composition API mode), starting in `locale`. */
export function createCertusI18n(locale: Locale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
  })
}
