import { join } from 'node:path'

/** `--project FILE` or `--project=FILE` from the command line (the last one wins), else undefined. */
export function projectArg(argv: readonly string[]): string | undefined {
  let found: string | undefined
  argv.forEach((arg, i) => {
    if (arg.startsWith('--project=')) found = arg.slice('--project='.length) || found
    else if (arg === '--project' && argv[i + 1] !== undefined && !argv[i + 1]?.startsWith('--')) found = argv[i + 1]
  })
  return found
}

/** The demo project the app opens when none is named: `<userData>/demo.certus`, written on first start. */
export function demoProjectPath(userDataDir: string): string {
  return join(userDataDir, 'demo.certus')
}

/**
 * Directory name of a better-sqlite3 build for one Electron: `<electronVersion>-<platform>-<arch>`.
 * The same formula as `electronNativeDirName` in scripts/buildElectronNative.mjs, which writes these
 * builds (a plain-Node script cannot import TypeScript; test/electron/nativeBuild.test.ts holds the two together).
 */
export function electronNativeDirName(electronVersion: string, platform: string, arch: string): string {
  return `${electronVersion}-${platform}-${arch}`
}

export interface NativeBindingLocation {
  isPackaged: boolean
  /** `process.resourcesPath` of the packaged app. */
  resourcesPath: string
  /** `app.getAppPath()`: the repository root when unpackaged. */
  appPath: string
  electronVersion: string
  platform: string
  arch: string
}

/**
 * The better-sqlite3 addon built for Electron's ABI, kept apart from the Node build in node_modules
 * that tests and the CLI use (stack-notes §1.6): packaged, `resources/native/better_sqlite3.node`
 * (electron-builder.yml extraResources); unpackaged, what scripts/buildElectronNative.mjs wrote
 * under build/electron-native/.
 */
export function nativeBindingPath(location: NativeBindingLocation): string {
  if (location.isPackaged) return join(location.resourcesPath, 'native', 'better_sqlite3.node')
  const dir = electronNativeDirName(location.electronVersion, location.platform, location.arch)
  return join(location.appPath, 'build', 'electron-native', dir, 'better_sqlite3.node')
}
