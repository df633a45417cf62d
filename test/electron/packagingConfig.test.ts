import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
const require = createRequire(join(root, 'package.json'))
const installedElectron = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version

/** Top-level `key: value` of the YAML, comments dropped. Enough for the flat settings checked here. */
const topLevel = (key: string): string | undefined => new RegExp(`^${key}:\\s*(\\S.*?)\\s*(#.*)?$`, 'm').exec(config)?.[1]

describe('electron-builder.yml', () => {
  it('never rebuilds node_modules for Electron (that deletes the Node build of better-sqlite3)', () => {
    expect(topLevel('npmRebuild')).toBe('false')
    expect(topLevel('nodeGypRebuild')).toBe('false')
    expect(topLevel('buildDependenciesFromSource')).toBe('false')
  })

  it('ships the Electron build of better-sqlite3 for the pinned Electron as resources/native/better_sqlite3.node', () => {
    expect(packageJson.devDependencies.electron).toBe(installedElectron)
    expect(config).toContain(`- from: build/electron-native/${installedElectron}-\${platform}-\${arch}/better_sqlite3.node`)
    expect(config).toMatch(/^\s+to: native\/better_sqlite3\.node$/m)
    expect(config).toMatch(/^asarUnpack:\n\s+- "\*\*\/\*\.node"$/m)
  })

  it('has the product identity and ships only the build output', () => {
    expect(topLevel('appId')).toBe('io.certus.desktop')
    expect(topLevel('productName')).toBe('Certus')
    expect(config).toMatch(/^files:\n\s+- out\/\*\*\n\s+- package\.json$/m)
    expect(config).toContain('"!**/node_modules/tsx/**"')
    expect(config).toContain('"!**/node_modules/esbuild/**"')
  })

  it('targets AppImage and deb, NSIS and DMG, into dist/', () => {
    expect(config).toMatch(/^directories:\n\s+output: dist$/m)
    expect(config).toMatch(/^linux:\n\s+target:\n\s+- AppImage\n\s+- deb$/m)
    expect(config).toMatch(/^win:\n\s+target:\n\s+- nsis$/m)
    expect(config).toMatch(/^mac:\n\s+target:\n\s+- dmg$/m)
  })
})
