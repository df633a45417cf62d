import { readFile, stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { mimeTypeOf } from '../api/mimeTypes.js'

/**
 * Resolves a URL path inside `root`, or undefined when it would leave it (`..`, encoded or not,
 * absolute paths, NUL bytes). `/` maps to index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '')
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const base = resolve(root)
  const full = resolve(base, relative)
  return full === base || full.startsWith(base + sep) ? full : undefined
}

/** Reads a static file; undefined when missing or not a file. */
export async function readStaticFile(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | undefined> {
  const path = resolveStaticPath(root, urlPath)
  if (path === undefined) return undefined
  try {
    if (!(await stat(path)).isFile()) return undefined
    return { body: await readFile(path), type: mimeTypeOf(path) }
  } catch {
    return undefined
  }
}
