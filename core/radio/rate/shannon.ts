import { RadioInputError } from '../radioInputError.js'

/**
 * Parameters of the attenuated, truncated Shannon bound (TR 36.942 Annex A form).
 * All three are calibration inputs; the published LTE values are recalled, not verified.
 */
export interface ShannonParameters {
  /** Implementation-loss factor α applied to log2(1 + SINR), 0 < α ≤ 1. */
  alpha: number
  /** Below this SINR nothing is decoded, dB. */
  sinrMinDb: number
  /** Efficiency of the top MCS, bits per RE per layer (b/s/Hz); the bound is capped here. */
  maxEfficiency: number
}

/**
 * LTE DL values recalled from TR 36.942 Table A.2: α = 0.6, SINR_min = −10 dB, SE_max = 4.4
 * (64QAM). UNVERIFIED: no stored copy of TR 36.942 was found (docs/radio-models.md §5.3, §7).
 * For NR 256QAM raise `maxEfficiency` only as a calibrated project choice.
 */
export const lteDownlinkShannon: ShannonParameters = Object.freeze({ alpha: 0.6, sinrMinDb: -10, maxEfficiency: 4.4 })

/** LTE UL values recalled from TR 36.942 Table A.2: α = 0.4, SINR_min = −10 dB, SE_max = 2.0 (16QAM). UNVERIFIED. */
export const lteUplinkShannon: ShannonParameters = Object.freeze({ alpha: 0.4, sinrMinDb: -10, maxEfficiency: 2.0 })

/**
 * Spectral efficiency in bits per RE per layer (TR 36.942 Annex A, docs/radio-models.md §5.3):
 * 0 below SINR_min, α·log2(1 + SINR) above, capped at SE_max.
 * DL LTE values: 0 / 10 / 20 dB → 0.600 / 2.076 / 3.995.
 */
export function truncatedShannonEfficiency(sinrDb: number, parameters: ShannonParameters): number {
  if (sinrDb < parameters.sinrMinDb) return 0
  return Math.min(parameters.maxEfficiency, parameters.alpha * Math.log2(1 + 10 ** (sinrDb / 10)))
}

/** SINR in dB where α·log2(1 + SINR) reaches SE_max, above which the bound is flat (DL LTE ≈ 22.0 dB, UL ≈ 14.9 dB). */
export function shannonSaturationSinrDb(parameters: ShannonParameters): number {
  checkShannonParameters(parameters)
  return 10 * Math.log10(2 ** (parameters.maxEfficiency / parameters.alpha) - 1)
}

/** Throws unless α is in (0, 1] and SE_max is positive. */
export function checkShannonParameters(parameters: ShannonParameters): void {
  if (!(parameters.alpha > 0 && parameters.alpha <= 1)) throw new RadioInputError('alpha', `alpha must be within 0…1 (exclusive of 0) (TR 36.942 Annex A), not ${parameters.alpha}`)
  if (!(parameters.maxEfficiency > 0)) throw new RadioInputError('maxEfficiency', `maxEfficiency must be positive, bits per RE, not ${parameters.maxEfficiency}`)
  if (!Number.isFinite(parameters.sinrMinDb)) throw new RadioInputError('sinrMinDb', `sinrMinDb must be a finite dB value, not ${parameters.sinrMinDb}`)
}
