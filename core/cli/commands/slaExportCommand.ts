import { renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { slaExportFormatSchema, type SlaExportParams } from '../../api/schemas/slaExportSchemas.js'
import { fileSink } from '../../export/byteSink.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'
import { parseAltitudes, parseNumberOption, parseTermOverrides } from './termOverrides.js'

/**
 * `certus sla export [<project>] --scenario ID --format gst|service-profile|camara --out FILE [--set term=value …]
 * [--fleet-size N] [--country CC] [--route NAME | --area NAME --altitudes A,B [--spacing-m N] [--precision N] [--geojson]] [--json]`:
 * writes the scenario's targets as a GSMA NG.116 GST, a TS 28.541 ServiceProfile, or a CAMARA-style
 * coverage grid (geohash × AGL layer → GC/MC/NC/ND; needs the project and where to check). The file
 * appears atomically. --json prints `{"path", "format", "scenario", "version"}`.
 */
export async function slaExportCommand(ctx: CliContext, args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        scenario: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        set: { type: 'string', multiple: true },
        'fleet-size': { type: 'string' },
        country: { type: 'string' },
        route: { type: 'string' },
        area: { type: 'string' },
        altitudes: { type: 'string' },
        'spacing-m': { type: 'string' },
        precision: { type: 'string' },
        geojson: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const [projectFile, ...extra] = positionals
  if (extra.length > 0) throw new UsageError(`sla export takes at most one project file; unexpected ${JSON.stringify(extra[0])}`)
  if (values.scenario === undefined) throw new UsageError('sla export needs --scenario ID (certus sla scenarios lists them)')
  const format = slaExportFormatSchema.safeParse(values.format)
  if (!format.success) throw new UsageError(`--format must be one of ${slaExportFormatSchema.options.join(', ')}${values.format === undefined ? '' : `, not ${JSON.stringify(values.format)}`}`)
  if (values.out === undefined || values.out === '') throw new UsageError('--out must name the file to write')
  const params: SlaExportParams = {
    scenario: values.scenario,
    format: format.data,
    options: exportOptions(values['fleet-size'], values.country),
    ...(format.data === 'camara' ? { camara: camaraRequest(projectFile, values) } : {}),
  }
  const out = resolve(ctx.cwd, values.out)
  const result = await withClient(ctx, {}, async (client) => {
    if (projectFile !== undefined) await client.call('project.open', { path: resolve(ctx.cwd, projectFile), create: false })
    const overrides = values.set === undefined ? {} : parseTermOverrides(await client.call('sla.scenario', { id: params.scenario }), values.set)
    return client.call('sla.export', { ...params, overrides })
  }).catch((error: Error) => {
    if (error instanceof UsageError) throw error
    throw new CommandFailure(error.message)
  })
  writeAtomically(out, `${JSON.stringify(result.json, null, 2)}\n`)
  if (values.json === true) printJson(ctx, { path: out, format: result.format, scenario: result.scenario, version: result.version })
  else ctx.out(`${result.scenario} v${result.version} → ${out} (${result.format})\n`)
  return 0
}

function exportOptions(fleetSize: string | undefined, country: string | undefined): NonNullable<SlaExportParams['options']> {
  const fleet = parseNumberOption(fleetSize, 'fleet-size', 1, 10_000_000, true)
  if (country !== undefined && !/^[A-Z]{2}(,[A-Z]{2})*$/.test(country)) throw new UsageError(`--country must be ISO 3166-1 alpha-2 codes separated by commas (e.g. CN), not ${JSON.stringify(country)}`)
  return { ...(fleet === undefined ? {} : { fleetSize: fleet }), ...(country === undefined ? {} : { countryCodes: country.split(',') }) }
}

function camaraRequest(
  projectFile: string | undefined,
  values: { route?: string | undefined; area?: string | undefined; altitudes?: string | undefined; 'spacing-m'?: string | undefined; precision?: string | undefined; geojson?: boolean | undefined },
): NonNullable<SlaExportParams['camara']> {
  if (projectFile === undefined) throw new UsageError('--format camara needs the project file (the grid checks its route or area)')
  if ((values.area === undefined) === (values.route === undefined)) throw new UsageError('--format camara needs --route NAME or --area NAME (one of them)')
  const spacingM = parseNumberOption(values['spacing-m'], 'spacing-m', 1, 5000)
  const precision = parseNumberOption(values.precision, 'precision', 1, 12, true)
  return {
    target: values.area === undefined ? { kind: 'route', name: values.route as string } : { kind: 'area', name: values.area },
    altitudesM: parseAltitudes(values.altitudes, 'sla export --format camara'),
    ...(spacingM === undefined ? {} : { spacingM }),
    ...(precision === undefined ? {} : { precision }),
    ...(values.geojson === true ? { geoJson: true } : {}),
  }
}

/** Written beside the target as `.NAME.partial`, synced, then renamed over it: never a half-written file at `path`. */
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.partial`)
  try {
    const sink = fileSink(temporary)
    sink.write(new TextEncoder().encode(text))
    sink.close()
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new CommandFailure(`cannot write ${path}: ${(error as Error).message}`)
  }
}
