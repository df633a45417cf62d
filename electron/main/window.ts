import { BrowserWindow } from 'electron'
import { secureWebPreferences } from './security.js'

export interface MainWindowOptions {
  preloadPath: string
  /** `app://certus/index.html`, or the Vite dev server's URL when unpackaged. */
  entryUrl: string
  devTools: boolean
}

/** The one Certus window, shown once its first frame is ready so that it never flashes white. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Certus',
    backgroundColor: '#1b1f24',
    webPreferences: secureWebPreferences({ preloadPath: options.preloadPath, devTools: options.devTools }),
  })
  window.once('ready-to-show', () => window.show())
  window.loadURL(options.entryUrl).catch((error: unknown) => {
    console.error(`[certus] cannot load ${options.entryUrl}: ${(error as Error).message}`)
    window.show()
  })
  return window
}
