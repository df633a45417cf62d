import type { CoverageParametersInput } from '../api/schemas/coverageSchemas.js'
import { defaultNoiseFiguresDb } from '../radio/link/noise.js'
import { uePowerClassDbm } from '../radio/link/uplinkPower.js'
import { defaultUplinkIotDb } from '../radio/link/uplinkSinr.js'

export type CoverageParameters = Required<CoverageParametersInput>

/**
 * What a prediction assumes when the user says nothing. Each is a planning choice, not a 3GPP
 * value, except where a clause is named; every run stores the parameters it used.
 */
export const defaultCoverageParameters: CoverageParameters = Object.freeze({
  /** Dense urban macro: TR 38.901 UMa, and TR 36.777 UMa-AV in the aerial regime. */
  environment: 'uma',
  /** −105 dBm SS-RSRP: a common operator threshold for "good" 5G coverage (planning choice). */
  rsrpThresholdDbm: -105,
  /** η = 0.5: neighbours' PDSCH occupies half of their REs (a mid-busy-hour planning load). */
  neighbourLoad: 0.5,
  ueNoiseFigureDb: defaultNoiseFiguresDb.ueDb,
  gnbNoiseFigureDb: defaultNoiseFiguresDb.gnbDb,
  ueAntennaGainDbi: 0,
  otherLossesDb: 0,
  /** Power class 3 (TS 38.101-1 §6.2.1). */
  ueMaxPowerDbm: uePowerClassDbm.pc3,
  /** P0_NOMINAL_PUSCH −90 dBm and α = 0.8: widespread fractional power-control settings (TS 38.213 §7.1.1 ranges). */
  p0NominalDbm: -90,
  pathLossCompensation: 0.8,
  /** 50 PRB (18 MHz at 30 kHz): a video uplink's share of an n78 carrier. */
  ulPrbs: 50,
  iotDb: defaultUplinkIotDb.iotDb,
  aerialIotDb: defaultUplinkIotDb.aerialIotDb,
  dlLayers: 2,
  ulLayers: 1,
  /** 10 km: beyond it a cell neither serves nor noticeably interferes, even for a drone in line of sight. */
  maxDistanceM: 10_000,
})

/** The defaults overridden by what the user gave. */
export function resolveCoverageParameters(input: CoverageParametersInput | undefined): CoverageParameters {
  return { ...defaultCoverageParameters, ...input }
}

/** Defaults for cells that do not say (the import fills most; these cover the rest). */
export const cellCarrierDefaults = Object.freeze({
  /** n78 centre. */
  fcMhz: 3500,
  bandwidthMhz: 100,
  scsKhz: 30,
  txPowerDbm: 49,
  /** DDDSU with S = 10:2:2, the common n78 pattern (radio-models.md §5.5). */
  tddPattern: 'DDDSU',
})
