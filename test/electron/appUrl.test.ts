import { describe, expect, it } from 'vitest'
import { appEntryUrl, appOrigins, isAllowedRequestUrl, isAppUrl, originOf, packagedOrigins } from '../../electron/main/appUrl.js'

describe('isAppUrl', () => {
  it('accepts the app:// origin and its paths', () => {
    expect(appEntryUrl).toBe('app://certus/index.html')
    expect(isAppUrl('app://certus/index.html')).toBe(true)
    expect(isAppUrl('app://certus/assets/index.js?x=1#map')).toBe(true)
  })

  it('refuses foreign, look-alike and local-file URLs', () => {
    for (const url of [
      'https://evil.example/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'file:///work/main/out/renderer/index.html',
      'app://certus.evil.example/',
      'app://evil@certus/',
      'app://other/index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false)
    }
    expect(isAppUrl(undefined)).toBe(false)
    expect(isAppUrl(null)).toBe(false)
  })

  it('accepts the Vite dev server only when it is given', () => {
    const dev = appOrigins('http://localhost:5173')
    expect(isAppUrl('http://localhost:5173/src/main.ts', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', packagedOrigins)).toBe(false)
    expect(appOrigins(undefined)).toBe(packagedOrigins)
    expect(() => appOrigins('::nonsense')).toThrow(/ELECTRON_RENDERER_URL/)
  })

  it('computes origins for custom schemes, where URL.origin is "null"', () => {
    expect(originOf('app://certus/x')).toBe('app://certus')
    expect(originOf('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080')
    expect(originOf('data:,x')).toBeUndefined()
  })
})

describe('isAllowedRequestUrl', () => {
  it('lets the app fetch its own files, data: and blob: URLs and the DevTools', () => {
    expect(isAllowedRequestUrl('app://certus/assets/maplibre-gl-worker.mjs')).toBe(true)
    expect(isAllowedRequestUrl('blob:app://certus/0a1b')).toBe(true)
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true)
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true)
  })

  it('cancels every request outside the app', () => {
    for (const url of [
      'https://tiles.example.com/0/0/0.pbf',
      'http://127.0.0.1:5180/api/call/app.info',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'ftp://example.com/',
      'chrome-extension://abc/',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false)
    }
  })

  it("allows the dev server's page and hot-reload socket only under electron-vite dev", () => {
    const dev = appOrigins('http://localhost:5173')
    expect(isAllowedRequestUrl('http://localhost:5173/@vite/client', dev)).toBe(true)
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequestUrl('ws://localhost:9999/', dev)).toBe(false)
  })
})
