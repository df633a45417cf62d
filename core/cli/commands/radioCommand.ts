import { UsageError, type CliContext } from '../cliContext.js'

/** `certus radio <pathloss|rate> …`: the radio models on their own, for checks and quick sums. */
export async function run(ctx: CliContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args
  switch (sub) {
    case 'pathloss':
      return (await import('./radioPathLossCommand.js')).radioPathLossCommand(ctx, rest)
    case 'rate':
      return (await import('./radioRateCommand.js')).radioRateCommand(ctx, rest)
    default:
      throw new UsageError(sub === undefined ? 'radio needs a subcommand: pathloss or rate' : `unknown radio subcommand ${JSON.stringify(sub)}; use pathloss or rate`)
  }
}
