import { describe, expect, it } from 'vitest'
import { resolveStaticPath } from './staticFiles.js'

describe('static file paths', () => {
  const root = '/srv/app'
  it('map / to index.html and plain paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe('/srv/app/index.html')
    expect(resolveStaticPath(root, '/assets/index-abc.js?v=1')).toBe('/srv/app/assets/index-abc.js')
  })
  it.each(['/../etc/passwd', '/%2e%2e/etc/passwd', '/assets/../../etc/passwd', '/a%00b', '/..%5c..%5cwindows', '/%E0%A4%A'])(
    'refuse %s',
    (path) => {
      expect(resolveStaticPath(root, path)).toBeUndefined()
    },
  )
})
