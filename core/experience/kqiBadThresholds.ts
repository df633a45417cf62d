import type { BadDirection } from '../api/schemas/experienceModelSchemas.js'
import { defaultExperienceThresholds } from './problems/experienceSeverity.js'
import { serverKqiThresholds } from './problems/readCellExperience.js'

/** A KQI's bad-experience rule: bad below (`lower`) or above (`higher`) a fixed threshold, or a quantile of its own values. */
export interface KqiBadRule {
  direction: BadDirection
  /** Threshold in the KQI's unit; 'quantile' when no fixed target exists (see kqiBadQuantile). */
  threshold: number | 'quantile'
  /** Why this threshold, in a phrase (shown with the model). */
  basis: string
}

/**
 * A drive-test uplink rate below this is bad, Mbit/s. UNVERIFIED operator-style default: an HD video
 * call sends about 1–1.5 Mbit/s, a photo upload at 1 Mbit/s already takes seconds.
 */
export const ulBadBelowMbps = 1

/**
 * A download time above this is bad, s… there is none: a download's time depends on the file's size
 * (the 5Gophers downloads fetch 1 GiB in 40–70 s), so a fixed target would say more about the file
 * than the network. Download times take the quantile rule instead.
 */
export const downloadTimeRule = 'quantile' as const

/**
 * Worse-side share of values counted as bad for a KQI without a fixed target: its 20th percentile
 * when lower is worse, its 80th when higher is worse. UNVERIFIED: a relative rule, it marks the worst
 * fifth of the project's own values, whatever their absolute level.
 */
export const kqiBadQuantile = 0.2

/**
 * Fixed bad-experience rules of the known KQIs. UNVERIFIED operator-style defaults, shared with the
 * TopN ranking where it has one: rates bad below its rate threshold (10 Mbit/s,
 * defaultExperienceThresholds), RTT above its latency threshold (100 ms), page loads above 3 s
 * (serverKqiThresholds).
 */
export const kqiBadRules: Readonly<Record<string, KqiBadRule>> = {
  dlMbps: { direction: 'lower', threshold: defaultExperienceThresholds.rateThresholdMbps, basis: 'rate threshold of the TopN ranking' },
  throughputMbps: { direction: 'lower', threshold: defaultExperienceThresholds.rateThresholdMbps, basis: 'rate threshold of the TopN ranking' },
  ulMbps: { direction: 'lower', threshold: ulBadBelowMbps, basis: 'uplink for an HD video call' },
  rttMs: { direction: 'higher', threshold: defaultExperienceThresholds.latencyThresholdMs, basis: 'latency threshold of the TopN ranking' },
  pageLoadTimeS: { direction: 'higher', threshold: serverKqiThresholds.pageLoadTimeS ?? 3, basis: 'page load target of the TopN ranking' },
  downloadTimeS: { direction: 'higher', threshold: downloadTimeRule, basis: 'no fixed target: depends on the file size' },
}

/** Names of KQIs where a higher value is worse experience: times, delays, losses, failures. */
const higherIsWorse = /time|ms$|delay|latency|rtt|jitter|loss|error|fail|drop|stall|rebuffer|bler/i

/** Which side is bad for a KQI without a rule, from its name: times, delays and losses higher, everything else (rates, scores) lower. */
export function badDirectionOfKqiName(kqi: string): BadDirection {
  return higherIsWorse.test(kqi) ? 'higher' : 'lower'
}

/** The rule of a KQI: its fixed rule, else the quantile rule on the side its name suggests. */
export function kqiBadRule(kqi: string): KqiBadRule {
  return kqiBadRules[kqi] ?? { direction: badDirectionOfKqiName(kqi), threshold: 'quantile', basis: 'worst fifth of the project\'s values' }
}

/**
 * The bad threshold of a KQI over its values (any order; non-finite ignored): the fixed threshold, or
 * the worse-side kqiBadQuantile of the values (linear interpolation). NaN without values under the quantile rule.
 */
export function resolveBadThreshold(rule: KqiBadRule, values: ArrayLike<number>): number {
  if (rule.threshold !== 'quantile') return rule.threshold
  const sorted = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b)
  return quantileOfSorted(sorted, rule.direction === 'lower' ? kqiBadQuantile : 1 - kqiBadQuantile)
}

/** Quantile `q` (0–1) of ascending values, linear between order statistics (type 7); NaN when empty. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const h = (n - 1) * Math.min(1, Math.max(0, q))
  const lo = Math.floor(h)
  const a = sorted[lo] as number
  const b = sorted[Math.min(n - 1, lo + 1)] as number
  return a + (h - lo) * (b - a)
}

/** Whether a value is on the bad side of the threshold (strictly). */
export function isBadValue(value: number, threshold: number, direction: BadDirection): boolean {
  return direction === 'lower' ? value < threshold : value > threshold
}
