import { resolve } from 'node:path'
import type { ReportWriteResult } from '../../api/schemas/reportSchemas.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'
import { parseSlaCheckArguments } from './slaCheckArguments.js'
import { parseTermOverrides } from './termOverrides.js'

/**
 * `certus report <project> --scenario ID (--route NAME | --area NAME) --out FILE.pdf|FILE.html
 * [--lang zh|en] [--altitudes A,B] [--set term=value …] [--spacing-m N] [--segment-m N] [--json]`:
 * checks the scenario and writes the SLA feasibility report (the `report.write` job). The extension
 * chooses PDF or self-contained HTML; --lang defaults to en; --altitudes to the scenario's altitude
 * term. --json prints `{"out","format","bytes","sha256","verdict","scenario","version"}`.
 * Exit 0 whatever the verdict (a failing SLA is an outcome); 1 when refused; 2 on wrong usage.
 */
export async function run(ctx: CliContext, args: string[]): Promise<number> {
  const { common, values } = parseSlaCheckArguments(args, 'report', { out: { type: 'string' }, lang: { type: 'string' } })
  const { projectFile, scenarioId, target, altitudesM, spacingM, segmentLengthM, json, settings } = common
  const outFile = values.out as string | undefined
  if (outFile === undefined || !/\.(pdf|html?)$/i.test(outFile)) throw new UsageError('report needs --out FILE.pdf or --out FILE.html (the extension chooses the format)')
  const lang = (values.lang as string | undefined) ?? 'en'
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang must be zh or en, not ${JSON.stringify(values.lang)}`)
  const path = resolve(ctx.cwd, projectFile)
  const out = resolve(ctx.cwd, outFile)
  const result: ReportWriteResult = await withClient(ctx, {}, async (client) => {
    await client.call('project.open', { path, create: false })
    const overrides = settings.length === 0 ? {} : parseTermOverrides(await client.call('sla.scenario', { id: scenarioId }), settings)
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
