import { open, stat } from 'node:fs/promises'
import type { CustomScheme } from 'electron'
import { resolveAppAssetPath } from './appAssetPath.js'
import { appScheme } from './appUrl.js'
import { mimeTypeOf } from '../../core/api/mimeTypes.js'

/**
 * `app://certus/…` serves out/renderer. A privileged standard scheme gives the page a real origin
 * ('self' in the CSP, module workers and fetch work), which file:// does not (stack-notes §2 "file://").
 * Register with `protocol.registerSchemesAsPrivileged([appSchemePrivileges])` before the app is ready.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
}

/** A satisfiable single byte range, inclusive ends, as RFC 9110 §14.1.2 defines for `bytes=`. */
export interface ByteRange {
  start: number
  end: number
}

/**
 * Parses a `Range` header against a file of `size` bytes: undefined when absent or not one plain
 * `bytes=` range (the whole file is sent), 'unsatisfiable' for a range that misses the file (416).
 * PMTiles basemaps are read this way.
 */
export function parseByteRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | undefined {
  if (header === null) return undefined
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (match === null) return undefined
  const [, first = '', last = ''] = match
  if (first === '' && last === '') return undefined
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  if (start >= size || end < start) return 'unsatisfiable'
  return { start, end }
}

export interface AppAssetRequest {
  url: string
  method: string
  headers: Headers
}

export interface ServeAppAssetOptions {
  /** Absolute path of out/renderer. */
  rootDir: string
  /** Content-Security-Policy sent with every response (documents and worker scripts take theirs from it). */
  policy: string
}

const plain = (status: number, text: string, policy: string): Response =>
  new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': policy, 'x-content-type-options': 'nosniff' },
  })

/** Reads `length` bytes at `position` of a file. */
async function readSlice(path: string, position: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
  const handle = await open(path, 'r')
  try {
    const bytes = new Uint8Array(length)
    let done = 0
    while (done < length) {
      const { bytesRead } = await handle.read(bytes, done, length - done, position + done)
      if (bytesRead === 0) break
      done += bytesRead
    }
    return done === length ? bytes : bytes.slice(0, done)
  } finally {
    await handle.close()
  }
}

/**
 * The `protocol.handle('app', …)` handler: GET/HEAD of a file under `rootDir` with its MIME type,
 * the CSP, nosniff, and single byte ranges. Anything refused by {@link resolveAppAssetPath} or missing is 404.
 */
export async function serveAppAsset(request: AppAssetRequest, options: ServeAppAssetOptions): Promise<Response> {
  const { policy } = options
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed', policy)
  const path = resolveAppAssetPath(options.rootDir, request.url)
  if (path === undefined) return plain(404, 'not found', policy)
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) return plain(404, 'not found', policy)
    size = info.size
  } catch {
    return plain(404, 'not found', policy)
  }

  const headers: Record<string, string> = {
    'content-type': mimeTypeOf(path),
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'accept-ranges': 'bytes',
    'cache-control': 'no-cache',
  }
  const range = parseByteRange(request.headers.get('range'), size)
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } })
  }
  const start = range?.start ?? 0
  const length = range === undefined ? size : range.end - range.start + 1
  headers['content-length'] = String(length)
  if (range !== undefined) headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`
  const body = request.method === 'HEAD' ? null : await readSlice(path, start, length)
  return new Response(body, { status: range === undefined ? 200 : 206, headers })
}
