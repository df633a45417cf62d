import { RadioInputError } from '../radioInputError.js'
import { subcarriersPerPrb } from '../rate/numerology.js'

/**
 * Thermal noise density kT at 290 K, dBm/Hz: −174, the rounded value ns-3 uses (exact −173.98;
 * docs/radio-models.md §4.1, VERIFIED against ns-3).
 */
export const thermalNoiseDensityDbmPerHz = -174

/** Receiver noise figures of a link, dB. */
export interface NoiseFigures {
  ueDb: number
  gnbDb: number
}

/**
 * ns-3 LTE defaults (`LteUePhy`/`LteEnbPhy` NoiseFigure): UE 9 dB, gNB 5 dB — VERIFIED as ns-3
 * values (docs/radio-models.md §4.2). The project default ({@link defaultNoiseFiguresDb}).
 */
export const ns3NoiseFiguresDb: NoiseFigures = Object.freeze({ ueDb: 9, gnbDb: 5 })

/**
 * ITU-R M.2412 / TR 38.802 style FR1 (< 6 GHz) values: UE 7 dB, gNB 5 dB. UNVERIFIED against the
 * spec text (docs/radio-models.md §4.2, §7); the demo generator uses them.
 */
export const m2412Fr1NoiseFiguresDb: NoiseFigures = Object.freeze({ ueDb: 7, gnbDb: 5 })

/** ITU-R M.2412 / TR 38.802 style FR2 values: UE 10 dB, gNB 7 dB. UNVERIFIED. */
export const m2412Fr2NoiseFiguresDb: NoiseFigures = Object.freeze({ ueDb: 10, gnbDb: 7 })

/**
 * Noise figures used when a caller gives none: the ns-3 values, the only set checked against a
 * public source. A project parameter: override it per project rather than editing this constant.
 */
export const defaultNoiseFiguresDb: NoiseFigures = ns3NoiseFiguresDb

/**
 * Thermal noise power in dBm over a bandwidth: −174 + 10·log10(B_Hz) + NF (docs/radio-models.md §4.1).
 * @param bandwidthHz noise bandwidth, Hz (> 0)
 * @param noiseFigureDb receiver noise figure, dB
 */
export function noisePowerDbm(bandwidthHz: number, noiseFigureDb: number): number {
  if (!(bandwidthHz > 0) || !Number.isFinite(bandwidthHz)) throw new RadioInputError('bandwidthHz', `bandwidthHz must be a positive number of Hz, not ${bandwidthHz}`)
  if (!Number.isFinite(noiseFigureDb)) throw RadioInputError.notFinite('noiseFigureDb', noiseFigureDb, 'thermal noise')
  return thermalNoiseDensityDbmPerHz + 10 * Math.log10(bandwidthHz) + noiseFigureDb
}

/**
 * Noise power in one resource element (bandwidth = SCS), dBm: the noise to compare with RSRP and
 * other per-RE powers (docs/radio-models.md §6 trap 7). 30 kHz → −129.23 dBm + NF.
 */
export function noisePerReDbm(scsKhz: number, noiseFigureDb: number): number {
  return noisePowerDbm(scsKhz * 1000, noiseFigureDb)
}

/**
 * Noise power over `prbs` resource blocks (B = prbs · 12 · SCS), dBm. 273 PRB at 30 kHz
 * (98.28 MHz) → −94.08 dBm + NF.
 */
export function noiseOverPrbsDbm(prbs: number, scsKhz: number, noiseFigureDb: number): number {
  if (!(prbs > 0)) throw new RadioInputError('prbs', `prbs must be a positive number of resource blocks, not ${prbs}`)
  return noisePowerDbm(prbs * subcarriersPerPrb * scsKhz * 1000, noiseFigureDb)
}
