import { computed, type WritableComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { isLocale, localeStorageKey, type Locale } from './locales.js'

/** Sets `<html lang>` so that the browser picks CJK glyphs and hyphenation for the language shown. */
export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale
}

/** The UI language as a writable ref: writing it switches every text at once and remembers the choice. */
export function useLocale(): WritableComputedRef<Locale> {
  const { locale } = useI18n({ useScope: 'global' })
  return computed<Locale>({
    get: () => (isLocale(locale.value) ? locale.value : 'en'),
    set: (next) => {
      locale.value = next
      applyDocumentLocale(next)
      try {
        localStorage.setItem(localeStorageKey, next)
      } catch {
        // Storage can be unavailable (private mode, quota); the switch still works for this session.
      }
    },
  })
}
