import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CalibrationLayerResult, CalibrationResult } from '../../api/schemas/coverageSchemas.js'
import { minimumSamplesForSlope } from '../../coverage/calibration/fitPathLossCorrection.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'

/**
 * `certus calibrate <project> [--by-altitude] [--json]`: fits the path-loss offset and slope to the
 * project's measured RSRP (per altitude layer with --by-altitude) and stores the fit, which later
 * predictions apply. --json prints `{"calibrationId", "createdAt", "byAltitude", "layers": [{"altitudeM",
 * "samples", "meBeforeDb", "rmseBeforeDb", "meAfterDb", "rmseAfterDb", "sigmaBeforeDb", "sigmaAfterDb",
 * "offsetDb", "slopeDbPerDecade"}], "warnings": […]}` (dB; ME = mean of measured − predicted RSRP).
 */
export async function run(ctx: CliContext, args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { 'by-altitude': { type: 'boolean' }, json: { type: 'boolean' } } })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const [projectFile, ...extra] = positionals
  if (projectFile === undefined || extra.length > 0) throw new UsageError('calibrate needs exactly one project file')
  const byAltitude = values['by-altitude'] === true
  const path = resolve(ctx.cwd, projectFile)
  const result: CalibrationResult = await withClient(ctx, {}, async (client) => {
    await client.call('project.open', { path, create: false })
    return client.runJob(
      'calibration.run',
      { byAltitude },
      { onProgress: (p) => (values.json === true ? undefined : ctx.err(`\r${Math.round((100 * p.done) / Math.max(p.total, 1))} % ${p.phase}`.padEnd(40))) },
    )
  }).catch((error: Error) => {
    throw new CommandFailure(error.message)
  })
  const warnings = result.layers.flatMap(offsetOnlyWarning)
  if (values.json === true) {
    printJson(ctx, {
      calibrationId: result.calibrationId,
      createdAt: result.createdAt,
      byAltitude: result.byAltitude,
      layers: result.layers.map((l) => ({
        altitudeM: l.altitudeM,
        samples: l.samples,
        meBeforeDb: l.meBeforeDb,
        rmseBeforeDb: l.rmseBeforeDb,
        meAfterDb: l.meAfterDb,
        rmseAfterDb: l.rmseAfterDb,
        sigmaBeforeDb: l.sigmaBeforeDb,
        sigmaAfterDb: l.sigmaAfterDb,
        offsetDb: l.offsetDb,
        slopeDbPerDecade: l.slopeDbPerDecade,
      })),
      warnings,
    })
  } else {
    ctx.out(`\n${describe(result)}\n${warnings.map((w) => `note: ${w}\n`).join('')}`)
  }
  return 0
}

/**
 * Why a layer has no slope, read back from the stored fit: fewer than 30 samples, or a slope of
 * exactly 0 (the fit sets it so when the distances spread too little; a fitted slope is never exactly 0).
 */
function offsetOnlyWarning(layer: CalibrationLayerResult): string[] {
  const name = layer.altitudeM === null ? 'all samples' : `layer ${layer.altitudeM} m`
  if (layer.samples < minimumSamplesForSlope) return [`${name}: offset only, ${layer.samples} samples are fewer than ${minimumSamplesForSlope}`]
  if (layer.slopeDbPerDecade === 0) return [`${name}: offset only, the samples' distances spread too little to fit a slope`]
  return []
}

// −0.0 reads as a sign where there is none.
const db = (value: number): string => (Math.abs(value) < 0.05 ? 0 : value).toFixed(1).padStart(6)

function describe(result: CalibrationResult): string {
  const header = `calibration ${result.calibrationId}: ΔPL = offset + slope · log10(d3D / 1 km); errors are measured − predicted RSRP, dB`
  const columns = '  altitude  samples  offset   slope │ ME before  RMSE   σ │ ME after  RMSE   σ'
  const rows = result.layers.map(
    (l) =>
      `  ${(l.altitudeM === null ? 'all' : `${l.altitudeM} m`).padStart(8)} ${String(l.samples).padStart(8)} ${db(l.offsetDb)}  ${db(l.slopeDbPerDecade)} │    ${db(l.meBeforeDb)} ${db(l.rmseBeforeDb)} ${db(l.sigmaBeforeDb)} │  ${db(l.meAfterDb)} ${db(l.rmseAfterDb)} ${db(l.sigmaAfterDb)}`,
  )
  return [header, columns, ...rows].join('\n')
}
