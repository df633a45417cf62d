import type { Page } from 'playwright-core'
import { repoRoot } from '../cli/cliProcess.js'
import { findElectronRuntime } from '../../scripts/electronRuntime.mjs'
import { openAppPage, type AppPage } from './appPage.js'
import { startWebModeApp, type WebModeApp } from './webModeServer.js'

/** The app in web mode on the demo project and one Chromium page on it. */
export interface WebModeSession {
  app: WebModeApp
  browserApp: AppPage
  page: Page
  /** Closes the browser and stops the app (safe to call after a failed start). */
  close(): Promise<void>
}

/**
 * Starts the app as `npm start` does (asking for web mode where Electron is installed; here it is
 * absent and start.mjs must notice) and opens `hash` (e.g. `#/experience`) in Debian Chromium.
 */
export async function openWebModeSession(hash: string): Promise<WebModeSession> {
  const electron = findElectronRuntime(repoRoot, process.env)
  const app = await startWebModeApp(electron.ok ? { CERTUS_WEB: '1' } : {})
  let browserApp: AppPage | undefined
  try {
    browserApp = await openAppPage(app.url)
    await browserApp.page.goto(`${app.url}${hash}`)
  } catch (error) {
    await browserApp?.browser.close()
    await app.stop()
    throw error
  }
  const opened = browserApp
  return {
    app,
    browserApp: opened,
    page: opened.page,
    async close() {
      await opened.browser.close()
      await app.stop()
    },
  }
}
