import { en, type Messages } from './en.js'
import { zhCN } from './zhCN.js'

/** The UI languages, as BCP 47 tags; the first is the fallback. */
export const locales = ['en', 'zh-CN'] as const
export type Locale = (typeof locales)[number]

export const messages: Record<Locale, Messages> = { en, 'zh-CN': zhCN }

/** Each language named in itself, for the switch. */
export const localeNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' }

export const localeStorageKey = 'certus.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/**
 * The language to start in: the one the user chose last (kept in storage), else the first of the
 * system's preferred languages that we have (any Chinese → zh-CN), else English.
 */
export function initialLocale(stored: string | null, preferred: readonly string[]): Locale {
  if (isLocale(stored)) return stored
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh-CN'
    if (tag.toLowerCase().startsWith('en')) return 'en'
  }
  return 'en'
}
