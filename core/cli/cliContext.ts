/** What a CLI command may touch: its output streams, the environment and the clock, all injected for tests. */
export interface CliContext {
  out: (text: string) => void
  err: (text: string) => void
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  version: string
  now: () => Date
  /** Root of the installed package (for the built renderer in `serve`). */
  packageRoot: string
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** A command that ran and refused (bad file, failed job): exit code 1, message on stderr. */
export class CommandFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CommandFailure'
  }
}

export const printJson = (ctx: CliContext, value: unknown): void => ctx.out(`${JSON.stringify(value, null, 2)}\n`)
