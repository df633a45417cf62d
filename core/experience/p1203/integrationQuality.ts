import { stallingIndicator, type Stall, type StallingSummary } from './stallingIndicator.js'

/** P.1203.3 integration coefficients (sla-and-qoe-models.md §4.3 [V]). */
export const integrationCoefficients = Object.freeze({
  /** O.34 = av1 + av2·O21 + av3·O22 + av4·O21·O22, clipped 1…5. */
  av1: -0.00069,
  av2: 0.15374,
  av3: 0.97154,
  av4: 0.02462,
  /** O.35 weights: recency t1 + t2·e^((u/T)/t3), quality t4 − t5·O34. */
  t1: 0.0066662,
  t2: 4.04e-5,
  t3: 0.1565,
  t4: 0.14318,
  t5: 0.023864,
  /** O.46 = 0.75·mos + 0.25·RF, then 0.02833 + 0.98117·O.46. */
  parametricWeight: 0.75,
  randomForestWeight: 0.25,
  finalOffset: 0.02833,
  finalSlope: 0.98117,
})

/**
 * Stand-in for the random-forest term RF of P.1203.3 (20 trees, not in the reference doc): DEVIATION,
 * RF := min(mos, randomForestCeilingMos). The ceiling 4.62 is calibrated on the doc's 60 s no-stall
 * golden session (O.46 = 4.84; with RF := mos it would be 4.93); the trees were trained on subjective
 * scores that rarely reach 5, which is what the ceiling mimics. It does not model the extra penalty
 * the trees give to several stalls (see integrationQuality.test.ts for what this costs).
 */
export const randomForestCeilingMos = 4.62

/** What P.1203.3 integrates: per-second audio and video MOS and the stalls. */
export interface IntegrationInput {
  /** O.21 per media second (1…5). */
  audioMosPerSecond: readonly number[]
  /** O.22 per media second (1…5), same length as the audio. */
  videoMosPerSecond: readonly number[]
  /** Stalls as [media time s, duration s]; a stall at media time 0 is initial loading. */
  stalls: readonly Stall[]
  /** RF ceiling of the random-forest stand-in (default randomForestCeilingMos). */
  randomForestCeilingMos?: number
}

/** P.1203.3 outputs. */
export interface IntegrationResult {
  /** O.34, audiovisual quality per second. */
  o34PerSecond: number[]
  /** O.35, audiovisual coding quality of the session (weighted baseline only, see deviation). */
  o35: number
  /** O.23, stalling quality 1 + 4·SI. */
  o23: number
  /** O.46, overall session quality. */
  o46: number
  /** The parametric part mos = 1 + (O.35 − 1)·SI and the RF stand-in used. */
  parametricMos: number
  randomForestMos: number
  stalling: StallingSummary
}

/**
 * ITU-T P.1203.3 integration: O.34 per second, O.35, stalling SI and O.23, and O.46.
 * DEVIATIONS (terms the reference doc does not give): O.35 is the recency- and quality-weighted mean of
 * O.34 only, without the negative-bias, oscillation and adaptation corrections (exact for sessions of
 * constant quality, optimistic when quality drops); RF is replaced as `randomForestCeilingMos` says.
 */
export function integrationQuality(input: IntegrationInput): IntegrationResult {
  const c = integrationCoefficients
  const seconds = input.videoMosPerSecond.length
  const o34PerSecond = input.videoMosPerSecond.map((video, index) => {
    const audio = input.audioMosPerSecond[index] ?? video
    return Math.min(5, Math.max(1, c.av1 + c.av2 * audio + c.av3 * video + c.av4 * audio * video))
  })
  let weightedSum = 0
  let weightSum = 0
  o34PerSecond.forEach((o34, u) => {
    const weight = (c.t1 + c.t2 * Math.exp(u / seconds / c.t3)) * (c.t4 - c.t5 * o34)
    weightedSum += weight * o34
    weightSum += weight
  })
  const o35 = Math.min(5, Math.max(1, weightedSum / weightSum))
  const stalling = stallingIndicator(input.stalls, seconds)
  const si = stalling.stallingIndicator
  const parametricMos = 1 + (o35 - 1) * si
  const randomForestMos = Math.min(parametricMos, input.randomForestCeilingMos ?? randomForestCeilingMos)
  const combined = c.parametricWeight * parametricMos + c.randomForestWeight * randomForestMos
  const o46 = Math.min(5, Math.max(1, c.finalOffset + c.finalSlope * combined))
  return { o34PerSecond, o35, o23: 1 + 4 * si, o46, parametricMos, randomForestMos, stalling }
}
