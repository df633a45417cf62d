import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { electronNativeDirName, nativeBindingPath } from '../../electron/main/launchOptions.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const script = join(root, 'scripts', 'buildElectronNative.mjs')
const require = createRequire(join(root, 'package.json'))
const nodeBuild = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node')
const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version

interface BuildScript {
  electronNativeDirName(version: string, platform: string, arch: string): string
  electronNativeDir(root: string, version: string, platform: string, arch: string): string
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('scripts/buildElectronNative.mjs', () => {
  it('writes where the main process looks (one path formula in two places)', async () => {
    // A variable specifier: the script is plain JavaScript for Node, outside the TypeScript projects.
    const { electronNativeDir, electronNativeDirName: scriptDirName } = (await import(pathToFileURL(script).href)) as BuildScript
    expect(scriptDirName('45.5.0', 'win32', 'arm64')).toBe(electronNativeDirName('45.5.0', 'win32', 'arm64'))
    const expected = nativeBindingPath({ isPackaged: false, resourcesPath: '', appPath: root, electronVersion, platform: process.platform, arch: process.arch })
    expect(join(electronNativeDir(root, electronVersion, process.platform, process.arch), 'better_sqlite3.node')).toBe(expected)
  })

  it('fails fast and cleanly without the network, leaving the Node build of better-sqlite3 byte for byte untouched', () => {
    expect(existsSync(nodeBuild), `${nodeBuild} is missing: npm rebuild better-sqlite3`).toBe(true)
    const before = sha256(nodeBuild)
    const target = join(root, 'build', 'electron-native', electronNativeDirName(electronVersion, process.platform, process.arch), 'better_sqlite3.node')
    const targetBefore = existsSync(target) ? sha256(target) : undefined
    const devDir = mkdtempSync(join(tmpdir(), 'certus-electron-gyp-'))
    try {
      // Both download sources point at a closed local port, so this fails at once even on a machine
      // with internet, and a fresh --devdir keeps cached Electron headers from starting a real compile.
      const run = spawnSync(
        process.execPath,
        [script, '--binary-host=http://127.0.0.1:9', '--dist-url=http://127.0.0.1:9', `--devdir=${devDir}`, '--timeout-ms=60000'],
        { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, npm_config_better_sqlite3_binary_host: 'http://127.0.0.1:9' } },
      )
      expect(run.status, run.stderr).toBe(1)
      expect(run.stderr).toContain('FAILED: could not get better-sqlite3 for Electron')
      expect(run.stderr).toContain('prebuilt binary (prebuild-install')
      expect(run.stderr).toContain(`untouched (sha256 ${before})`)
      expect(sha256(nodeBuild)).toBe(before)
      expect(existsSync(target) ? sha256(target) : undefined).toBe(targetBefore)
    } finally {
      rmSync(devDir, { recursive: true, force: true })
    }
  })

  it('refuses unknown arguments with exit code 2', () => {
    const run = spawnSync(process.execPath, [script, '--frobnicate'], { cwd: root, encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('usage: unknown argument --frobnicate')
  })
})
