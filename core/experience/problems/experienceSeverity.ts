/**
 * How bad one measurement's experience is, on a 0–1 scale, for each experience dimension, and how
 * the operator's priority weighs the dimensions. The thresholds are operator choices, not standard
 * values: they are UNVERIFIED defaults, exported so that the CLI and the UI can show and change them.
 */

/** The operator's priority: which experience problem to fix first. */
export const experiencePriorities = ['rate', 'stall', 'latency'] as const
export type ExperiencePriority = (typeof experiencePriorities)[number]

/** The experience dimensions a measurement can be bad in. */
export type ExperienceDimension = 'rate' | 'stall' | 'latency'

export interface ExperienceThresholds {
  /** DL rate below which browsing and downloads feel slow, Mbit/s. UNVERIFIED operator target; default 10. */
  rateThresholdMbps: number
  /**
   * Video rate that must be sustained or playback stalls, Mbit/s. Default 4: a typical 1080p30 H.264
   * live encoder rate (UNVERIFIED as a network-wide target; the encoder rate of liveUplinkVideo's input).
   */
  stallVideoRateMbps: number
  /** Round-trip time above which interactive use (gaming, calls) suffers, ms. UNVERIFIED operator target; default 100. */
  latencyThresholdMs: number
}

export const defaultExperienceThresholds: Readonly<ExperienceThresholds> = {
  rateThresholdMbps: 10,
  stallVideoRateMbps: 4,
  latencyThresholdMs: 100,
}

/**
 * Weight of each dimension under each priority. The priority's own dimension counts fully, the
 * others at 0.25 so that a cell bad in every way still ranks, but below a cell bad in what the
 * operator puts first. UNVERIFIED: a product choice, exported to be shown.
 */
export const priorityWeights: Readonly<Record<ExperiencePriority, Readonly<Record<ExperienceDimension, number>>>> = {
  rate: { rate: 1, stall: 0.25, latency: 0.25 },
  stall: { rate: 0.25, stall: 1, latency: 0.25 },
  latency: { rate: 0.25, stall: 0.25, latency: 1 },
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x))

/** Rate shortfall: (threshold − rate) / threshold, 0 at or above the threshold, 1 at 0 Mbit/s. */
export function rateSeverity(dlMbps: number, thresholdMbps: number): number {
  return clamp01((thresholdMbps - dlMbps) / thresholdMbps)
}

/**
 * Stall severity, a simple shortfall model: below the video rate the play-out buffer drains at
 * 1 − rate / videoRate seconds per second, the share of the time the video would be stalled in steady
 * state; 0 at or above the video rate.
 */
export function stallSeverity(dlMbps: number, videoRateMbps: number): number {
  return clamp01(1 - dlMbps / videoRateMbps)
}

/** Latency excess: (RTT − threshold) / threshold, 0 at or below the threshold, 1 at twice it. */
export function latencySeverity(rttMs: number, thresholdMs: number): number {
  return clamp01((rttMs - thresholdMs) / thresholdMs)
}

/** One measurement's severity per dimension; a dimension it did not measure is left out. */
export type DimensionSeverities = Partial<Record<ExperienceDimension, number>>

/** Severities of a throughput measurement (drive-test DL rate or a throughput KQI). */
export function throughputSeverities(dlMbps: number, thresholds: ExperienceThresholds): DimensionSeverities {
  return { rate: rateSeverity(dlMbps, thresholds.rateThresholdMbps), stall: stallSeverity(dlMbps, thresholds.stallVideoRateMbps) }
}

/** Badness of a measurement under a priority: the largest weighted severity, so 0–1 and counted once. */
export function weightedBadness(severities: DimensionSeverities, priority: ExperiencePriority): number {
  const weights = priorityWeights[priority]
  let worst = 0
  for (const dimension of Object.keys(severities) as ExperienceDimension[]) worst = Math.max(worst, weights[dimension] * (severities[dimension] ?? 0))
  return worst
}

/** Refuses thresholds that are not positive, naming the bad one. */
export function checkThresholds(thresholds: ExperienceThresholds): void {
  for (const [name, value] of Object.entries(thresholds)) {
    if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${name} must be a positive number, not ${String(value)}`)
  }
}
