import type { Session, WebContents, WebPreferences } from 'electron'
import { contentSecurityPolicy } from '../../core/api/contentSecurityPolicy.js'
import { isAllowedRequestUrl, isAppUrl, webSocketOriginOf, type AppOrigins } from './appUrl.js'

/**
 * Security settings of the desktop window (architecture.md "Security (Electron)"). Everything here
 * takes its Electron objects as arguments and imports only Electron's types, so it is unit-tested in Node.
 */

/**
 * The Content-Security-Policy of the window: the one policy of the UI, shared with web mode
 * (core/api/contentSecurityPolicy.ts), which today reads
 *
 *   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:;
 *   style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;
 *   connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'
 *
 * 'self' is `app://certus`. No remote origin appears anywhere. Inline styles are for maplibre,
 * 'wasm-unsafe-eval' for the TF.js wasm backend, blob: workers and images for maplibre and deck.gl.
 * Under `electron-vite dev` (unpackaged only) connect-src also admits the dev server's hot-reload socket.
 * It is sent as a response header by the app:// handler (appProtocol.ts) and added by
 * onHeadersReceived to the dev server's responses: no `<meta>` in renderer/index.html is needed.
 */
export function desktopContentSecurityPolicy(allowed: AppOrigins): string {
  const sockets = allowed.origins.map(webSocketOriginOf).filter((o): o is string => o !== undefined)
  if (sockets.length === 0) return contentSecurityPolicy
  return contentSecurityPolicy.replace("connect-src 'self'", `connect-src 'self' ${sockets.join(' ')}`)
}

export interface WebPreferencesOptions {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string
  /** DevTools only while developing; the packaged app has none. */
  devTools: boolean
}

/** Secure defaults for the window: isolated, sandboxed, no Node, no webview, no insecure content. */
export function secureWebPreferences(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  }
}

/** Replaces any Content-Security-Policy header (whatever its case) by `policy`. */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  policy: string,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value
  }
  out['Content-Security-Policy'] = [policy]
  return out
}

/**
 * Locks down a session: every permission refused, every request outside the app cancelled, the
 * CSP put on the app's responses, downloads refused.
 */
export function hardenSession(session: Session, allowed: AppOrigins, policy: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const allow = isAllowedRequestUrl(details.url, allowed)
    if (!allow) console.warn(`[certus] blocked a request outside the app: ${details.url}`)
    callback({ cancel: !allow })
  })
  session.webRequest.onHeadersReceived({ urls: ['<all_urls>'] }, (details, callback) => {
    callback(isAppUrl(details.url, allowed) ? { responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) } : {})
  })
  session.on('will-download', (event) => event.preventDefault())
}

/** Denies navigation away from the app, new windows and webviews for one webContents (all of them: see index.ts). */
export function hardenWebContents(contents: WebContents, allowed: AppOrigins): void {
  const denyForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, allowed)) {
      event.preventDefault()
      console.warn(`[certus] blocked navigation to ${url}`)
    }
  }
  contents.on('will-navigate', (event) => denyForeign(event, event.url))
  contents.on('will-frame-navigate', (event) => denyForeign(event, event.url))
  contents.on('will-redirect', (event) => denyForeign(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
