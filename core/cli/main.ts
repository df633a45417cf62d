import { parseArgs } from 'node:util'
import { CommandFailure, UsageError, type CliContext } from './cliContext.js'

// Commands load on demand so that `--help` and `--version` answer without opening SQLite or the server.
const commandUsages = [
  'certus info <project-file> [--json]              counts of what a project holds',
  'certus demo <project-file> [--seed N] [--force]  write the demo project (the one npm start opens)',
  'certus import <project> <file...> [--kind K] [--altitude-m N] [--mapping FILE|NAME] [--save-mapping NAME] [--force] [--reject-threshold PCT] [--json]',
  '                                                 import files (kinds: drivetest, cells, kpi, kqi, route, area)',
  'certus export <project> --format csv|geojson|kml|kmz|gpkg --layer samples|cells|routes --out FILE [--json]',
  '                                                 export a layer (routes include the task areas); the file appears atomically',
  'certus serve [--project FILE] [--port N]         serve the UI and API on 127.0.0.1 (web mode; port from CERTUS_PORT, default 5180)',
]

const usage = (version: string): string =>
  [
    `certus ${version}: 5G-Advanced experience optimisation and deterministic-SLA planning, offline`,
    '',
    'Usage:',
    ...commandUsages.map((line) => `  ${line}`),
    '  certus --help | --version',
    '',
    'Exit codes: 0 done, 1 refused or failed (the reason is on stderr), 2 wrong usage.',
    '',
  ].join('\n')

/** Runs one CLI invocation; returns the exit code. Never calls process.exit itself. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        force: { type: 'boolean' },
        seed: { type: 'string' },
        project: { type: 'string' },
        port: { type: 'string' },
        kind: { type: 'string' },
        'altitude-m': { type: 'string' },
        mapping: { type: 'string' },
        'save-mapping': { type: 'string' },
        'reject-threshold': { type: 'string' },
        format: { type: 'string' },
        layer: { type: 'string' },
        out: { type: 'string' },
      },
    })
  } catch (error) {
    ctx.err(`certus: ${(error as Error).message}\n\n${usage(ctx.version)}`)
    return 2
  }
  const { values, positionals } = parsed
  const [command, ...rest] = positionals
  if (values.version) {
    ctx.out(`${ctx.version}\n`)
    return 0
  }
  if (values.help || command === undefined || command === 'help') {
    ctx.out(usage(ctx.version))
    return command === undefined && !values.help ? 2 : 0
  }
  try {
    switch (command) {
      case 'info':
        return await (await import('./commands/infoCommand.js')).infoCommand(ctx, rest, values.json ?? false)
      case 'demo':
        return await (await import('./commands/demoCommand.js')).demoCommand(ctx, rest, {
          json: values.json ?? false,
          force: values.force ?? false,
          seed: values.seed,
        })
      case 'import':
        return await (await import('./commands/importCommand.js')).importCommand(ctx, rest, {
          json: values.json ?? false,
          force: values.force ?? false,
          kind: values.kind,
          altitudeM: values['altitude-m'],
          mapping: values.mapping,
          saveMapping: values['save-mapping'],
          rejectThreshold: values['reject-threshold'],
        })
      case 'export':
        return await (await import('./commands/exportCommand.js')).exportCommand(ctx, rest, {
          json: values.json ?? false,
          format: values.format,
          layer: values.layer,
          out: values.out,
        })
      case 'serve':
        return await (await import('./commands/serveCommand.js')).serveCommand(ctx, { project: values.project, port: values.port })
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(`certus: ${error.message}\n\n${usage(ctx.version)}`)
      return 2
    }
    if (error instanceof CommandFailure) {
      ctx.err(`certus: ${error.message}\n`)
      return 1
    }
    throw error
  }
}
