/**
 * The demo generator's throughput choices for its synthetic drive test: one 100 MHz n78 carrier,
 * 30 kHz SCS, DDDSU with a 10:2:2 S slot. The models live in core/radio/rate and core/radio/link;
 * this file fixes the demo's parameters and keeps the names the demo scene imports.
 */
import { noisePlusInterferenceFromIotDbm } from '../radio/link/uplinkSinr.js'
import { cqiTable1, cqiTable2 } from '../radio/rate/cqiTables.js'
import { overheadFraction } from '../radio/rate/peakRate.js'
import type { ShannonParameters } from '../radio/rate/shannon.js'
import { cqiFromSinr as radioCqiFromSinr, defaultCqiMapping } from '../radio/rate/sinrToCqi.js'
import { parseTddPattern } from '../radio/rate/tddPattern.js'
import { throughputMbps } from '../radio/rate/throughput.js'
import { transmissionBandwidthPrbs } from '../radio/rate/transmissionBandwidth.js'

const scsKhz = 30

/** Resource blocks of 100 MHz at 30 kHz SCS (TS 38.101-1 Table 5.3.2-1): 273. */
export const carrierPrbs = transmissionBandwidthPrbs(100, scsKhz, 'fr1')

const dddsu = parseTddPattern('DDDSU')

/** Share of symbols per direction in DDDSU with the default 10:2:2 special slot: DL 52/70, UL 16/70. */
export const dddsuFraction = { downlink: dddsu.dlFraction, uplink: dddsu.ulFraction } as const

/** Wideband CQI 0…15 the UE reports at this SINR: mapping (a) on CQI table 1, no offset (docs/radio-models.md §5.2a). */
export function cqiFromSinr(sinrDb: number): number {
  return radioCqiFromSinr(sinrDb, defaultCqiMapping)
}

/**
 * DL efficiency: α = 0.6 and SINR_min = −10 dB as recalled from TR 36.942 Table A.2 (unverified),
 * capped at 256QAM with code rate 948/1024 = 7.4063 bit/RE (TS 38.214 Table 5.2.2.1-3, CQI 15).
 */
export const downlinkShannon: ShannonParameters = { alpha: 0.6, sinrMinDb: -10, maxEfficiency: cqiTable2[15]?.efficiencyBitsPerRe as number }

/** UL: α = 0.4, SINR_min = −10 dB (TR 36.942 Table A.2, unverified), capped at 64QAM 948/1024 = 5.5547 bit/RE (Table 5.2.2.1-2, CQI 15). */
export const uplinkShannon: ShannonParameters = { alpha: 0.4, sinrMinDb: -10, maxEfficiency: cqiTable1[15]?.efficiencyBitsPerRe as number }

/**
 * Time-averaged number of DL layers of a 4-layer UE: 1 at or below 2 dB, 4 at or above 22 dB, linear
 * in between. Over a 1 s log interval the rank indicator switches, so its average is fractional.
 * A planning assumption, not a 3GPP model.
 */
export function averageDownlinkLayers(sinrDb: number): number {
  return Math.min(4, Math.max(1, 1 + (3 * (sinrDb - 2)) / 20))
}

/**
 * Full-buffer DL throughput in Mbit/s of a UE alone on its cell: REs/s × layers × Shannon efficiency
 * × (1 − OH) × DL share of DDDSU (core/radio/rate/throughput.ts). The cap is the TS 38.306 §4.1.2
 * peak for 4 layers, 256QAM, 273 PRB: 2337.0 Mbit/s × 52/70 = 1736.1 Mbit/s (docs/radio-models.md §5.6).
 */
export function downlinkThroughputMbps(sinrDb: number): number {
  return throughputMbps({
    sinrDb,
    direction: 'dl',
    prbs: carrierPrbs,
    scsKhz,
    layers: averageDownlinkLayers(sinrDb),
    efficiencyModel: { method: 'shannon', parameters: downlinkShannon },
    overhead: overheadFraction('fr1', 'dl'),
    tddFraction: dddsuFraction.downlink,
  }).totalMbps
}

/** PUSCH allocations tried for UL; a power-limited UE concentrates its power on fewer PRBs. */
const uplinkPrbChoices = [carrierPrbs, 136, 68, 34, 16, 8, 4] as const

export interface UplinkBudget {
  /** UE transmit power, dBm: 26 dBm for power class 2, common for n78 (TS 38.101-1 Table 6.2.1-1). */
  uePowerDbm: number
  /** BS-beam gain minus path loss and shadowing (the DL RSRP minus the DL EPRE), dB, ≤ 0. */
  couplingGainDb: number
  /** gNB noise per RE, dBm. */
  noisePerReDbm: number
  /** Uplink interference over thermal, dB (3 dB, a planning margin). */
  interferenceOverThermalDb: number
}

/**
 * Single-layer full-buffer UL throughput in Mbit/s: the UE spreads its power over the allocation
 * that maximises rate (fewer PRBs raise the per-RE SINR), uplink Shannon, (1 − OH), UL share of
 * DDDSU. Per RE: SINR = P_UE − 10·log10(12·M_RB) + coupling gain − (N_RE + IoT), the per-RE form of
 * core/radio/link/uplinkSinr.ts. Peak 1 layer 64QAM: 468.8 × 16/70 = 107.1 Mbit/s (§5.6).
 */
export function uplinkThroughputMbps(budget: UplinkBudget): number {
  let bestMbps = 0
  for (const prbs of uplinkPrbChoices) {
    const perReDbm = budget.uePowerDbm - 10 * Math.log10(12 * prbs)
    const sinrDb = perReDbm + budget.couplingGainDb - noisePlusInterferenceFromIotDbm(budget.noisePerReDbm, budget.interferenceOverThermalDb)
    const rate = throughputMbps({
      sinrDb,
      direction: 'ul',
      prbs,
      scsKhz,
      layers: 1,
      efficiencyModel: { method: 'shannon', parameters: uplinkShannon },
      overhead: overheadFraction('fr1', 'ul'),
      tddFraction: dddsuFraction.uplink,
    })
    bestMbps = Math.max(bestMbps, rate.totalMbps)
  }
  return bestMbps
}
