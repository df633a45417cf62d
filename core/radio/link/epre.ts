import { RadioInputError } from '../radioInputError.js'
import { subcarriersPerPrb } from '../rate/numerology.js'
import { transmissionBandwidthPrbs, type FrequencyRange } from '../rate/transmissionBandwidth.js'

/**
 * Energy per resource element in dBm of a total power spread evenly over `subcarriers`
 * (no power boosting): P − 10·log10(N_SC) (docs/radio-models.md §4.6).
 * 53.0 dBm over 3276 subcarriers → 17.9 dBm.
 */
export function energyPerReDbm(totalPowerDbm: number, subcarriers: number): number {
  if (!(subcarriers >= 1) || !Number.isFinite(subcarriers)) throw new RadioInputError('subcarriers', `subcarriers must be at least 1, not ${subcarriers}`)
  return totalPowerDbm - 10 * Math.log10(subcarriers)
}

/** A carrier by its channel bandwidth and numerology. */
export interface CarrierConfiguration {
  bandwidthMhz: number
  scsKhz: number
  /** Default `'fr1'`. */
  fr?: FrequencyRange
}

/**
 * EPRE in dBm of a carrier's total transmit power spread over all N_PRB · 12 subcarriers, with
 * N_PRB from TS 38.101-1/-2 Table 5.3.2-1. 100 MHz at 30 kHz: P − 35.15 dB (320 W → 19.9 dBm).
 * SSB EPRE may be boosted relative to this; use the cell's ss-PBCH-BlockPower when known.
 */
export function carrierEnergyPerReDbm(totalPowerDbm: number, carrier: CarrierConfiguration): number {
  const prbs = transmissionBandwidthPrbs(carrier.bandwidthMhz, carrier.scsKhz, carrier.fr ?? 'fr1')
  return energyPerReDbm(totalPowerDbm, prbs * subcarriersPerPrb)
}
