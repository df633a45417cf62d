import { isAbsolute, relative, resolve, sep } from 'node:path'
import { appHost, appScheme } from './appUrl.js'

// `..` or `.` as a path segment, written plainly or percent-encoded, between separators that may be encoded too.
const dotSegment = /(^|\/|\\|%2f|%5c)(\.|%2e){1,2}(?=$|\/|\\|%2f|%5c|\?|#)/i

/**
 * The file under `rootDir` that an `app://certus/…` URL names, or undefined when the URL is refused:
 * another scheme or host, a `.`/`..` segment (plain or %2e-encoded, even where the URL parser would
 * have collapsed it), an encoded separator, a NUL byte, a drive letter, or a path that resolves
 * outside `rootDir`. `app://certus/` is index.html. Query and fragment are ignored.
 */
export function resolveAppAssetPath(rootDir: string, url: string): string | undefined {
  const prefix = `${appScheme}://${appHost}`
  if (!url.toLowerCase().startsWith(`${prefix}/`) && url.toLowerCase() !== prefix) return undefined
  const rawPath = url.slice(prefix.length).split(/[?#]/)[0] ?? ''
  if (dotSegment.test(rawPath)) return undefined

  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost || parsed.username !== '' || parsed.password !== '') return undefined

  const segments: string[] = []
  for (const encoded of parsed.pathname.split('/')) {
    if (encoded === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(encoded)
    } catch {
      return undefined
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment) || /^[a-z]:/i.test(segment)) return undefined
    segments.push(segment)
  }
  if (segments.length === 0) segments.push('index.html')

  const root = resolve(rootDir)
  const full = resolve(root, ...segments)
  const inside = relative(root, full)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return undefined
  return full
}
