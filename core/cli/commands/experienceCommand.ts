import { UsageError, type CliContext } from '../cliContext.js'

/** `certus experience <score> …`: the experience (QoE) models. */
export async function run(ctx: CliContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args
  switch (sub) {
    case 'score':
      return (await import('./experienceScoreCommand.js')).experienceScoreCommand(ctx, rest)
    default:
      throw new UsageError(sub === undefined ? 'experience needs a subcommand: score' : `unknown experience subcommand ${JSON.stringify(sub)}; use score`)
  }
}
