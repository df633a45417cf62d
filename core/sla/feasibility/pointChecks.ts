import type { NetworkTarget, SlaTargets } from '../../api/schemas/slaSchemas.js'

/** The per-point quantities a target can be checked against, each in the unit its name carries. */
export type PointMetric = 'rsrpDbm' | 'ulSinrDb' | 'dlSinrDb' | 'ulMbps' | 'dlMbps' | 'coverageProbability'

/** One target that can be checked at a point: metric ≥ threshold, marginal below `marginalBelow`. */
export interface PointCheck {
  targetId: string
  metric: PointMetric
  /** In the metric's unit (coverage probability as a fraction 0…1). */
  threshold: number
  /** A value that meets the threshold but lies below this is marginal. */
  marginalBelow: number
}

/**
 * Margins of "marginal" (a planning choice, documented with every result):
 * - levelDb: an RSRP or SINR within 3 dB above its target (about the LOS shadow σ at drone heights,
 *   TR 36.777 Table B-3, 2.1–4.6 dB, so one fade away from failing);
 * - rateFraction: a throughput less than 10 % above its target;
 * - outageShare: a coverage probability whose outage 1 − p has used more than half of the allowed
 *   outage 1 − target (for a 99 % target: 99.0 ≤ p < 99.5 %).
 */
export const feasibilityMargins = Object.freeze({ levelDb: 3, rateFraction: 0.1, outageShare: 0.5 })
export type FeasibilityMargins = typeof feasibilityMargins

/** Target ids checked per point and the metric each is compared with. */
const checkedTargets: Readonly<Record<string, PointMetric>> = {
  rsrp: 'rsrpDbm',
  'ul-sinr': 'ulSinrDb',
  'dl-sinr': 'dlSinrDb',
  'ul-throughput': 'ulMbps',
  'dl-throughput': 'dlMbps',
  'coverage-probability': 'coverageProbability',
}

const rateUnitsMbps: Readonly<Record<string, number>> = { 'bit/s': 1e-6, 'kbit/s': 1e-3, 'Mbit/s': 1, 'Gbit/s': 1e3 }

/** The target with this id, if the SLA has one. */
export function findTarget(targets: SlaTargets, id: string): NetworkTarget | undefined {
  return targets.targets.find((t) => t.id === id)
}

/**
 * The targets of the SLA that can be checked at a point (RSRP, UL and DL SINR, UL/DL throughput,
 * coverage probability), converted to the metrics' units. Throws, naming the target, on a unit it cannot read
 * or a bound that makes no sense for a coverage check (every one of them is a minimum).
 */
export function pointChecks(targets: SlaTargets, margins: FeasibilityMargins = feasibilityMargins): PointCheck[] {
  const checks: PointCheck[] = []
  for (const target of targets.targets) {
    const metric = checkedTargets[target.id]
    if (metric === undefined) continue
    if (target.bound !== 'min') throw new RangeError(`target ${target.id} must be a minimum (bound 'min') to be checked per point, not '${target.bound}'`)
    const threshold = thresholdInMetricUnit(target, metric)
    checks.push({ targetId: target.id, metric, threshold, marginalBelow: marginalBelow(metric, threshold, margins) })
  }
  return checks
}

function thresholdInMetricUnit(target: NetworkTarget, metric: PointMetric): number {
  const unitError = (expected: string): RangeError => new RangeError(`target ${target.id} must be in ${expected}, not ${JSON.stringify(target.unit)}`)
  switch (metric) {
    case 'rsrpDbm':
      if (target.unit !== 'dBm') throw unitError('dBm')
      return target.value
    case 'ulSinrDb':
    case 'dlSinrDb':
      if (target.unit !== 'dB') throw unitError('dB')
      return target.value
    case 'ulMbps':
    case 'dlMbps': {
      const factor = rateUnitsMbps[target.unit]
      if (factor === undefined) throw unitError(Object.keys(rateUnitsMbps).join(', '))
      return target.value * factor
    }
    case 'coverageProbability':
      if (target.unit === '%') return target.value / 100
      if (target.unit === 'ratio' || target.unit === '') return target.value
      throw unitError("'%' or 'ratio'")
  }
}

function marginalBelow(metric: PointMetric, threshold: number, margins: FeasibilityMargins): number {
  if (metric === 'rsrpDbm' || metric === 'ulSinrDb' || metric === 'dlSinrDb') return threshold + margins.levelDb
  if (metric === 'coverageProbability') return 1 - (1 - threshold) * margins.outageShare
  return threshold * (1 + margins.rateFraction)
}

/** The verdict of one point and which checks failed (bit i set: checks[i] failed). */
export interface PointJudgement {
  /** 0 pass, 1 marginal, 2 fail (verdictCodes). */
  code: 0 | 1 | 2
  failedMask: number
}

/**
 * Judges one point: a check whose metric is NaN (neither measured nor predicted there) is skipped;
 * fail when any check fails, marginal when all hold but one lies within its margin, pass otherwise
 * (also when nothing could be checked). At most 31 checks (the mask's bits).
 */
export function judgePoint(values: Readonly<Record<PointMetric, number>>, checks: readonly PointCheck[]): PointJudgement {
  let failedMask = 0
  let marginal = false
  checks.forEach((check, i) => {
    const value = values[check.metric]
    if (Number.isNaN(value)) return
    if (value < check.threshold) failedMask |= 1 << i
    else if (value < check.marginalBelow) marginal = true
  })
  return { code: failedMask !== 0 ? 2 : marginal ? 1 : 0, failedMask }
}

/**
 * Share of the route or area the SLA requires covered, %: the coverage-probability target's
 * percentile (the share of points it must hold at) when it has one, else its value in %; null when the
 * SLA has no coverage target.
 */
export function coverageShareTargetPct(targets: SlaTargets): number | null {
  const target = findTarget(targets, 'coverage-probability')
  if (target === undefined) return null
  if (target.percentile !== null) return target.percentile
  return target.unit === '%' ? target.value : target.value * 100
}

/**
 * The SLA's interruption limit in seconds per hour, or null: the `interruption` target in s/h (as a
 * share of time, '%' or 'ratio', it is converted: 0.1 % = 3.6 s/h).
 */
export function interruptionTargetSecondsPerHour(targets: SlaTargets): number | null {
  const target = findTarget(targets, 'interruption')
  if (target === undefined) return null
  if (target.unit === '%') return target.value * 36
  if (target.unit === 'ratio') return target.value * 3600
  if (/^s( per |\/)(h|hour)$/.test(target.unit)) return target.value
  throw new RangeError(`target interruption must be in s/h, '%' or 'ratio', not ${JSON.stringify(target.unit)}`)
}
