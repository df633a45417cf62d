import { sourceCodes, verdictCodes, type FeasibilitySegment, type FeasibilitySummary } from '../../api/schemas/feasibilitySchemas.js'
import type { SlaTargets } from '../../api/schemas/slaSchemas.js'
import type { EvaluatedColumns } from './evaluateLayer.js'
import { areaInterruptionSecondsPerHour, isUnserved, routeInterruptionSecondsPerHour } from './interruptionModel.js'
import { coverageShareTargetPct, findTarget, interruptionTargetSecondsPerHour, type PointCheck } from './pointChecks.js'
import { worstSegments } from './segments.js'

/** How many offending segments the summary names. */
export const worstSegmentLimit = 10

export interface SummaryInput {
  kind: 'route' | 'area'
  altitudesM: readonly number[]
  pointsPerLayer: number
  columns: EvaluatedColumns
  /** Routes: distance of each point of a layer from the start. */
  alongM: Float64Array | undefined
  checks: readonly PointCheck[]
  targets: SlaTargets
  segments: readonly FeasibilitySegment[]
  model: FeasibilitySummary['model']
}

/**
 * The verdict of the whole check. Each altitude is a flight of its own: its coverage is the share of
 * its points that meet every checkable target (pass or marginal; no data counts as not covered) and
 * its interruption follows interruptionModel.ts. The check passes when every altitude meets the
 * coverage target and the interruption target (each only when the SLA gives it). The headline
 * figures pool the altitudes: coverage over all points, interruption as the mean over altitudes.
 */
export function summariseFeasibility(input: SummaryInput): FeasibilitySummary {
  const { columns, pointsPerLayer: n, model } = input
  const coverageTargetPct = coverageShareTargetPct(input.targets)
  const interruptionTarget = interruptionTargetSecondsPerHour(input.targets)
  const byAltitude = input.altitudesM.map((altitudeM, layer) => {
    const verdict = columns.verdict.subarray(layer * n, (layer + 1) * n)
    const routeCoveragePct = coveredPct(verdict)
    const interruptionSecondsPerHour =
      input.kind === 'route' && input.alongM !== undefined ? routeInterruptionSecondsPerHour(verdict, input.alongM, model.droneSpeedMps, model.recoveryS) : areaInterruptionSecondsPerHour(verdict)
    const passes = (coverageTargetPct === null || routeCoveragePct >= coverageTargetPct) && (interruptionTarget === null || interruptionSecondsPerHour <= interruptionTarget)
    return { altitudeM, points: n, measuredPoints: count(columns.source.subarray(layer * n, (layer + 1) * n), sourceCodes.measured), routeCoveragePct, interruptionSecondsPerHour, verdict: passes ? ('pass' as const) : ('fail' as const) }
  })
  const total = columns.verdict.length
  return {
    routeCoveragePct: coveredPct(columns.verdict),
    interruptionSecondsPerHour: byAltitude.reduce((sum, a) => sum + a.interruptionSecondsPerHour, 0) / Math.max(1, byAltitude.length),
    verdict: byAltitude.every((a) => a.verdict === 'pass') ? 'pass' : 'fail',
    targetKind: input.kind,
    coverageTargetPct,
    interruptionTargetSecondsPerHour: interruptionTarget,
    points: total,
    counts: {
      pass: count(columns.verdict, verdictCodes.pass),
      marginal: count(columns.verdict, verdictCodes.marginal),
      fail: count(columns.verdict, verdictCodes.fail),
      noData: count(columns.verdict, verdictCodes['no-data']),
    },
    measuredPct: total === 0 ? 0 : (100 * count(columns.source, sourceCodes.measured)) / total,
    perTarget: perTarget(input.checks, input.targets, columns),
    byAltitude,
    worstSegments: worstSegments(input.segments, worstSegmentLimit),
    model,
  }
}

function coveredPct(verdict: Uint8Array): number {
  if (verdict.length === 0) return 0
  let served = 0
  for (let i = 0; i < verdict.length; i++) if (!isUnserved(verdict[i] as number)) served++
  return (100 * served) / verdict.length
}

function count(column: Uint8Array, code: number): number {
  let n = 0
  for (let i = 0; i < column.length; i++) if (column[i] === code) n++
  return n
}

/** Per checkable target: at how many points it could be checked (a value known there) and met. */
function perTarget(checks: readonly PointCheck[], targets: SlaTargets, columns: EvaluatedColumns): FeasibilitySummary['perTarget'] {
  const outcome: FeasibilitySummary['perTarget'] = {}
  checks.forEach((check, k) => {
    const target = findTarget(targets, check.targetId)
    if (target === undefined) return
    const values = columns[check.metric]
    let checked = 0
    let met = 0
    for (let i = 0; i < values.length; i++) {
      if (columns.source[i] === sourceCodes.none || Number.isNaN(values[i] as number)) continue
      checked++
      if (((columns.failedMask[i] as number) & (1 << k)) === 0) met++
    }
    outcome[check.targetId] = { value: target.value, unit: target.unit, bound: target.bound, checkedPoints: checked, metPoints: met, metPct: checked === 0 ? null : (100 * met) / checked }
  })
  return outcome
}
