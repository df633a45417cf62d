/** A stall: [media time it happens at, its duration], both in s (P.1203 input I.23). */
export type Stall = readonly [mediaTimeS: number, durationS: number]

/** P.1203.3 stalling coefficients (sla-and-qoe-models.md §4.3 [V]) and the initial-loading weight [U]. */
export const stallingCoefficients = Object.freeze({
  /** Recency weight of a stall's length: base + (1 − base)·0.5^((T − p)/half-life). */
  lengthWeightBase: 0.4841,
  lengthWeightHalfLifeS: 10,
  /** SI = e^(−N/s1)·e^(−(L/T)/s2)·e^(−(avg interval/T)/s3). */
  countScale: 9.3516,
  lengthScale: 0.91891,
  intervalScale: 11.0568,
  /**
   * Initial loading (a stall at media time 0) counts a third of its length and not in the stall count.
   * UNVERIFIED: recalled from P.1203.3, not in the reference doc; set to 1 to treat it as any stall.
   */
  initialLoadingWeight: 1 / 3,
})

/** The stalling indicator and the numbers it is made of. */
export interface StallingSummary {
  /** SI, 0…1 (1 = no stalling). */
  stallingIndicator: number
  /** N, stalls counted (initial loading excluded). */
  stallCount: number
  /** L, weighted total stall length, s. */
  weightedStallLengthS: number
  /** Average interval between consecutive stalls, s (0 for fewer than two). */
  averageIntervalS: number
}

/**
 * ITU-T P.1203.3 stalling indicator for a session of `sessionDurationS` media seconds: each stall's
 * length weighted by 0.4841 + 0.5159·0.5^((T − p)/10 s) (recent stalls count fully), N, and the average
 * interval between stalls; SI = e^(−N/9.3516)·e^(−(L/T)/0.91891)·e^(−(avg interval/T)/11.0568).
 * O.23 = 1 + 4·SI. Stalls must already be validated (the session function does it).
 */
export function stallingIndicator(stalls: readonly Stall[], sessionDurationS: number): StallingSummary {
  const c = stallingCoefficients
  const ordered = [...stalls].sort((a, b) => a[0] - b[0])
  let weightedStallLengthS = 0
  const positionsS: number[] = []
  for (const [mediaTimeS, durationS] of ordered) {
    if (mediaTimeS === 0) {
      weightedStallLengthS += durationS * c.initialLoadingWeight
      continue
    }
    const recency = c.lengthWeightBase + (1 - c.lengthWeightBase) * 0.5 ** ((sessionDurationS - mediaTimeS) / c.lengthWeightHalfLifeS)
    weightedStallLengthS += durationS * recency
    positionsS.push(mediaTimeS)
  }
  const stallCount = positionsS.length
  const gapsS = positionsS.slice(1).map((position, index) => position - (positionsS[index] ?? position))
  const averageIntervalS = gapsS.length === 0 ? 0 : gapsS.reduce((sum, gap) => sum + gap, 0) / gapsS.length
  const t = sessionDurationS
  const indicator =
    Math.exp(-stallCount / c.countScale) * Math.exp(-(weightedStallLengthS / t) / c.lengthScale) * Math.exp(-(averageIntervalS / t) / c.intervalScale)
  return { stallingIndicator: indicator, stallCount, weightedStallLengthS, averageIntervalS }
}
