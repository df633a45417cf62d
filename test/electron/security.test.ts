import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../core/api/contentSecurityPolicy.js'
import { appOrigins, packagedOrigins } from '../../electron/main/appUrl.js'
import { desktopContentSecurityPolicy, secureWebPreferences, withContentSecurityPolicy } from '../../electron/main/security.js'

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== undefined && parts[0] !== '')
      .map(([name, ...values]) => [name as string, values]),
  )

describe('window webPreferences', () => {
  const prefs = secureWebPreferences({ preloadPath: '/app/out/preload/index.cjs', devTools: false })

  it('isolates the context, sandboxes the renderer and gives it no Node', () => {
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
  })

  it('keeps web security on and allows no webview, insecure content or experimental features', () => {
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs.navigateOnDragDrop).toBe(false)
  })

  it('loads the bundled CommonJS preload and has DevTools only when asked', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
    expect(prefs.devTools).toBe(false)
    expect(secureWebPreferences({ preloadPath: 'p', devTools: true }).devTools).toBe(true)
  })
})

describe('Content-Security-Policy of the window', () => {
  const policy = desktopContentSecurityPolicy(packagedOrigins)
  const parsed = directives(policy)

  it("is web mode's policy when packaged", () => {
    expect(policy).toBe(contentSecurityPolicy)
  })

  it("has default-src 'self' and names no remote origin", () => {
    expect(parsed.get('default-src')).toEqual(["'self'"])
    expect(policy).not.toMatch(/https?:|wss?:|\*/)
  })

  it('allows what maplibre, deck.gl and TF.js wasm need, and no more', () => {
    expect(parsed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(parsed.get('script-src')).not.toContain("'unsafe-eval'")
    expect(parsed.get('script-src')).not.toContain("'unsafe-inline'")
    expect(parsed.get('worker-src')).toEqual(["'self'", 'blob:'])
    expect(parsed.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(parsed.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(parsed.get('connect-src')).toEqual(["'self'"])
    expect(parsed.get('object-src')).toEqual(["'none'"])
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"])
  })

  it("admits only the dev server's hot-reload socket when running under electron-vite dev", () => {
    const dev = directives(desktopContentSecurityPolicy(appOrigins('http://localhost:5173/')))
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173'])
    expect(dev.get('default-src')).toEqual(["'self'"])
  })

  it('replaces a CSP header of any case in a response', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, policy)
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [policy] })
  })
})
