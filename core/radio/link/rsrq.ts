import { RadioInputError, type ValidRange } from '../radioInputError.js'

const unitInterval: ValidRange = { minimum: 0, maximum: 1, unit: '' }

/** Per-RE powers at one point for {@link rsrqDb}, mW. */
export interface RsrqInput {
  servingRsrpMw: number
  /** Σ over the other cells of their per-RE received power, mW. */
  interferenceRsrpMw: number
  noisePerReMw: number
  /** Activity η of the other cells on the measured REs, 0…1. */
  activity: number
}

/**
 * SS-RSRQ in dB = N · RSRP / RSSI (TS 38.215 §5.1.3), the RSSI over N resource blocks being 12·N
 * times the mean per-RE power. Approximation: in the measured symbols the serving cell is fully
 * active, the others at activity η, plus noise, so RSRQ = RSRP − 10·log10(12 · (S + η·ΣI + N)).
 * A lone cell without noise reads 10·log10(1/12) = −10.79 dB, the familiar fully-loaded ceiling.
 */
export function rsrqDb(input: RsrqInput): number {
  const { servingRsrpMw, interferenceRsrpMw, noisePerReMw, activity } = input
  if (!(activity >= 0 && activity <= 1)) throw new RadioInputError('activity', `activity must be within 0…1 for RSRQ, not ${activity}`, unitInterval)
  if (!(servingRsrpMw > 0)) throw new RadioInputError('servingRsrpMw', `servingRsrpMw must be a positive power in mW, not ${servingRsrpMw}`)
  const perReMw = servingRsrpMw + activity * interferenceRsrpMw + noisePerReMw
  return 10 * Math.log10(servingRsrpMw / (12 * perReMw))
}
