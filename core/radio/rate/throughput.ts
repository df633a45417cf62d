import { RadioInputError } from '../radioInputError.js'
import { cqiTable } from './cqiTables.js'
import type { LinkDirection } from './linkDirection.js'
import { resourceElementsPerSecond } from './numerology.js'
import { overheadFraction } from './peakRate.js'
import { checkShannonParameters, truncatedShannonEfficiency, type ShannonParameters } from './shannon.js'
import { cqiFromSinr, type SinrToCqiMapping } from './sinrToCqi.js'
import type { FrequencyRange } from './transmissionBandwidth.js'

/**
 * How SINR becomes bits per RE per layer: a SINR → CQI mapping read through its CQI table
 * (docs/radio-models.md §5.2), or the attenuated truncated Shannon bound (§5.3).
 */
export type SpectralEfficiencyModel = SinrToCqiMapping | { method: 'shannon'; parameters: ShannonParameters }

export interface SpectralEfficiency {
  /** The CQI the mapping chose; null for the Shannon model. */
  cqi: number | null
  /** Bits per RE per layer, code rate included (never multiply by R_max again: §6 trap 13). */
  efficiencyBitsPerRe: number
}

/** Efficiency of `model` at `sinrDb`: CQI-table efficiency (CQI 0 → 0) or the Shannon bound. */
export function spectralEfficiency(sinrDb: number, model: SpectralEfficiencyModel): SpectralEfficiency {
  if (model.method === 'shannon') return { cqi: null, efficiencyBitsPerRe: truncatedShannonEfficiency(sinrDb, model.parameters) }
  const cqi = cqiFromSinr(sinrDb, model)
  return { cqi, efficiencyBitsPerRe: (cqiTable(model.table)[cqi]?.efficiencyBitsPerRe as number) }
}

export interface ThroughputInput {
  /** Per-RE SINR of the link, dB. */
  sinrDb: number
  direction: LinkDirection
  /** Resource blocks the link uses (the carrier's N_PRB for a full-band DL, the allocation M_RB for UL). */
  prbs: number
  /** Subcarrier spacing, kHz (15, 30, 60, 120). */
  scsKhz: number
  /** MIMO layers; may be a time average (≥ 1, not necessarily an integer). */
  layers: number
  efficiencyModel: SpectralEfficiencyModel
  /** Frequency range for the default overhead; default `'fr1'`. */
  fr?: FrequencyRange
  /** Overhead fraction OH; default TS 38.306 §4.1.2 (FR1 DL 0.14, UL 0.08; FR2 DL 0.18, UL 0.10). */
  overhead?: number
  /** Share of symbols in this direction, f_TDD (see tddPattern.ts); default 1 (FDD, or one direction all the time). */
  tddFraction?: number
  /** Share of the resources the scheduler gives this UE, 0…1; default 1 (alone on the cell, full buffer). */
  resourceShare?: number
}

export interface Throughput extends SpectralEfficiency {
  /** Resource elements per second per layer over `prbs`, before overhead and TDD. */
  resourceElementsPerSecond: number
  perLayerMbps: number
  totalMbps: number
}

/**
 * Link throughput in Mbit/s (docs/radio-models.md §5.6, SINR-driven variant):
 * per layer = RE rate × efficiency(SINR) × (1 − OH) × f_TDD × resource share; total = per layer × layers.
 * Check: 273 PRB, 30 kHz, SINR 20 dB → CQI 13 of table 1 → 356.8 Mbit/s per layer, 265.1 in DDDSU.
 */
export function throughputMbps(input: ThroughputInput): Throughput {
  const overhead = input.overhead ?? overheadFraction(input.fr ?? 'fr1', input.direction)
  const tdd = input.tddFraction ?? 1
  const share = input.resourceShare ?? 1
  checkFraction('overhead', overhead)
  checkFraction('tddFraction', tdd)
  checkFraction('resourceShare', share)
  if (!(input.layers >= 1 && Number.isFinite(input.layers))) throw new RadioInputError('layers', `layers must be at least 1, not ${input.layers}`)
  if (input.efficiencyModel.method === 'shannon') checkShannonParameters(input.efficiencyModel.parameters)
  const reRate = resourceElementsPerSecond(input.prbs, input.scsKhz)
  const efficiency = spectralEfficiency(input.sinrDb, input.efficiencyModel)
  const perLayerMbps = (reRate * efficiency.efficiencyBitsPerRe * (1 - overhead) * tdd * share) / 1e6
  return { ...efficiency, resourceElementsPerSecond: reRate, perLayerMbps, totalMbps: perLayerMbps * input.layers }
}

function checkFraction(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RadioInputError(name, `${name} must be a fraction within 0…1, not ${value}`)
}
