import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBuildStale } from '../../scripts/buildFreshness.mjs'

const touch = (path: string, time: Date): void => {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, '')
  utimesSync(path, time, time)
}

describe('npm start rebuilds only when needed', () => {
  const built = new Date('2026-11-30T10:00:00Z')
  const make = (): string => {
    const root = mkdtempSync(join(tmpdir(), 'certus-fresh-'))
    for (const out of ['out/renderer/index.html', 'out/main/index.js', 'out/main/coreHost.js', 'out/preload/index.cjs']) touch(join(root, out), built)
    touch(join(root, 'core/api/methods.ts'), new Date('2026-11-30T09:00:00Z'))
    touch(join(root, 'package.json'), new Date('2026-11-30T09:00:00Z'))
    return root
  }

  it('keeps a build newer than every source', () => {
    expect(isBuildStale(make())).toBe(false)
  })

  it('rebuilds after a source file changed', () => {
    const root = make()
    touch(join(root, 'renderer/src/views/MapView.vue'), new Date('2026-11-30T11:00:00Z'))
    expect(isBuildStale(root)).toBe(true)
  })

  it('builds when an output is missing', () => {
    const root = make()
    touch(join(root, 'core/x.ts'), new Date('2026-11-30T08:00:00Z'))
    expect(isBuildStale(join(root, 'nowhere'))).toBe(true)
  })
})
