import { resolve } from 'node:path'
import type { SlaCheckResult } from '../../api/schemas/feasibilitySchemas.js'
import { CommandFailure, UsageError, printJson, type CliContext } from '../cliContext.js'
import { withClient } from '../withClient.js'
import { parseSlaCheckArguments } from './slaCheckArguments.js'
import { parseAltitudes, parseTermOverrides } from './termOverrides.js'

/**
 * `certus sla check <project> --scenario ID (--route NAME | --area NAME) --altitudes A,B [--set term=value …]
 * [--spacing-m N] [--segment-m N] [--json]`: the scenario's targets checked along the route or over
 * the area at each altitude (the `sla.check` job). --json prints exactly
 * `{"segments":[…],"summary":{"routeCoveragePct","interruptionSecondsPerHour","verdict":"pass"|"fail",…}}`.
 * Exit 0 whatever the verdict (a failing SLA is an outcome); 1 when the check is refused, 2 on wrong usage.
 */
export async function slaCheckCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { common } = parseSlaCheckArguments(args, 'sla check', {})
  const { projectFile, scenarioId, target, spacingM, segmentLengthM, json } = common
  const altitudesM = common.altitudesM ?? parseAltitudes(undefined, 'sla check')
  const settings = common.settings
  const path = resolve(ctx.cwd, projectFile)
  const result: SlaCheckResult = await withClient(ctx, {}, async (client) => {
    await client.call('project.open', { path, create: false })
    const overrides = settings.length === 0 ? {} : parseTermOverrides(await client.call('sla.scenario', { id: scenarioId }), settings)
    return client.runJob(
      'sla.check',
      { scenario: scenarioId, overrides, target, altitudesM, ...(spacingM === undefined ? {} : { spacingM }), ...(segmentLengthM === undefined ? {} : { segmentLengthM }) },
      { onProgress: (p) => (json ? undefined : ctx.err(`\r${Math.round((100 * p.done) / Math.max(p.total, 1))} % ${p.phase}`.padEnd(40))) },
    )
  }).catch((error: Error) => {
    if (error instanceof UsageError) throw error
    throw new CommandFailure(error.message)
  })
  if (json) printJson(ctx, { segments: result.segments, summary: result.summary })
  else ctx.out(`\n${describeCheck(result)}\n`)
  return 0
}

const pct = (value: number | null): string => (value === null ? '–' : `${value.toFixed(1)} %`)

/** The verdict, the headline figures, each target's share met and the worst segments, for a terminal. */
export function describeCheck(result: SlaCheckResult): string {
  const { summary: s } = result
  const lines = [
    `${result.target.kind} ${result.target.name} against ${result.scenario} v${result.version} at ${result.altitudesM.join(', ')} m: ${s.verdict.toUpperCase()}`,
    `  covered ${pct(s.routeCoveragePct)} (target ${pct(s.coverageTargetPct)}), interruption ${s.interruptionSecondsPerHour.toFixed(1)} s/h (limit ${s.interruptionTargetSecondsPerHour ?? '–'} s/h), ${pct(s.measuredPct)} of points measured`,
    ...s.byAltitude.map((a) => `  ${String(a.altitudeM).padStart(6)} m  covered ${pct(a.routeCoveragePct).padStart(7)}  interruption ${a.interruptionSecondsPerHour.toFixed(1).padStart(7)} s/h  ${a.verdict}`),
    ...Object.entries(s.perTarget).map(([id, t]) => `  ${id} ${t.bound === 'min' ? '≥' : '≤'} ${Number(t.value.toPrecision(4))} ${t.unit}: met at ${pct(t.metPct)} of ${t.checkedPoints} points`),
    ...result.warnings.map((w) => `  warning: ${w}`),
  ]
  if (s.worstSegments.length > 0) lines.push('  worst segments:')
  for (const g of s.worstSegments) {
    const where = g.fromM === null ? `block ${g.block?.column ?? '?'},${g.block?.row ?? '?'}` : `${Math.round(g.fromM)}–${Math.round(g.toM ?? g.fromM)} m`
    const failing = g.failing.map((f) => `${f.targetId} (${f.points})`).join(', ') || (g.counts.noData > 0 ? `no data (${g.counts.noData})` : 'marginal')
    const cells = g.servingCells.map((c) => `${c.name}${c.beams.length > 0 ? ` beams ${c.beams.join('/')}` : ''}`).join(', ')
    lines.push(`    ${String(g.altitudeM).padStart(6)} m ${where}: ${g.verdict}, ${failing}${cells === '' ? '' : `; cells ${cells}`}`)
  }
  return lines.join('\n')
}
