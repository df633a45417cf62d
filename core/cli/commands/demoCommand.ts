import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

/** `certus demo <project>`: writes the seeded demo project to that path. */
export async function demoCommand(
  ctx: CliContext,
  positionals: string[],
  options: { json: boolean; force: boolean; seed: string | undefined },
): Promise<number> {
  const [file] = positionals
  if (file === undefined) throw new UsageError('demo needs the path of the project file to write')
  const seed = options.seed === undefined ? undefined : Number(options.seed)
  if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, not ${JSON.stringify(options.seed)}`)
  const path = resolve(ctx.cwd, file)
  if (existsSync(path)) {
    if (!options.force) throw new CommandFailure(`${path} exists: pass --force to replace it`)
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
  const summary = await withClient(ctx, {}, (client) =>
    client.runJob('project.createDemo', seed === undefined ? { path } : { path, seed }, {
      onProgress: (p) => {
        if (!options.json) ctx.err(`\r${p.phase} ${p.done}/${p.total}`)
      },
    }),
  ).catch((error: Error) => {
    throw new CommandFailure(error.message)
  })
  if (options.json) printJson(ctx, summary)
  else ctx.out(`\nwrote ${path}: ${summary.sites} sites, ${summary.cells} cells, ${summary.samples} samples, ${summary.routes} routes, ${summary.areas} areas\n`)
  return 0
}
