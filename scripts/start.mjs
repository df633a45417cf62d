#!/usr/bin/env node
// `npm start`: the desktop app when Electron's runtime is present, otherwise the same UI in web mode
// on 127.0.0.1, saying why. Either way it opens the bundled demo project.
import { spawnSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronNativeDir } from './buildElectronNative.mjs'
import { isBuildStale } from './buildFreshness.mjs'
import { findElectronRuntime } from './electronRuntime.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

function build() {
  if (process.env.CERTUS_SKIP_BUILD === '1' && existsSync(join(root, 'out', 'renderer', 'index.html'))) return
  // Rebuilding takes seconds: only when a source changed since the last build.
  if (!isBuildStale(root)) return
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    console.error('Certus: the build failed (see above); nothing was started.')
    process.exit(result.status ?? 1)
  }
}

/** @returns {string | undefined} why the desktop app cannot start, or undefined when it can */
function desktopBlocker(runtime) {
  if (process.env.CERTUS_WEB === '1') return 'CERTUS_WEB=1 asks for web mode'
  if (!runtime.ok) return runtime.reason
  // The desktop app loads better-sqlite3 built for Electron's ABI, kept apart from the Node build (README).
  const nativeBuild = join(electronNativeDir(root, runtime.version, process.platform, process.arch), 'better_sqlite3.node')
  if (existsSync(nativeBuild)) return undefined
  const native = spawnSync(process.execPath, [join(root, 'scripts', 'buildElectronNative.mjs')], { cwd: root, stdio: 'inherit' })
  if (native.status !== 0) return `better-sqlite3 could not be built for Electron ${runtime.version} (see above)`
  return undefined
}

build()
const runtime = findElectronRuntime(root, process.env)
const blocker = desktopBlocker(runtime)
if (blocker === undefined && runtime.ok) {
  const child = spawn(runtime.binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(`Certus: no desktop window because ${blocker}; serving the same UI in web mode instead.`)
  const { register } = await import('tsx/esm/api')
  register()
  const { runCli } = await import('../core/cli/main.ts')
  const { processCliContext } = await import('../core/cli/processContext.ts')
  process.exitCode = await runCli(['serve', ...process.argv.slice(2)], processCliContext())
}
