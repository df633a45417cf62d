import { madToSigma, robustLevel, type RobustLevel } from './trailingBaseline.js'

/** Which way a metric gets worse: throughput drops, RTT and page load time rise. */
export type WorseDirection = 'lower' | 'higher'

export interface DegradationOptions {
  /** Which way is worse. Default 'lower' (throughput-like). */
  worse?: WorseDirection
  /** Trailing baseline window, in points. Default 120 (two minutes of 1 s samples). */
  windowSize?: number
  /** Points needed in the window before any alarm. Default 60: the MAD of fewer points underestimates σ often enough to raise false alarms. */
  minBaselinePoints?: number
  /** CUSUM allowance k, in robust standard deviations: shifts smaller than about 2k are ignored. Default 1. */
  allowanceSigma?: number
  /** CUSUM decision threshold h, in robust standard deviations. Default 8 (see detectDegradation). */
  thresholdSigma?: number
  /** Consecutive points back within k of the baseline that end a degraded period. Default 5. */
  recoveryPoints?: number
  /**
   * Floor of the robust standard deviation, in the metric's unit, so that a flat baseline (MAD 0,
   * e.g. a quantised counter) does not turn every wiggle into an infinite z. Default 1e-6.
   */
  minSigma?: number
}

/** A run of degraded points, from where the CUSUM started rising to the last point before recovery. */
export interface DegradedPeriod {
  startIndex: number
  /** Last degraded index, inclusive. */
  endIndex: number
  /** Index where the CUSUM crossed the threshold (detection delay = alarmIndex − true start). */
  alarmIndex: number
  /** The baseline frozen at the alarm. */
  baseline: RobustLevel
  /** Worst robust z-score in the period, signed so that positive is worse. */
  peakZ: number
}

export interface DegradationResult {
  /** Robust z-score of each point against its baseline, positive = worse; NaN before the baseline has enough points. */
  zScores: number[]
  /** Whether each point lies inside a degraded period. */
  degraded: boolean[]
  periods: DegradedPeriod[]
}

interface Settings {
  sign: number
  windowSize: number
  minPoints: number
  k: number
  h: number
  recoveryPoints: number
  minSigma: number
}

function settingsOf(options: DegradationOptions): Settings {
  const s: Settings = {
    sign: (options.worse ?? 'lower') === 'lower' ? -1 : 1,
    windowSize: options.windowSize ?? 120,
    minPoints: options.minBaselinePoints ?? 60,
    k: options.allowanceSigma ?? 1,
    h: options.thresholdSigma ?? 8,
    recoveryPoints: options.recoveryPoints ?? 5,
    minSigma: options.minSigma ?? 1e-6,
  }
  if (!Number.isInteger(s.windowSize) || s.windowSize < 3) throw new RangeError(`windowSize must be a whole number ≥ 3, not ${s.windowSize}`)
  if (!Number.isInteger(s.minPoints) || s.minPoints < 3 || s.minPoints > s.windowSize) {
    throw new RangeError(`minBaselinePoints must be a whole number within 3…windowSize (${s.windowSize}), not ${s.minPoints}`)
  }
  if (!(s.k >= 0)) throw new RangeError(`allowanceSigma must be ≥ 0, not ${s.k}`)
  if (!(s.h > 0)) throw new RangeError(`thresholdSigma must be > 0, not ${s.h}`)
  if (!Number.isInteger(s.recoveryPoints) || s.recoveryPoints < 1) throw new RangeError(`recoveryPoints must be a whole number ≥ 1, not ${s.recoveryPoints}`)
  if (!(s.minSigma > 0)) throw new RangeError(`minSigma must be > 0, not ${s.minSigma}`)
  return s
}

/**
 * Marks degraded periods of a metric series: a one-sided CUSUM (Page 1954) on robust z-scores
 * z = (x − median) / (1.4826 · MAD) against a trailing median/MAD baseline. The baseline is frozen
 * during an alarm and the alarm's points never enter it, so a lasting degradation stays flagged
 * instead of becoming the new normal. With the defaults (k = 1, h = 8, 60 baseline points) a step of
 * 4 σ is flagged after about h / (4 − k) ≈ 3 points (at most 4 in the tests) and a 2 σ step after
 * about 8 (at most 24); on Gaussian noise the tests see no alarm in 20 × 1000 points (k = 0.5 and
 * h = 10 were tried: faster on 2 σ steps, but they alarmed on noise). A period ends after `recoveryPoints` good points in a row (a CUSUM that climbed
 * far would otherwise take long to drain). NaN values are skipped (never degraded, never in the baseline).
 */
export function detectDegradation(values: readonly number[], options: DegradationOptions = {}): DegradationResult {
  const s = settingsOf(options)
  const zScores: number[] = []
  const degraded: boolean[] = values.map(() => false)
  const periods: DegradedPeriod[] = []
  const window: number[] = []
  const pending: number[] = []
  let cusum = 0
  let runStart = -1
  let goodRun = 0
  let open: DegradedPeriod | undefined
  const close = (): void => {
    if (open !== undefined) for (let j = open.startIndex; j <= open.endIndex; j++) degraded[j] = true
    open = undefined
    goodRun = 0
  }
  values.forEach((value, i) => {
    if (!Number.isFinite(value) || window.length < s.minPoints) {
      zScores.push(Number.NaN)
      if (Number.isFinite(value)) window.push(value)
      return
    }
    const level = open?.baseline ?? robustLevel(window)
    const z = (s.sign * (value - level.median)) / Math.max(madToSigma * level.mad, s.minSigma)
    zScores.push(z)
    if (cusum === 0) runStart = i
    cusum = Math.max(0, cusum + z - s.k)
    if (open === undefined && cusum > s.h) {
      open = { startIndex: runStart, endIndex: i, alarmIndex: i, baseline: level, peakZ: z }
      periods.push(open)
    } else if (open !== undefined) {
      goodRun = z <= s.k ? goodRun + 1 : 0
      if (goodRun >= s.recoveryPoints) cusum = 0
      else if (goodRun === 0) open.endIndex = i
      open.peakZ = Math.max(open.peakZ, z)
    }
    if (cusum === 0) close()
    // Points of a rising CUSUM wait outside the baseline: if the run ends without an alarm they were
    // noise and go in (leaving them out for good would bias the baseline to the good side); if it
    // alarms they were the start of the degradation and stay out, like every point of an alarm.
    if (open !== undefined) pending.length = 0
    else if (cusum > 0) pending.push(value)
    else {
      window.push(...pending.splice(0), value)
      window.splice(0, Math.max(0, window.length - s.windowSize))
    }
  })
  close()
  return { zScores, degraded, periods }
}
