import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CoverageRun } from '../../api/schemas/coverageSchemas.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

/**
 * `certus predict <project> (--area NAME | --route NAME) --altitudes A,B,… [--resolution-m R] [--json]`:
 * a coverage prediction per altitude layer, stored in the project; prints the run's layer summaries.
 */
export async function run(ctx: CliContext, args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        area: { type: 'string' },
        route: { type: 'string' },
        altitudes: { type: 'string' },
        'resolution-m': { type: 'string' },
        environment: { type: 'string' },
        'no-calibration': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const [projectFile, ...extra] = positionals
  if (projectFile === undefined || extra.length > 0) throw new UsageError('predict needs exactly one project file')
  if ((values.area === undefined) === (values.route === undefined)) throw new UsageError('predict needs --area NAME or --route NAME (one of them)')
  if (values.altitudes === undefined) throw new UsageError('predict needs --altitudes A,B,… (metres above ground, e.g. 1.5,30,60,120,300)')
  const altitudesM = values.altitudes.split(',').map((a) => Number(a.trim()))
  if (altitudesM.some((a) => !Number.isFinite(a) || a < 1 || a > 500)) {
    throw new UsageError(`--altitudes must be numbers of metres within 1…500, separated by commas, not ${JSON.stringify(values.altitudes)}`)
  }
  const resolutionM = values['resolution-m'] === undefined ? undefined : Number(values['resolution-m'])
  if (resolutionM !== undefined && !(resolutionM >= 1 && resolutionM <= 5000)) {
    throw new UsageError(`--resolution-m must be a number of metres within 1…5000, not ${JSON.stringify(values['resolution-m'])}`)
  }
  const environment = values.environment
  if (environment !== undefined && !['uma', 'umi', 'rma'].includes(environment)) throw new UsageError(`--environment must be uma, umi or rma, not ${JSON.stringify(environment)}`)
  const target = values.area === undefined ? { kind: 'route' as const, name: values.route as string } : { kind: 'area' as const, name: values.area }
  const path = resolve(ctx.cwd, projectFile)
  const result: CoverageRun = await withClient(ctx, {}, async (client) => {
    await client.call('project.open', { path, create: false })
    return client.runJob(
      'coverage.predict',
      {
        target,
        altitudesM,
        ...(resolutionM === undefined ? {} : { resolutionM }),
        ...(environment === undefined ? {} : { parameters: { environment: environment as 'uma' | 'umi' | 'rma' } }),
        ...(values['no-calibration'] === true ? { applyCalibration: false } : {}),
      },
      { onProgress: (p) => (values.json === true ? undefined : ctx.err(`\r${Math.round((100 * p.done) / Math.max(p.total, 1))} % ${p.phase}`.padEnd(40))) },
    )
  }).catch((error: Error) => {
    throw new CommandFailure(error.message)
  })
  if (values.json === true) printJson(ctx, result)
  else ctx.out(`\n${describe(result)}\n`)
  return 0
}

function describe(run: CoverageRun): string {
  const header = `${run.target.kind} ${run.target.name}: ${run.layers[0]?.points ?? 0} points per layer at ${run.resolutionM} m, ${run.cells} cells, ${run.linkEvaluations.toLocaleString('en')} link evaluations in ${run.seconds.toFixed(1)} s (run ${run.runId})`
  const rows = run.layers.map(
    (l) =>
      `  ${String(l.altitudeM).padStart(6)} m  covered ${(100 * l.coveredShare).toFixed(1).padStart(5)} %  RSRP median ${l.rsrpDbm.median} dBm  DL SINR median ${l.dlSinrDb.median} dB  UL ${l.ulMbps.median} Mbit/s  DL ${l.dlMbps.median} Mbit/s`,
  )
  return [header, ...rows].join('\n')
}
