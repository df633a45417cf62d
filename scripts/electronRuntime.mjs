// Finds Electron's runtime without `require('electron')`, which would try to download it.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @param {string} root package root
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, binary: string, version: string } | { ok: false, reason: string }}
 */
export function findElectronRuntime(root, env) {
  const packageDir = join(root, 'node_modules', 'electron')
  if (!existsSync(join(packageDir, 'package.json'))) return { ok: false, reason: 'the electron package is not installed' }
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) {
    return { ok: false, reason: `the Electron ${version} runtime was not downloaded (no network at install time; run \`npx install-electron --no\` with internet to get it)` }
  }
  const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist'), readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) return { ok: false, reason: `the Electron runtime is missing at ${binary}` }
  return { ok: true, binary, version }
}
