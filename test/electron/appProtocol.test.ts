import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveAppAssetPath } from '../../electron/main/appAssetPath.js'
import { appSchemePrivileges, parseByteRange, serveAppAsset } from '../../electron/main/appProtocol.js'
import { mimeTypeOf } from '../../core/api/mimeTypes.js'

const root = mkdtempSync(join(tmpdir(), 'certus-app-protocol-'))
const rendererDir = join(root, 'renderer')
const policy = "default-src 'self'"

beforeAll(() => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Certus</title>')
  writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)')
  writeFileSync(join(rendererDir, 'assets', 'maplibre-gl-worker.mjs'), 'self.onmessage = () => {}')
  writeFileSync(join(rendererDir, 'assets', 'tfjs-backend-wasm-simd.wasm'), new Uint8Array([0, 97, 115, 109]))
  writeFileSync(join(rendererDir, 'assets', 'world.pmtiles'), new Uint8Array(Array.from({ length: 100 }, (_, i) => i)))
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer')
})

const get = (url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Response> =>
  serveAppAsset({ url, method, headers: new Headers(headers) }, { rootDir: rendererDir, policy })

describe('resolveAppAssetPath', () => {
  it('maps app://certus/ paths into the renderer directory, / to index.html', () => {
    expect(resolveAppAssetPath(rendererDir, 'app://certus/')).toBe(join(rendererDir, 'index.html'))
    expect(resolveAppAssetPath(rendererDir, 'app://certus')).toBe(join(rendererDir, 'index.html'))
    expect(resolveAppAssetPath(rendererDir, 'app://certus/assets/index.js?v=1#x')).toBe(join(rendererDir, 'assets', 'index.js'))
    expect(resolveAppAssetPath(rendererDir, 'app://certus/assets/a%20b.js')).toBe(join(rendererDir, 'assets', 'a b.js'))
  })

  it('refuses path traversal, plain or percent-encoded', () => {
    for (const url of [
      'app://certus/../../etc/passwd',
      'app://certus/assets/../../secret.txt',
      'app://certus/%2e%2e/%2e%2e/etc/passwd',
      'app://certus/%2E%2E/secret.txt',
      'app://certus/.%2e/secret.txt',
      'app://certus/assets/..%2f..%2fsecret.txt',
      'app://certus/..%5csecret.txt',
      'app://certus/%2e%2e%2fsecret.txt',
      'app://certus/assets/./index.js',
      'app://certus/C:%5cWindows%5cwin.ini',
      'app://certus/%00index.html',
      'app://certus/%E0%A4%A',
    ]) {
      expect(resolveAppAssetPath(rendererDir, url), url).toBeUndefined()
    }
  })

  it('refuses other schemes and hosts', () => {
    for (const url of ['file:///etc/passwd', 'app://other/index.html', 'app://certus.evil/index.html', 'app://x@certus/index.html', 'https://certus/index.html']) {
      expect(resolveAppAssetPath(rendererDir, url), url).toBeUndefined()
    }
  })
})

describe('serveAppAsset (the app:// protocol handler)', () => {
  it('serves index.html with its MIME type, the CSP and nosniff', async () => {
    const response = await get('app://certus/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(policy)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Certus</title>')
  })

  it('serves module workers as JavaScript and wasm as application/wasm', async () => {
    expect((await get('app://certus/assets/maplibre-gl-worker.mjs')).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const wasm = await get('app://certus/assets/tfjs-backend-wasm-simd.wasm')
    expect(wasm.headers.get('content-type')).toBe('application/wasm')
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]))
  })

  it('answers 404 for traversal, missing files and directories, and never serves a file outside', async () => {
    for (const url of ['app://certus/../secret.txt', 'app://certus/%2e%2e/secret.txt', 'app://certus/missing.js', 'app://certus/assets']) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text()).not.toContain('outside the renderer')
    }
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://certus/', {}, 'POST')).status).toBe(405)
    const head = await get('app://certus/assets/index.js', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe('14')
    expect(await head.text()).toBe('')
  })

  it('answers byte ranges (PMTiles) with 206 and unsatisfiable ones with 416', async () => {
    const part = await get('app://certus/assets/world.pmtiles', { range: 'bytes=10-19' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe('bytes 10-19/100')
    expect(part.headers.get('content-type')).toBe('application/vnd.pmtiles')
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
    const bad = await get('app://certus/assets/world.pmtiles', { range: 'bytes=200-300' })
    expect(bad.status).toBe(416)
    expect(bad.headers.get('content-range')).toBe('bytes */100')
  })

  it('is registered as a standard, secure, fetchable scheme', () => {
    expect(appSchemePrivileges).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    })
    expect(appSchemePrivileges.privileges?.bypassCSP).toBeUndefined()
  })
})

describe('parseByteRange', () => {
  it('reads the bytes= forms of RFC 9110', () => {
    expect(parseByteRange(null, 100)).toBeUndefined()
    expect(parseByteRange('bytes=0-0', 100)).toEqual({ start: 0, end: 0 })
    expect(parseByteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 })
    expect(parseByteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 })
    expect(parseByteRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 })
    expect(parseByteRange('bytes=100-', 100)).toBe('unsatisfiable')
    expect(parseByteRange('bytes=5-1', 100)).toBe('unsatisfiable')
    expect(parseByteRange('bytes=0-1,5-6', 100)).toBeUndefined()
    expect(parseByteRange('items=0-1', 100)).toBeUndefined()
  })
})

describe('mimeTypeOf', () => {
  it('knows what a Vite build emits and treats the rest as opaque bytes', () => {
    expect(mimeTypeOf('a/index.HTML')).toBe('text/html; charset=utf-8')
    expect(mimeTypeOf('x.css')).toBe('text/css; charset=utf-8')
    expect(mimeTypeOf('x.woff2')).toBe('font/woff2')
    expect(mimeTypeOf('x.svg')).toBe('image/svg+xml')
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream')
    expect(mimeTypeOf('Makefile')).toBe('application/octet-stream')
  })
})
