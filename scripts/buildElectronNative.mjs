#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into build/electron-native/<electron>-<platform>-<arch>/,
 * WITHOUT touching node_modules/better-sqlite3/build: that is the Node build that the tests and the CLI
 * load, and rebuilding it in place for Electron (electron-rebuild, install-app-deps, npm rebuild)
 * is what destroys it (stack-notes §1.6).
 *
 * How: copy the package's sources to a temporary directory; there, try a prebuilt binary
 * (prebuild-install --runtime electron), else compile (node-gyp rebuild against Electron's headers);
 * copy build/Release/better_sqlite3.node out. Both ways need the network once. The Electron main
 * process looks for the result at the path electron/main/launchOptions.ts computes, and
 * electron-builder.yml packages it as resources/native/better_sqlite3.node.
 *
 * Usage: node scripts/buildElectronNative.mjs [--electron-version=45.5.0] [--arch=x64] [--platform=linux]
 *          [--dist-url=https://electronjs.org/headers] [--binary-host=<prebuilt mirror>] [--devdir=~/.electron-gyp]
 *          [--timeout-ms=900000]
 * Environment: CERTUS_ELECTRON_HEADERS_URL (default of --dist-url), and prebuild-install's own
 * npm_config_better_sqlite3_binary_host. Exit 0 when built, 1 when it could not be built, 2 on bad
 * usage, 3 if the Node build in node_modules changed (which must never happen).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * Directory name of one Electron build: `<electronVersion>-<platform>-<arch>`. The same formula as
 * electronNativeDirName in electron/main/launchOptions.ts (test/electron/nativeBuild.test.ts holds them together).
 * @param {string} electronVersion
 * @param {string} platform
 * @param {string} arch
 */
export function electronNativeDirName(electronVersion, platform, arch) {
  return `${electronVersion}-${platform}-${arch}`
}

/**
 * Where the Electron build of better-sqlite3 goes under the repository root.
 * @param {string} root
 * @param {string} electronVersion
 * @param {string} platform
 * @param {string} arch
 */
export function electronNativeDir(root, electronVersion, platform, arch) {
  return join(root, 'build', 'electron-native', electronNativeDirName(electronVersion, platform, arch))
}

/** The parts of the better-sqlite3 package a build needs (its `files`, minus docs). */
const packageParts = ['package.json', 'binding.gyp', 'src', 'deps', 'lib']

/** @param {string} path */
function sha256Of(path) {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : undefined
}

/**
 * @param {string[]} argv
 * @returns {Record<string, string>}
 */
function parseFlags(argv) {
  /** @type {Record<string, string>} */
  const flags = {}
  for (const arg of argv) {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg)
    if (match === null || match[1] === undefined || match[2] === undefined) throw new UsageError(`unknown argument ${arg}`)
    flags[match[1]] = match[2]
  }
  return flags
}

class UsageError extends Error {}

/**
 * Runs `node <script> args` in `cwd`; resolves with the exit code and the tail of its output.
 * @param {string} script
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number }} options
 * @returns {Promise<{ code: number, tail: string }>}
 */
function runNode(script, args, options) {
  return new Promise((resolvePromise) => {
    // Its own process group (POSIX) so that a timeout also ends the make and compiler processes it started.
    const ownGroup = process.platform !== 'win32'
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: ownGroup,
    })
    let output = ''
    /** @param {Buffer} chunk */
    const keep = (chunk) => {
      process.stderr.write(chunk)
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => {
      output += `\n(timed out after ${options.timeoutMs} ms)`
      try {
        if (ownGroup && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
        else child.kill('SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, options.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolvePromise({ code: 1, tail: error.message })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      // The last lines that say something: node-gyp's stack frames ("gyp ERR! stack at …") do not.
      const lines = output.trim().split('\n').filter((line) => !/ERR! stack\s+at /.test(line))
      resolvePromise({ code: code ?? 1, tail: lines.slice(-8).join('\n') })
    })
  })
}

/**
 * The environment minus the npm settings that would redirect a build: under `npm run`, npm exports
 * e.g. npm_config_nodedir=/usr, and node-gyp would then compile against Node's own headers,
 * a Node-ABI addon in an Electron directory. Proxy and CA settings are kept.
 * @param {NodeJS.ProcessEnv} env
 */
function withoutInheritedBuildSettings(env) {
  const redirecting = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|platform|target_platform|build_from_source|devdir|node_gyp|download|libc)$/i
  return Object.fromEntries(Object.entries(env).filter(([name]) => !redirecting.test(name)))
}

/**
 * The headers directory node-gyp compiled against, from the config.gypi it wrote.
 * @param {string} workDir
 */
function nodeGypHeadersDir(workDir) {
  const configPath = join(workDir, 'build', 'config.gypi')
  if (!existsSync(configPath)) return undefined
  return /"nodedir":\s*"([^"]*)"/.exec(readFileSync(configPath, 'utf8'))?.[1]
}

