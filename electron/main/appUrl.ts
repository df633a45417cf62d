/**
 * The window's own origin and the allow-list check every security decision uses (navigation, web
 * requests, IPC senders). Electron-free so that it is unit-tested in plain Node.
 */

/** Privileged custom scheme serving out/renderer (see appProtocol.ts): a real origin, unlike file://. */
export const appScheme = 'app'
export const appHost = 'certus'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

/**
 * Origins the window may load from and talk to: `app://certus`, plus the Vite dev server's origin
 * (e.g. `http://localhost:5173`) when running unpackaged under `electron-vite dev`.
 */
export interface AppOrigins {
  origins: readonly string[]
}

export const packagedOrigins: AppOrigins = { origins: [appOrigin] }

/** The allowed origins; the dev server counts only when given (never in a packaged app). */
export function appOrigins(devServerUrl?: string): AppOrigins {
  if (devServerUrl === undefined || devServerUrl === '') return packagedOrigins
  const origin = originOf(devServerUrl)
  if (origin === undefined) throw new Error(`ELECTRON_RENDERER_URL is not a URL: ${JSON.stringify(devServerUrl)}`)
  return { origins: [appOrigin, origin] }
}

/**
 * `scheme://host[:port]` of a URL, or undefined when it has none (data:, about:, malformed) or carries
 * credentials. Written out because WHATWG `URL.origin` is "null" for custom schemes such as app:.
 */
export function originOf(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return undefined
  return `${parsed.protocol}//${parsed.host}`
}

/** True when `url` belongs to the app itself: same scheme, host and port as an allowed origin. */
export function isAppUrl(url: string | undefined | null, allowed: AppOrigins = packagedOrigins): boolean {
  if (typeof url !== 'string') return false
  const origin = originOf(url)
  return origin !== undefined && allowed.origins.includes(origin)
}

/** The WebSocket origin of an http(s) dev server (Vite's hot reload), or undefined. */
export function webSocketOriginOf(origin: string): string | undefined {
  if (origin.startsWith('http://')) return `ws://${origin.slice('http://'.length)}`
  if (origin.startsWith('https://')) return `wss://${origin.slice('https://'.length)}`
  return undefined
}

/**
 * Whether the window's session may fetch `url`: the app's own origins, the dev server's hot-reload
 * socket, in-memory `data:`/`blob:` URLs and the built-in DevTools. Everything else, any remote host
 * and any file:// path included, is cancelled: the app never makes a request outside.
 */
export function isAllowedRequestUrl(url: string, allowed: AppOrigins = packagedOrigins): boolean {
  if (isAppUrl(url, allowed)) return true
  if (/^(data|blob):/i.test(url)) return true
  if (/^devtools:\/\//i.test(url)) return true
  const origin = originOf(url)
  return origin !== undefined && allowed.origins.some((o) => webSocketOriginOf(o) === origin)
}
