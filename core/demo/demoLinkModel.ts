/**
 * The demo generator's link-budget choices. The models live in core/radio/link; this file fixes
 * the demo's parameters (noise figures, neighbour load) and the drive-test reporting ranges, and
 * keeps the names the demo scene imports. All powers per resource element (RE): SS-RSRP is a per-RE
 * quantity (TS 38.215 §5.1.1), so noise and interference are per RE too (docs/radio-models.md §6 trap 7).
 */
import { dbmToMw } from '../radio/link/decibels.js'
import { downlinkSinrDb } from '../radio/link/downlinkSinr.js'
import { m2412Fr1NoiseFiguresDb } from '../radio/link/noise.js'
import { rsrqDb as radioRsrqDb } from '../radio/link/rsrq.js'

export { dbmToMw } from '../radio/link/decibels.js'
export { energyPerReDbm } from '../radio/link/epre.js'
export { noisePerReDbm } from '../radio/link/noise.js'

/**
 * Noise figures in dB: UE 7 dB, gNB 5 dB, the ITU-R M.2412 / TR 38.802 style FR1 values
 * (docs/radio-models.md §4.2 marks them unverified; the radio default is ns-3's 9/5 dB). Kept so the
 * demo's generated data stays as it was.
 */
export const ueNoiseFigureDb = m2412Fr1NoiseFiguresDb.ueDb
export const gnbNoiseFigureDb = m2412Fr1NoiseFiguresDb.gnbDb

/** Fraction of neighbour REs carrying PDSCH: 50 % load, a common planning assumption. */
export const neighbourLoad = 0.5

/** Reporting ranges of TS 38.133: SS-RSRP Table 10.1.6.1-1, SS-RSRQ Table 10.1.11.1-1, SS-SINR Table 10.1.16.1-1. */
export const reportingRange = {
  rsrpDbm: { min: -156, max: -31 },
  rsrqDb: { min: -43, max: 20 },
  sinrDb: { min: -23, max: 40 },
} as const

/** Received per-RE powers at one point: the serving cell and every other cell, dBm. */
export interface ReceivedPowers {
  servingDbm: number
  /** Sum over all other cells of their received power, mW (summed linearly, never in dB). */
  othersMw: number
  noiseDbm: number
}

/**
 * The PDSCH-like SINR a drive-test tool reports, dB: core/radio/link/downlinkSinr.ts with the
 * neighbours at activity η = `load` (default {@link neighbourLoad}).
 */
export function sinrDb(powers: ReceivedPowers, load: number = neighbourLoad): number {
  return downlinkSinrDb({
    servingRsrpMw: dbmToMw(powers.servingDbm),
    interfererRsrpMw: [powers.othersMw],
    noisePerReMw: dbmToMw(powers.noiseDbm),
    activity: load,
  })
}

/** SS-RSRQ in dB (core/radio/link/rsrq.ts) with the neighbours at activity η = `load`. */
export function rsrqDb(powers: ReceivedPowers, load: number = neighbourLoad): number {
  return radioRsrqDb({
    servingRsrpMw: dbmToMw(powers.servingDbm),
    interferenceRsrpMw: powers.othersMw,
    noisePerReMw: dbmToMw(powers.noiseDbm),
    activity: load,
  })
}

/** A value clamped to a reporting range. */
export function clampToRange(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, value))
}