/**
 * node-gyp: the repository's copy, else the one bundled with npm.
 * @param {NodeJS.Require} require
 */
function findNodeGyp(require) {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js')
  } catch {
    const bundled = resolve(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
    return existsSync(bundled) ? bundled : undefined
  }
}

/**
 * @typedef {object} Settings
 * @property {string} root repository root
 * @property {NodeJS.Require} require resolves from the repository root
 * @property {string} electronVersion
 * @property {string} platform
 * @property {string} arch
 * @property {string} distUrl Electron headers for node-gyp
 * @property {string} devDir where node-gyp keeps those headers
 * @property {number} timeoutMs per attempt (the download is capped at 2 minutes)
 * @property {string | undefined} binaryHost prebuilt-binary mirror for prebuild-install
 */

/**
 * @param {string[]} argv
 * @returns {Settings}
 */
function readSettings(argv) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const require = createRequire(join(root, 'package.json'))
  const flags = parseFlags(argv)
  const electronVersion = flags['electron-version'] ?? JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  const timeoutMs = Number(flags['timeout-ms'] ?? 900_000)
  if (!/^\d+\.\d+\.\d+/.test(electronVersion)) throw new UsageError(`--electron-version must be x.y.z, got ${electronVersion}`)
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new UsageError('--timeout-ms must be a positive number')
  return {
    root,
    require,
    electronVersion,
    platform: flags.platform ?? process.platform,
    arch: flags.arch ?? process.arch,
    distUrl: flags['dist-url'] ?? process.env.CERTUS_ELECTRON_HEADERS_URL ?? 'https://electronjs.org/headers',
    // Electron's headers live apart from Node's: ~/.electron-gyp, as @electron/rebuild keeps them.
    devDir: flags.devdir ?? join(homedir(), '.electron-gyp'),
    timeoutMs,
    binaryHost: flags['binary-host'],
  }
}

/**
 * First way: a prebuilt binary from better-sqlite3's GitHub releases (or a mirror). Resolves with a failure text, or undefined.
 * @param {Settings} settings
 * @param {string} work copy of the package
 * @param {string} packageDir
 * @param {NodeJS.ProcessEnv} env
 */
