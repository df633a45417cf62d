import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ReportWriteResult } from '../../api/schemas/reportSchemas.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'
import { parseAltitudes, parseNumberOption, parseTermOverrides } from './termOverrides.js'

/**
 * `certus report <project> --scenario ID (--route NAME | --area NAME) --out FILE.pdf|FILE.html
 * [--lang zh|en] [--altitudes A,B] [--set term=value …] [--spacing-m N] [--segment-m N] [--json]`:
 * checks the scenario and writes the SLA feasibility report (the `report.write` job). The extension
 * chooses PDF or self-contained HTML; --lang defaults to en; --altitudes to the scenario's altitude
 * term. --json prints `{"out","format","bytes","sha256","verdict","scenario","version"}`.
 * Exit 0 whatever the verdict (a failing SLA is an outcome); 1 when refused; 2 on wrong usage.
 */
export async function run(ctx: CliContext, args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        scenario: { type: 'string' },
        route: { type: 'string' },
        area: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        altitudes: { type: 'string' },
        set: { type: 'string', multiple: true },
        'spacing-m': { type: 'string' },
        'segment-m': { type: 'string' },
        json: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const [projectFile, ...extra] = positionals
  if (projectFile === undefined || extra.length > 0) throw new UsageError('report needs exactly one project file')
  if (values.scenario === undefined) throw new UsageError('report needs --scenario ID (certus sla scenarios lists them)')
  if ((values.area === undefined) === (values.route === undefined)) throw new UsageError('report needs --route NAME or --area NAME (one of them)')
  if (values.out === undefined || !/\.(pdf|html?)$/i.test(values.out)) throw new UsageError('report needs --out FILE.pdf or --out FILE.html (the extension chooses the format)')
  const lang = values.lang ?? 'en'
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang must be zh or en, not ${JSON.stringify(values.lang)}`)
  const altitudesM = values.altitudes === undefined ? undefined : parseAltitudes(values.altitudes, 'report')
  const spacingM = parseNumberOption(values['spacing-m'], 'spacing-m', 1, 5000)
  const segmentLengthM = parseNumberOption(values['segment-m'], 'segment-m', 10, 10_000)
  const target = values.area === undefined ? { kind: 'route' as const, name: values.route as string } : { kind: 'area' as const, name: values.area }
  const path = resolve(ctx.cwd, projectFile)
  const out = resolve(ctx.cwd, values.out)
  const json = values.json === true
  const scenarioId = values.scenario
  const result: ReportWriteResult = await withClient(ctx, {}, async (client) => {
    await client.call('project.open', { path, create: false })
    const overrides = values.set === undefined ? {} : parseTermOverrides(await client.call('sla.scenario', { id: scenarioId }), values.set)
    const options = {
      ...(altitudesM === undefined ? {} : { altitudesM }),
      ...(spacingM === undefined ? {} : { spacingM }),
      ...(segmentLengthM === undefined ? {} : { segmentLengthM }),
    }
    return client.runJob(
      'report.write',
      { scenario: scenarioId, overrides, target, out, lang, ...options },
      { onProgress: (p) => (json ? undefined : ctx.err(`\r${Math.round((100 * p.done) / Math.max(p.total, 1))} % ${p.phase}`.padEnd(40))) },
    )
  }).catch((error: Error) => {
    if (error instanceof UsageError) throw error
    throw new CommandFailure(error.message)
  })
  if (json) printJson(ctx, result)
  else ctx.out(`\nwrote ${result.out} (${result.format}, ${result.bytes} bytes, sha256 ${result.sha256}): ${result.scenario} v${result.version} ${result.verdict.toUpperCase()}\n`)
  return 0
}
