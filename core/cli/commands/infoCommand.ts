import { resolve } from 'node:path'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

/** `certus info <project> --json`: the project's counts, names and imports. */
export async function infoCommand(ctx: CliContext, positionals: string[], json: boolean): Promise<number> {
  const [file] = positionals
  if (file === undefined) throw new UsageError('info needs a project file')
  const path = resolve(ctx.cwd, file)
  const summary = await withClient(ctx, {}, (client) => client.call('project.open', { path, create: false })).catch((error: Error) => {
    throw new CommandFailure(error.message)
  })
  if (json) {
    const { samples, cells, kpiRows, kqiRows, routes, areas, routeNames, areaNames, imports, sites, name, bbox } = summary
    printJson(ctx, {
      samples, cells, kpiRows, kqiRows, routes, areas, routeNames, areaNames,
      imports: imports.map(({ file: f, kind, rows, sha256 }) => ({ file: f, kind, rows, sha256 })),
      sites, name, path, bbox,
    })
  } else {
    ctx.out(
      [
        `${summary.name} (${path})`,
        `  sites ${summary.sites}, cells ${summary.cells}, samples ${summary.samples}`,
        `  KPI rows ${summary.kpiRows}, KQI rows ${summary.kqiRows}`,
        `  routes ${summary.routes}${summary.routeNames.length ? `: ${summary.routeNames.join(', ')}` : ''}`,
        `  areas ${summary.areas}${summary.areaNames.length ? `: ${summary.areaNames.join(', ')}` : ''}`,
        `  imports ${summary.imports.length}`,
        '',
      ].join('\n'),
    )
  }
  return 0
}
