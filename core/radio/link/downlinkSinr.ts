import { RadioInputError, type ValidRange } from '../radioInputError.js'

const unitInterval: ValidRange = { minimum: 0, maximum: 1, unit: '' }

// docs/radio-models.md §4.5: SINR = S / (Σ_j η_j · I_j + N_RE), every term a per-RE power in mW.
// RSRP is per RE (TS 38.215 §5.1.1), so the noise must be per RE too (§6 trap 7), and interference
// is summed in mW, never in dB (§6 trap 8).

/** Inputs of {@link downlinkSinrDb}, all per resource element. */
export interface DownlinkSinrInput {
  /** Serving-cell RSRP (or per-RE received power), mW. */
  servingRsrpMw: number
  /** RSRP of each interfering cell on the same REs, mW. */
  interfererRsrpMw: readonly number[]
  /** Noise per RE, mW (see noise.ts `noisePerReDbm`, then `dbmToMw`). */
  noisePerReMw: number
  /**
   * Activity η of the interferers on these REs, 0…1: one value for all or one per interferer.
   * PDSCH SINR: the neighbour PRB load. SSB SINR: 1 only when neighbour SSBs are time-aligned on
   * the same REs (synchronised TDD, same SSB positions), else about 0.
   */
  activity: number | readonly number[]
}

/**
 * Downlink SINR in dB from serving and interferer RSRPs (docs/radio-models.md §4.5).
 * Check: serving −85 dBm, interferers −95 and −98 dBm, N_RE −122.23 dBm (30 kHz, NF 7 dB):
 * 8.23 dB at η = 1, 11.24 dB at η = 0.5.
 */
export function downlinkSinrDb(input: DownlinkSinrInput): number {
  const { servingRsrpMw, interfererRsrpMw, noisePerReMw, activity } = input
  checkPower('servingRsrpMw', servingRsrpMw)
  checkPower('noisePerReMw', noisePerReMw)
  if (typeof activity !== 'number' && activity.length !== interfererRsrpMw.length) {
    throw new RadioInputError('activity', `activity must be one number or one per interferer (${interfererRsrpMw.length}), not ${activity.length} values`)
  }
  let interferenceMw = 0
  interfererRsrpMw.forEach((rsrpMw, j) => {
    const eta = typeof activity === 'number' ? activity : (activity[j] as number)
    checkPower(`interfererRsrpMw[${j}]`, rsrpMw)
    checkActivity(eta)
    interferenceMw += eta * rsrpMw
  })
  return 10 * Math.log10(servingRsrpMw / (interferenceMw + noisePerReMw))
}

/**
 * Array form of {@link downlinkSinrDb} for many points (a coverage grid or a route): per point the
 * serving RSRP and the interference already summed over interferers (Σ_j RSRP_j, mW), one noise
 * level and one activity η for all. Writes SINR in dB to `outSinrDb`; allocates nothing per point.
 */
export function downlinkSinrDbKernel(
  servingRsrpMw: ArrayLike<number>,
  interferenceRsrpMw: ArrayLike<number>,
  noisePerReMw: number,
  activity: number,
  outSinrDb: Float32Array | Float64Array,
): void {
  const n = servingRsrpMw.length
  if (interferenceRsrpMw.length !== n || outSinrDb.length !== n) {
    throw new RadioInputError('interferenceRsrpMw', `servingRsrpMw, interferenceRsrpMw and outSinrDb must have one length, not ${n}, ${interferenceRsrpMw.length}, ${outSinrDb.length}`)
  }
  checkPower('noisePerReMw', noisePerReMw)
  checkActivity(activity)
  for (let i = 0; i < n; i++) {
    outSinrDb[i] = 10 * Math.log10((servingRsrpMw[i] as number) / (activity * (interferenceRsrpMw[i] as number) + noisePerReMw))
  }
}

function checkPower(argument: string, mw: number): void {
  if (!(mw >= 0) || !Number.isFinite(mw)) throw new RadioInputError(argument, `${argument} must be a non-negative finite power in mW, not ${mw}`)
}

function checkActivity(eta: number): void {
  if (!(eta >= 0 && eta <= 1)) throw new RadioInputError('activity', `activity must be within 0…1 for interferer activity η (docs/radio-models.md §4.5), not ${eta}`, unitInterval)
}
