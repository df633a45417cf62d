import { resolve } from 'node:path'
import { exportFormatSchema, exportLayerSchema } from '../../api/schemas/exportSchemas.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

export interface ExportCommandOptions {
  json: boolean
  format: string | undefined
  layer: string | undefined
  out: string | undefined
}

/**
 * `certus export <project> --format F --layer L --out FILE [--json]`: writes one layer through the
 * `export.run` job. An empty layer writes a valid empty file and exits 0 (with a note on stderr):
 * "nothing to export" is an outcome, not a failure, and scripts get the same file shape every time.
 * Exit 2 for a missing or unknown format or layer, 1 when the project or the target cannot be used.
 */
export async function exportCommand(ctx: CliContext, positionals: string[], options: ExportCommandOptions): Promise<number> {
  const [projectFile, ...extra] = positionals
  if (projectFile === undefined) throw new UsageError('export needs a project file')
  if (extra.length > 0) throw new UsageError(`export takes one project file; unexpected ${JSON.stringify(extra[0])}`)
  const format = exportFormatSchema.safeParse(options.format)
  if (!format.success) throw new UsageError(`--format must be one of ${exportFormatSchema.options.join(', ')}${options.format === undefined ? '' : `, not ${JSON.stringify(options.format)}`}`)
  const layer = exportLayerSchema.safeParse(options.layer)
  if (!layer.success) throw new UsageError(`--layer must be one of ${exportLayerSchema.options.join(', ')}${options.layer === undefined ? '' : `, not ${JSON.stringify(options.layer)}`}`)
  if (options.out === undefined || options.out === '') throw new UsageError('--out must name the file to write')
  const path = resolve(ctx.cwd, projectFile)
  const out = resolve(ctx.cwd, options.out)

  let progressShown = false
  const result = await withClient(ctx, {}, async (client) => {
    await client.call('project.open', { path, create: false })
    return client.runJob('export.run', { layer: layer.data, format: format.data, out }, {
      onProgress: (p) => {
        if (options.json) return
        progressShown = true
        ctx.err(`\r${Math.round((100 * p.done) / Math.max(p.total, 1))} % ${p.phase}`.padEnd(40))
      },
    })
  }).catch((error: Error) => {
    throw new CommandFailure(error.message)
  })
  if (progressShown) ctx.err('\n')
  if (options.json) {
    printJson(ctx, { path: result.path, format: format.data, layer: layer.data, features: result.features })
  } else {
    if (result.features === 0) ctx.err(`note: the ${layer.data} layer is empty: wrote an empty ${format.data} file\n`)
    ctx.out(`${result.features} ${layer.data === 'routes' ? 'routes and areas' : layer.data} → ${result.path} (${format.data})\n`)
  }
  return 0
}
