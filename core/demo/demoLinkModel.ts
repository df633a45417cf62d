/**
 * Small link-budget helpers for the synthetic drive test. They are planning approximations with
 * their clauses cited; the full radio engine belongs in core/radio. All powers per resource element
 * (RE) unless the name says otherwise: SS-RSRP is a per-RE quantity (TS 38.215 §5.1.1), so noise and
 * interference must be per RE too (docs/radio-models.md §6 trap 7).
 */

/** Thermal noise density kT at 290 K, dBm/Hz (docs/radio-models.md §4.1). */
export const thermalNoiseDbmPerHz = -174

/**
 * Noise figures in dB: UE 7 dB below 6 GHz, gNB 5 dB in FR1 — the TR 38.802 / ITU-R M.2412 style
 * planning values (docs/radio-models.md §4.2 marks them unverified against the spec text).
 */
export const ueNoiseFigureDb = 7
export const gnbNoiseFigureDb = 5

/** Fraction of neighbour REs carrying PDSCH: 50 % load, a common planning assumption. */
export const neighbourLoad = 0.5

/** Reporting ranges of TS 38.133: SS-RSRP Table 10.1.6.1-1, SS-RSRQ Table 10.1.11.1-1, SS-SINR Table 10.1.16.1-1. */
export const reportingRange = {
  rsrpDbm: { min: -156, max: -31 },
  rsrqDb: { min: -43, max: 20 },
  sinrDb: { min: -23, max: 40 },
} as const

export function dbmToMw(dbm: number): number {
  return 10 ** (dbm / 10)
}

export function mwToDbm(mw: number): number {
  return 10 * Math.log10(mw)
}

/** Noise power in one subcarrier, dBm: −174 + 10·log10(SCS) + NF (30 kHz, NF 7 dB → −122.23 dBm). */
export function noisePerReDbm(scsKhz: number, noiseFigureDb: number): number {
  return thermalNoiseDbmPerHz + 10 * Math.log10(scsKhz * 1000) + noiseFigureDb
}

/** Energy per RE in dBm of a total power spread evenly over `subcarriers` (no boosting): P − 10·log10(N_SC). */
export function energyPerReDbm(totalPowerDbm: number, subcarriers: number): number {
  return totalPowerDbm - 10 * Math.log10(subcarriers)
}

/** Received per-RE powers at one point: the serving cell and every other cell, dBm. */
export interface ReceivedPowers {
  servingDbm: number
  /** Sum over all other cells of their received power, mW (summed linearly, never in dB). */
  othersMw: number
  noiseDbm: number
}

/**
 * SINR in dB = S / (η · Σ I_j + N), all per RE in mW (docs/radio-models.md §4.5), with η the
 * neighbour load: the PDSCH-like SINR a drive-test tool reports. Check: serving −85 dBm,
 * interferers −95 and −98 dBm, N −122.23 dBm → 8.23 dB at η = 1, 11.24 dB at η = 0.5.
 */
export function sinrDb(powers: ReceivedPowers, load: number = neighbourLoad): number {
  return powers.servingDbm - mwToDbm(load * powers.othersMw + dbmToMw(powers.noiseDbm))
}

/**
 * SS-RSRQ in dB = N · RSRP / RSSI (TS 38.215 §5.1.3), where the RSSI over N resource blocks is
 * 12·N times the mean per-RE power. Approximation: in the measured symbols the serving cell is fully
 * active, neighbours at load η, plus noise; so RSRQ = RSRP − 10·log10(12 · (S + η·ΣI + N)).
 * A lone cell without noise reads −10.8 dB, the familiar fully-loaded ceiling.
 */
export function rsrqDb(powers: ReceivedPowers, load: number = neighbourLoad): number {
  const perReMw = dbmToMw(powers.servingDbm) + load * powers.othersMw + dbmToMw(powers.noiseDbm)
  return powers.servingDbm - mwToDbm(12 * perReMw)
}

/** A value clamped to a reporting range. */
export function clampToRange(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, value))
}