async function tryPrebuilt(settings, work, packageDir, env) {
  const prebuild = createRequire(join(packageDir, 'package.json')).resolve('prebuild-install/bin.js')
  const { electronVersion, arch, platform } = settings
  const run = await runNode(
    prebuild,
    ['--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`, '--verbose'],
    { cwd: work, env, timeoutMs: Math.min(settings.timeoutMs, 120_000) },
  )
  return run.code === 0 ? undefined : `prebuilt binary (prebuild-install, exit ${run.code}):\n${run.tail}`
}

/**
 * Second way: compile against Electron's headers. Resolves with a failure text, or undefined.
 * @param {Settings} settings
 * @param {string} work copy of the package
 * @param {NodeJS.ProcessEnv} env
 */
async function tryCompile(settings, work, env) {
  const { electronVersion, arch, platform, distUrl } = settings
  const nodeGyp = findNodeGyp(settings.require)
  if (platform !== process.platform) return `source build: node-gyp cannot cross-compile for ${platform} on ${process.platform}`
  if (nodeGyp === undefined) return 'source build: node-gyp not found (neither in node_modules nor bundled with npm)'
  const run = await runNode(
    nodeGyp,
    ['rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${distUrl}`, `--devdir=${settings.devDir}`],
    { cwd: work, env, timeoutMs: settings.timeoutMs },
  )
  if (run.code !== 0) return `source build (node-gyp against ${distUrl}, exit ${run.code}):\n${run.tail}`
  const headersDir = nodeGypHeadersDir(work)
  if (headersDir !== undefined && !headersDir.includes(electronVersion)) {
    return `source build: node-gyp compiled against ${headersDir}, not Electron ${electronVersion}'s headers`
  }
  return undefined
}

/**
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
export async function buildElectronNative(argv) {
  const settings = readSettings(argv)
  const { electronVersion, platform, arch } = settings
  const packageDir = dirname(settings.require.resolve('better-sqlite3/package.json'))
  const nodeBuild = join(packageDir, 'build', 'Release', 'better_sqlite3.node')
  const nodeBuildBefore = sha256Of(nodeBuild)
  const targetDir = electronNativeDir(settings.root, electronVersion, platform, arch)
  const label = `better-sqlite3 for Electron ${electronVersion} (${platform}-${arch})`
  console.error(`[buildElectronNative] building ${label} into ${targetDir}`)

  const work = mkdtempSync(join(tmpdir(), 'certus-electron-native-'))
  /** @type {string[]} */
  const failures = []
  let source = ''
  try {
    for (const part of packageParts) cpSync(join(packageDir, part), join(work, part), { recursive: true })
    const env = withoutInheritedBuildSettings(process.env)
    if (settings.binaryHost !== undefined) env.npm_config_better_sqlite3_binary_host = settings.binaryHost
    for (const [name, attempt] of /** @type {const} */ ([
      ['prebuild-install', () => tryPrebuilt(settings, work, packageDir, env)],
      ['node-gyp', () => tryCompile(settings, work, env)],
    ])) {
      const failure = await attempt()
      if (failure === undefined) {
        source = name
        break
      }
      failures.push(failure)
    }
    const built = join(work, 'build', 'Release', 'better_sqlite3.node')
    if (source !== '' && !existsSync(built)) {
      failures.push(`${source} reported success but wrote no build/Release/better_sqlite3.node`)
      source = ''
    }
    if (source !== '') {
      mkdirSync(targetDir, { recursive: true })
      copyFileSync(built, join(targetDir, 'better_sqlite3.node'))
      const info = { electronVersion, platform, arch, source, sha256: sha256Of(built), builtAt: new Date().toISOString() }
      writeFileSync(join(targetDir, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`)
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }

  if (sha256Of(nodeBuild) !== nodeBuildBefore) {
    console.error(`[buildElectronNative] BUG: ${nodeBuild} changed. Restore it with: npm rebuild better-sqlite3`)
    return 3
  }
  if (source === '') {
    console.error(`\n[buildElectronNative] FAILED: could not get ${label}.`)
    for (const failure of failures) console.error(`\n- ${failure}`)
    console.error(
      '\nBoth ways need the network once (GitHub release assets, or Electron headers from --dist-url).' +
        `\nThe Node build in node_modules is untouched (sha256 ${nodeBuildBefore ?? 'absent'}).`,
    )
    return 1
  }
  console.error(`[buildElectronNative] OK (${source}): ${join(targetDir, 'better_sqlite3.node')}`)
  return 0
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href
if (invokedDirectly) {
  buildElectronNative(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`[buildElectronNative] ${error instanceof UsageError ? 'usage: ' : ''}${error instanceof Error ? error.message : String(error)}`)
      process.exit(error instanceof UsageError ? 2 : 1)
    },
  )
}
