import { RadioInputError } from '../radioInputError.js'
import type { LinkDirection } from './linkDirection.js'
import { modulationOrder, modulations, type Modulation } from './modulation.js'
import { resourceElementsPerSecond } from './numerology.js'
import { transmissionBandwidthPrbs, type FrequencyRange } from './transmissionBandwidth.js'

/** R_max = 948/1024, the highest LDPC code rate of the MCS tables (TS 38.306 §4.1.2). */
export const maxCodeRate = 948 / 1024

/** Scaling factors f(j) a UE may signal per band/band combination (TS 38.306 §4.1.2). */
export const peakRateScalingFactors: readonly number[] = Object.freeze([1, 0.8, 0.75, 0.4])

/** Overhead OH(j) of TS 38.306 §4.1.2: FR1 DL 0.14, FR2 DL 0.18, FR1 UL 0.08, FR2 UL 0.10. */
export const peakRateOverhead: Readonly<Record<FrequencyRange, Readonly<Record<LinkDirection, number>>>> = Object.freeze({
  fr1: Object.freeze({ dl: 0.14, ul: 0.08 }),
  fr2: Object.freeze({ dl: 0.18, ul: 0.1 }),
})

/** Largest MIMO layer count v_layers per direction: 8 for PDSCH, 4 for PUSCH (TS 38.306 §4.1.2, UE capabilities). */
export const maxLayers: Readonly<Record<LinkDirection, number>> = Object.freeze({ dl: 8, ul: 4 })

/** Overhead OH of TS 38.306 §4.1.2 for a frequency range and direction. */
export function overheadFraction(fr: FrequencyRange, direction: LinkDirection): number {
  const byDirection = Object.hasOwn(peakRateOverhead, fr) ? peakRateOverhead[fr] : undefined
  if (byDirection === undefined) throw new RadioInputError('fr', `fr must be fr1 or fr2, not ${JSON.stringify(fr)}`)
  if (!Object.hasOwn(byDirection, direction)) throw new RadioInputError('direction', `direction must be dl or ul, not ${JSON.stringify(direction)}`)
  return byDirection[direction]
}

/** One component carrier j of the TS 38.306 §4.1.2 sum. */
export interface CarrierRateInput {
  /** Channel bandwidth, MHz (with `scsKhz` and `fr` it selects N_PRB of TS 38.101-1/-2 Table 5.3.2-1). */
  bandwidthMhz: number
  /** Subcarrier spacing, kHz: μ = 0…3 for 15…120 kHz. */
  scsKhz: number
  /** Default `'fr1'`. */
  fr?: FrequencyRange
  direction: LinkDirection
  /** MIMO layers v_layers: 1…8 DL, 1…4 UL. */
  layers: number
  modulation: Modulation
  /** f(j) ∈ {1, 0.8, 0.75, 0.4}; default 1. */
  scalingFactor?: number
}

/**
 * Peak data rate of one carrier in Mbit/s (TS 38.306 §4.1.2, docs/radio-models.md §5.4):
 * 1e-6 · v_layers · Q_m · f · R_max · N_PRB · 12 / T_s(μ) · (1 − OH). It describes one direction
 * using every symbol (no TDD term). 100 MHz, 30 kHz, 4 layers, 256QAM, DL, FR1 → 2337.0 Mbit/s.
 */
export function carrierPeakRateMbps(carrier: CarrierRateInput): number {
  const fr = carrier.fr ?? 'fr1'
  const scalingFactor = carrier.scalingFactor ?? 1
  const overhead = overheadFraction(fr, carrier.direction)
  if (!Object.hasOwn(modulationOrder, carrier.modulation)) {
    throw new RadioInputError('modulation', `modulation must be one of ${modulations.join(', ')}, not ${JSON.stringify(carrier.modulation)}`)
  }
  const layerLimit = maxLayers[carrier.direction]
  if (!Number.isInteger(carrier.layers) || carrier.layers < 1 || carrier.layers > layerLimit) {
    throw new RadioInputError('layers', `layers must be an integer 1…${layerLimit} for ${carrier.direction.toUpperCase()} (TS 38.306 §4.1.2), not ${carrier.layers}`)
  }
  if (!peakRateScalingFactors.includes(scalingFactor)) {
    throw new RadioInputError('scalingFactor', `scalingFactor must be one of ${peakRateScalingFactors.join(', ')} (TS 38.306 §4.1.2), not ${scalingFactor}`)
  }
  const prbs = transmissionBandwidthPrbs(carrier.bandwidthMhz, carrier.scsKhz, fr)
  const bitsPerSecond =
    carrier.layers * modulationOrder[carrier.modulation] * scalingFactor * maxCodeRate * resourceElementsPerSecond(prbs, carrier.scsKhz) * (1 - overhead)
  return bitsPerSecond / 1e6
}

/** Σ over carriers of {@link carrierPeakRateMbps}: the TS 38.306 §4.1.2 rate of a carrier aggregation, Mbit/s. */
export function peakRateMbps(carriers: readonly CarrierRateInput[]): number {
  if (carriers.length === 0) throw new RadioInputError('carriers', 'carriers must list at least one component carrier')
  return carriers.reduce((sumMbps, carrier) => sumMbps + carrierPeakRateMbps(carrier), 0)
}
