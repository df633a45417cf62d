import { UsageError, type CliContext } from '../cliContext.js'

/** `certus experience <score|top> …`: the experience (QoE) models and the worst cells by experience. */
export async function run(ctx: CliContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args
  switch (sub) {
    case 'score':
      return (await import('./experienceScoreCommand.js')).experienceScoreCommand(ctx, rest)
    case 'top':
      return (await import('./experienceTopCommand.js')).experienceTopCommand(ctx, rest)
    default:
      throw new UsageError(sub === undefined ? 'experience needs a subcommand: score, top' : `unknown experience subcommand ${JSON.stringify(sub)}; use score or top`)
  }
}
