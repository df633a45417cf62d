/**
 * Command-line arguments of the core host (electron/host/index.ts), written by the main process and
 * read by the host. `--name=value` so that paths with spaces survive as one argument.
 */
export interface HostArgs {
  /** Application version reported by `app.info` (the utility process has no `app.getVersion()`). */
  version: string
  /** Project to open at start. */
  projectPath?: string
  /** Write the demo project at `projectPath` when no file is there (the default demo project only). */
  demoIfMissing?: boolean
  /** better-sqlite3 addon built for Electron's ABI. */
  nativeBinding?: string
}

export function formatHostArgs(args: HostArgs): string[] {
  const out = [`--app-version=${args.version}`]
  if (args.projectPath !== undefined) out.push(`--project=${args.projectPath}`)
  if (args.demoIfMissing === true) out.push('--demo-if-missing')
  if (args.nativeBinding !== undefined) out.push(`--native-binding=${args.nativeBinding}`)
  return out
}

/** Reads {@link HostArgs} from anywhere in `argv` (Electron puts its own entries in front). */
export function parseHostArgs(argv: readonly string[]): HostArgs {
  const value = (name: string): string | undefined => {
    const prefix = `--${name}=`
    const found = argv.findLast((arg) => arg.startsWith(prefix))
    const text = found?.slice(prefix.length)
    return text === undefined || text === '' ? undefined : text
  }
  const args: HostArgs = { version: value('app-version') ?? '0.0.0' }
  const projectPath = value('project')
  const nativeBinding = value('native-binding')
  if (projectPath !== undefined) args.projectPath = projectPath
  if (nativeBinding !== undefined) args.nativeBinding = nativeBinding
  if (argv.includes('--demo-if-missing')) args.demoIfMissing = true
  return args
}
