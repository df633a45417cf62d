import { RadioInputError } from '../radioInputError.js'

/** Subcarrier spacings of the NR data channels covered here, kHz (TS 38.211 Table 4.2-1, μ = 0…3). */
export const subcarrierSpacingsKhz: readonly number[] = Object.freeze([15, 30, 60, 120])

/** Symbols per slot with the normal cyclic prefix (TS 38.211 Table 4.3.2-1). */
export const symbolsPerSlot = 14

/** Subcarriers per resource block (TS 38.211 §4.4.4.1). */
export const subcarriersPerPrb = 12

/**
 * Numerology μ of a subcarrier spacing: SCS = 15 kHz · 2^μ (TS 38.211 Table 4.2-1).
 * Throws for spacings other than 15, 30, 60 and 120 kHz.
 */
export function numerologyForScs(scsKhz: number): number {
  const mu = subcarrierSpacingsKhz.indexOf(scsKhz)
  if (mu < 0) throw new RadioInputError('scsKhz', `scsKhz must be one of ${subcarrierSpacingsKhz.join(', ')} kHz (TS 38.211 Table 4.2-1), not ${scsKhz}`)
  return mu
}

/** Slot duration in ms: 1 ms / 2^μ (TS 38.211 §4.3.2). */
export function slotDurationMs(scsKhz: number): number {
  return 1 / 2 ** numerologyForScs(scsKhz)
}

/**
 * Average OFDM symbol duration T_s in seconds, normal CP: 1e-3 / (14 · 2^μ) (TS 38.306 §4.1.2).
 * 30 kHz → 35.714 µs.
 */
export function averageSymbolDurationS(scsKhz: number): number {
  return 1e-3 / (symbolsPerSlot * 2 ** numerologyForScs(scsKhz))
}

/**
 * Resource elements per second per layer when every symbol of `prbs` resource blocks is used:
 * N_PRB · 12 / T_s = N_PRB · 12 · 14 · 2^μ · 1000 (TS 38.306 §4.1.2; written as a product of
 * integers so that it is exact). 273 PRB at 30 kHz → 91 728 000 RE/s.
 */
export function resourceElementsPerSecond(prbs: number, scsKhz: number): number {
  if (!(prbs > 0) || !Number.isFinite(prbs)) throw new RadioInputError('prbs', `prbs must be a positive number of resource blocks, not ${prbs}`)
  return prbs * subcarriersPerPrb * symbolsPerSlot * 2 ** numerologyForScs(scsKhz) * 1000
}
