// Whether the built app in out/ is older than its sources, so that `npm start` rebuilds only when needed.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What the build reads: a change to any of these makes out/ stale. */
export const buildInputs = ['core', 'renderer', 'electron', 'data', 'package.json', 'package-lock.json', 'electron.vite.config.ts']

/** @param {string} path @returns {number} newest modification time (ms) of a file or of any file below a folder */
function newestMtimeMs(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const name of readdirSync(path)) {
    if (name === 'node_modules') continue
    newest = Math.max(newest, newestMtimeMs(join(path, name)))
  }
  return newest
}

/**
 * @param {string} root package root
 * @returns {boolean} true when out/ is missing a built entry or any build input changed after it was built
 */
export function isBuildStale(root) {
  const outputs = ['out/renderer/index.html', 'out/main/index.js', 'out/main/coreHost.js', 'out/preload/index.cjs'].map((p) => join(root, p))
  if (!outputs.every((p) => existsSync(p))) return true
  const builtAt = Math.min(...outputs.map((p) => statSync(p).mtimeMs))
  return buildInputs.some((input) => newestMtimeMs(join(root, input)) > builtAt)
}
