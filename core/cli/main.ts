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
  'certus radio pathloss --model uma|umi|rma|uma-av|umi-av|rma-av --fc-ghz F --d2d-m D --hbs-m H --hut-m H [--building-height-m H] [--street-width-m W] [--json]',
  '                                                 TR 38.901 / TR 36.777 path loss, LOS probability and shadow fading',
  'certus radio rate --bandwidth-mhz B --scs-khz S --layers L --modulation qpsk|16qam|64qam|256qam --direction dl|ul [--tdd PATTERN] [--s-split D:G:U] [--fr fr1|fr2] [--json]',
  '                                                 TS 38.306 peak rate (TDD-scaled with --tdd)',
  'certus predict <project> (--area NAME | --route NAME) --altitudes A,B,… [--resolution-m R] [--environment uma|umi|rma] [--no-calibration] [--json]',
  '                                                 coverage per altitude layer (AGL) on all cores, stored in the project',
  'certus calibrate <project> [--by-altitude] [--json]  fit path-loss offset and slope to measured RSRP',
  'certus sla scenarios [--project FILE] [--json]   SLA scenarios of the catalogue (and the project\'s saved ones)',
  'certus sla targets --scenario ID [--set term=value …] [--project FILE] [--json]',
  '                                                 network targets of a scenario with their basis, and consistency warnings',
  'certus sla check <project> --scenario ID (--route NAME | --area NAME) --altitudes A,B [--set term=value …] [--spacing-m N] [--segment-m N] [--json]',
  '                                                 SLA feasibility along a route or over an area at each altitude',
  'certus sla export [<project>] --scenario ID --format gst|service-profile|camara --out FILE [--set …] [--json]',
  '                                                 targets as GSMA NG.116 GST or TS 28.541 ServiceProfile JSON, or a CAMARA-style grid',
  'certus report <project> --scenario ID (--route NAME | --area NAME) --out FILE.pdf|FILE.html [--lang zh|en] [--altitudes A,B] [--set …] [--spacing-m N] [--json]',
  '                                                 SLA feasibility report (PDF or self-contained HTML, fonts embedded)',
  'certus experience score --model g107 [--delay-ms D] [--loss-pct L] [--codec g711|g711-plc|g729a] [--json]',
  '                                                 G.107 E-model R and MOS (D one-way; T = Ta = D, Tr = 2D)',
  'certus experience score --model p1203 --input FILE.json [--json]',
  '                                                 P.1203 mode-0 O.46, O.23 and O.35 of a session (segments and stalls)',
  'certus experience top <project> [--priority rate|stall|latency] [--scope cells|areas|both] [--limit N] [--rate-mbps R] [--video-mbps V] [--rtt-ms T] [--json]',
  '                                                 worst cells and areas by experience impact, demarcated (radio/transport/core/server/terminal), rankings side by side',
  'certus experience train <project> --kqi NAME [--epochs N] [--seed S] [--backend wasm|cpu] [--json]',
  '                                                 learned KPI→KQI model (TensorFlow.js): hold-out R², MAE, AUC against trivial baselines; stored in the project',
]

/**
 * Commands with their own options, parsed by their module: they take the arguments after their name.
 * Each module exports `run(ctx, args)`.
 */
const ownParserCommands: Record<string, () => Promise<{ run: (ctx: CliContext, args: string[]) => Promise<number> }>> = {
  radio: () => import('./commands/radioCommand.js'),
  predict: () => import('./commands/predictCommand.js'),
  calibrate: () => import('./commands/calibrateCommand.js'),
  sla: () => import('./commands/slaCommand.js'),
  report: () => import('./commands/reportCommand.js'),
  experience: () => import('./commands/experienceCommand.js'),
}

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
  const own = argv[0] === undefined ? undefined : ownParserCommands[argv[0]]
  if (own !== undefined) return runCommand(ctx, async () => (await own()).run(ctx, argv.slice(1)))
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
  return runCommand(ctx, async () => {
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
  })
}

/** Runs a command, turning its failures into exit codes: 2 for wrong usage (with the usage), 1 for a refusal. */
async function runCommand(ctx: CliContext, command: () => Promise<number>): Promise<number> {
  try {
    return await command()
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
