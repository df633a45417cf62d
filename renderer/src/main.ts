import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { certusClientKey } from './api/certusClient.js'
import { connect, localPathResolver } from './api/connect.js'
import { localPathKey } from './api/localPath.js'
import { createCertusI18n } from './i18n/createCertusI18n.js'
import { initialLocale, localeStorageKey } from './i18n/locales.js'
import { applyDocumentLocale } from './i18n/useLocale.js'
import './styles/theme.css'
import './styles/pages.css'

const storedLocale = (() => {
  try {
    return localStorage.getItem(localeStorageKey)
  } catch {
    return null
  }
})()
const locale = initialLocale(storedLocale, navigator.languages)
applyDocumentLocale(locale)

createApp(App)
  .provide(certusClientKey, connect())
  .provide(localPathKey, localPathResolver())
  .use(createPinia())
  .use(createCertusI18n(locale))
  .mount('#app')
