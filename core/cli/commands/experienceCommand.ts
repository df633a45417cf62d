import { UsageError, type CliContext } from '../cliContext.js'

/** `certus experience <score|top|train> …`: the experience (QoE) models, the worst cells by experience, learned KPI→KQI models. */
export async function run(ctx: CliContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args
  switch (sub) {
    case 'score':
      return (await import('./experienceScoreCommand.js')).experienceScoreCommand(ctx, rest)
    case 'top':
      return (await import('./experienceTopCommand.js')).experienceTopCommand(ctx, rest)
    case 'train':
      return (await import('./experienceTrainCommand.js')).experienceTrainCommand(ctx, rest)
    default:
      throw new UsageError(sub === undefined ? 'experience needs a subcommand: score, top, train' : `unknown experience subcommand ${JSON.stringify(sub)}; use score, top or train`)
  }
}
