import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { bridgeCallChannel, bridgeEventChannel } from '../../core/api/bridgeTransport.js'

/** Runs after `npm run build` (npm run test:e2e builds first): checks the artefacts Electron loads. */
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'out')
const read = (path: string): string => readFileSync(join(out, path), 'utf8')
const hasBuild = existsSync(out)

/** Module specifiers imported (ESM) or required (CJS) by a bundle. */
const specifiers = (code: string): string[] => [
  ...[...code.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1] as string),
  ...[...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string),
  ...[...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string),
]

describe.skipIf(!hasBuild)('electron-vite build output (skipped: no out/, run `npm run build`)', () => {
  it('has the main process, the core host, the preload and the renderer where main expects them', () => {
    for (const file of ['main/index.js', 'main/coreHost.js', 'preload/index.cjs', 'renderer/index.html']) {
      expect(existsSync(join(out, file)), `out/${file}`).toBe(true)
    }
  })

  it('has a preload that requires nothing but "electron" (a sandboxed preload can load nothing else)', () => {
    const preload = read('preload/index.cjs')
    expect(specifiers(preload)).toEqual(['electron'])
    expect(preload).not.toMatch(/\bimport\s/)
    expect(preload).toContain('exposeInMainWorld("certus"')
    expect(preload).toContain(`"${bridgeCallChannel}"`)
    expect(preload).toContain(`"${bridgeEventChannel}"`)
    // The bridge only: no zod or other library bundled in.
    expect(preload.length).toBeLessThan(4000)
  })

  it('has a main process and core host that import only Node, Electron, better-sqlite3, pdfkit and their own chunks', () => {
    const chunks = existsSync(join(out, 'main', 'chunks')) ? readdirSync(join(out, 'main', 'chunks')).map((f) => `chunks/${f}`) : []
    for (const file of ['index.js', 'coreHost.js', ...chunks]) {
      for (const specifier of specifiers(read(join('main', file)))) {
        expect(specifier, `out/main/${file} imports ${specifier}`).toMatch(/^(node:|electron$|better-sqlite3$|pdfkit$|\.\.?\/)/)
      }
    }
  })

  it('keeps the database out of the main process', () => {
    expect(specifiers(read('main/index.js'))).not.toContain('better-sqlite3')
    expect(specifiers(read('main/coreHost.js'))).toContain('better-sqlite3')
    expect(specifiers(read('main/coreHost.js'))).not.toContain('electron')
  })
})
