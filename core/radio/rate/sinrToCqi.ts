import { RadioInputError } from '../radioInputError.js'
import { cqiTable, type CqiTableName } from './cqiTables.js'

// No 3GPP table maps SINR to CQI: the UE's choice depends on its receiver. Both mappings below are
// planning models (docs/radio-models.md §5.2); each takes an `offsetDb` that calibration fits to
// drive-test CQI or throughput.

/**
 * Lowest SINR in dB for CQI 1…15 of CQI table 1 (docs/radio-models.md §5.2a): the AWGN 10 % BLER
 * threshold list found in at least eight public tools, attributed to Brueninghaus et al. (PIMRC 2005)
 * or to the Vienna LTE link-level results. Provenance UNVERIFIED; LTE-era and 64QAM only. Pinned
 * copy: some copies alter middle entries (e.g. 4.7, 6.9, 9.3).
 */
export const cqiThresholdsTable1Db: readonly number[] = Object.freeze([
  -6.7, -4.7, -2.3, 0.2, 2.4, 4.3, 5.9, 8.1, 10.3, 11.7, 14.1, 16.3, 18.7, 21.0, 22.7,
])

/**
 * Mapping (a): a list of the lowest SINR for each CQI 1…15. CQI = number of thresholds at or
 * below `sinrDb + offsetDb`.
 */
export interface ThresholdCqiMapping {
  method: 'thresholds'
  /** The CQI table the thresholds were derived for (their CQIs index it). */
  table: CqiTableName
  /** 15 non-decreasing thresholds, dB. */
  thresholdsDb: readonly number[]
  /** Calibration offset added to the SINR before mapping, dB; negative = more conservative. */
  offsetDb: number
}

/**
 * Mapping (b): the ns-3 "PiroEW2010" gap model (ns-3 `lte-amc.cc`, VERIFIED there):
 * SE = log2(1 + SINR/Γ), Γ = −ln(5·BER)/1.5, CQI = highest index whose efficiency ≤ SE.
 */
export interface GapCqiMapping {
  method: 'gap'
  table: CqiTableName
  /** Target bit error rate of the gap approximation; ns-3 uses 5e-5 (Γ = 5.53, 7.43 dB). */
  ber: number
  /** Calibration offset added to the SINR before mapping, dB. */
  offsetDb: number
}

export type SinrToCqiMapping = ThresholdCqiMapping | GapCqiMapping

/** BER of ns-3's LteAmc gap model. */
export const ns3GapModelBer = 5e-5

/** The recommended default (docs/radio-models.md §5.2): the threshold list (a) on CQI table 1, no offset. */
export const defaultCqiMapping: ThresholdCqiMapping = Object.freeze({
  method: 'thresholds',
  table: 'table1',
  thresholdsDb: cqiThresholdsTable1Db,
  offsetDb: 0,
})

/** A gap-model mapping (b) on `table` (default BER 5e-5 as ns-3, offset 0 dB). */
export function gapCqiMapping(table: CqiTableName, options: { ber?: number; offsetDb?: number } = {}): GapCqiMapping {
  return { method: 'gap', table, ber: options.ber ?? ns3GapModelBer, offsetDb: options.offsetDb ?? 0 }
}

/** SNR gap Γ (linear) of the gap model for a target BER: −ln(5·BER)/1.5; BER 5e-5 → 5.529 (7.43 dB). */
export function snrGapFromBer(ber: number): number {
  if (!(ber > 0 && ber < 0.2)) throw new RadioInputError('ber', `ber must be within 0…0.2 (exclusive) for the gap model Γ = −ln(5·BER)/1.5, not ${ber}`)
  return -Math.log(5 * ber) / 1.5
}

/** Frozen threshold lists already checked by checkThresholds. */
const checkedThresholds = new WeakSet<readonly number[]>()

/**
 * CQI by mapping (a): how many of the 15 thresholds lie at or below `sinrDb + offsetDb`
 * (0 = out of range). Monotone non-decreasing in SINR.
 */
export function cqiFromSinrThresholds(sinrDb: number, thresholdsDb: readonly number[] = cqiThresholdsTable1Db, offsetDb = 0): number {
  if (!checkedThresholds.has(thresholdsDb)) {
    checkThresholds(thresholdsDb)
    // A frozen list cannot change after the check: remember it (the coverage engine maps millions of points with one list).
    if (Object.isFrozen(thresholdsDb)) checkedThresholds.add(thresholdsDb)
  }
  const effectiveDb = sinrDb + offsetDb
  let cqi = 0
  for (const thresholdDb of thresholdsDb) if (effectiveDb >= thresholdDb) cqi++
  return cqi
}

/** CQI by the gap model (b): the highest CQI of `table` whose efficiency ≤ log2(1 + SINR/Γ); 0 if none. */
export function cqiFromSinrGap(sinrDb: number, mapping: Omit<GapCqiMapping, 'method'>): number {
  const gap = snrGapFromBer(mapping.ber)
  const spectralEfficiency = Math.log2(1 + 10 ** ((sinrDb + mapping.offsetDb) / 10) / gap)
  const rows = cqiTable(mapping.table)
  let cqi = 0
  for (let i = 1; i < rows.length; i++) if ((rows[i]?.efficiencyBitsPerRe ?? Infinity) <= spectralEfficiency) cqi = i
  return cqi
}

/**
 * The SINR (dB, before offset) at which the gap model reaches each CQI 1…15 of `table`:
 * 10·log10(Γ · (2^efficiency − 1)). Table 1 at BER 5e-5: −2.11, −0.11, 2.18 … 24.05 dB.
 */
export function gapModelThresholdsDb(table: CqiTableName, ber: number = ns3GapModelBer): number[] {
  const gap = snrGapFromBer(ber)
  return cqiTable(table)
    .slice(1)
    .map((entry) => 10 * Math.log10(gap * (2 ** entry.efficiencyBitsPerRe - 1)))
}

/** CQI 0…15 for `sinrDb` by either mapping (default: thresholds (a) on table 1, no offset). */
export function cqiFromSinr(sinrDb: number, mapping: SinrToCqiMapping = defaultCqiMapping): number {
  if (mapping.method === 'thresholds') return cqiFromSinrThresholds(sinrDb, mapping.thresholdsDb, mapping.offsetDb)
  if (mapping.method === 'gap') return cqiFromSinrGap(sinrDb, mapping)
  throw new RadioInputError('mapping.method', `mapping.method must be 'thresholds' or 'gap', not ${JSON.stringify((mapping as { method: unknown }).method)}`)
}

function checkThresholds(thresholdsDb: readonly number[]): void {
  if (thresholdsDb.length !== 15) throw new RadioInputError('thresholdsDb', `thresholdsDb must list 15 SINR thresholds (CQI 1…15), not ${thresholdsDb.length}`)
  for (let i = 1; i < thresholdsDb.length; i++) {
    if (!((thresholdsDb[i] as number) >= (thresholdsDb[i - 1] as number))) {
      throw new RadioInputError('thresholdsDb', `thresholdsDb must be non-decreasing; CQI ${i + 1} (${thresholdsDb[i]} dB) is below CQI ${i} (${thresholdsDb[i - 1]} dB)`)
    }
  }
}
