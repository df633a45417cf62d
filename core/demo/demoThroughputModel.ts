/**
 * SINR → CQI and throughput for the synthetic drive test: one 100 MHz n78 carrier, 30 kHz SCS,
 * DDDSU. Planning approximations, each with its source; docs/radio-models.md §5 has the background.
 */

/** Resource blocks of 100 MHz at 30 kHz SCS (TS 38.101-1 Table 5.3.2-1). */
export const carrierPrbs = 273

/** REs per second per layer: N_PRB · 12 subcarriers · 14 symbols · 2^μ slots per ms (μ = 1) → 91.728 M for 273 PRB. */
export function resourceElementsPerSecond(prbs: number, scsKhz = 30): number {
  return prbs * 12 * 14 * (scsKhz / 15) * 1000
}

/**
 * Share of symbols per direction in DDDSU with a 10:2:2 special slot (docs/radio-models.md §5.5; the
 * S-slot split is operator configuration, this one is common): DL 52/70, UL 16/70.
 */
export const dddsuFraction = { downlink: 52 / 70, uplink: 16 / 70 } as const

/** Overheads of TS 38.306 §4.1.2 for FR1: DL 0.14, UL 0.08. */
export const overhead = { downlink: 0.14, uplink: 0.08 } as const

/**
 * Lowest SINR in dB for CQI 1…15 of CQI table 1 (TS 38.214 Table 5.2.2.1-2): the AWGN 10 % BLER
 * threshold table found in many public tools (docs/radio-models.md §5.2a; provenance unverified).
 */
export const cqiThresholdsDb = [-6.7, -4.7, -2.3, 0.2, 2.4, 4.3, 5.9, 8.1, 10.3, 11.7, 14.1, 16.3, 18.7, 21.0, 22.7] as const

/** Wideband CQI 0…15 the UE would report at this SINR (0 = out of range); monotone in SINR. */
export function cqiFromSinr(sinrDb: number): number {
  let cqi = 0
  for (const thresholdDb of cqiThresholdsDb) if (sinrDb >= thresholdDb) cqi++
  return cqi
}

export interface ShannonParameters {
  /** Implementation-loss factor α. */
  alpha: number
  /** Below this SINR nothing is decoded. */
  sinrMinDb: number
  /** Efficiency of the top MCS in bit per RE per layer. */
  maxEfficiency: number
}

/**
 * Attenuated, truncated Shannon bound in bit/RE (TR 36.942 Annex A form): 0 below SINR_min,
 * α·log2(1 + SINR) above, capped at the top MCS.
 */
export function truncatedShannonEfficiency(sinrDb: number, parameters: ShannonParameters): number {
  if (sinrDb < parameters.sinrMinDb) return 0
  return Math.min(parameters.maxEfficiency, parameters.alpha * Math.log2(1 + 10 ** (sinrDb / 10)))
}

/**
 * DL: α = 0.6 and SINR_min = −10 dB as recalled from TR 36.942 Table A.2 (unverified), capped at
 * 256QAM with code rate 948/1024 = 7.4063 bit/RE (TS 38.214 Table 5.2.2.1-3, CQI 15).
 */
export const downlinkShannon: ShannonParameters = { alpha: 0.6, sinrMinDb: -10, maxEfficiency: 7.4063 }

/** UL: α = 0.4, SINR_min = −10 dB (TR 36.942 Table A.2, unverified), capped at 64QAM 948/1024 = 5.5547 bit/RE. */
export const uplinkShannon: ShannonParameters = { alpha: 0.4, sinrMinDb: -10, maxEfficiency: 5.5547 }

/**
 * Time-averaged number of DL layers of a 4-layer UE: 1 at or below 2 dB, 4 at or above 22 dB, linear
 * in between. Over a 1 s log interval the rank indicator switches, so its average is fractional.
 * A planning assumption, not a 3GPP model.
 */
export function averageDownlinkLayers(sinrDb: number): number {
  return Math.min(4, Math.max(1, 1 + (3 * (sinrDb - 2)) / 20))
}

/**
 * Full-buffer DL throughput in Mbit/s of a UE alone on its cell: REs/s × layers × efficiency ×
 * (1 − OH) × DL share of DDDSU. The cap is the TS 38.306 §4.1.2 peak for 4 layers, 256QAM, 273 PRB:
 * 2337.0 Mbit/s × 52/70 = 1736.1 Mbit/s (docs/radio-models.md §5.6).
 */
export function downlinkThroughputMbps(sinrDb: number): number {
  const efficiency = truncatedShannonEfficiency(sinrDb, downlinkShannon)
  const bitsPerSecond =
    resourceElementsPerSecond(carrierPrbs) * averageDownlinkLayers(sinrDb) * efficiency * (1 - overhead.downlink) * dddsuFraction.downlink
  return bitsPerSecond / 1e6
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
 * DDDSU. Peak 1 layer 64QAM: 468.8 × 16/70 = 107.1 Mbit/s (docs/radio-models.md §5.6).
 */
export function uplinkThroughputMbps(budget: UplinkBudget): number {
  let bestBitsPerSecond = 0
  for (const prbs of uplinkPrbChoices) {
    const perReDbm = budget.uePowerDbm - 10 * Math.log10(12 * prbs)
    const sinrDb = perReDbm + budget.couplingGainDb - (budget.noisePerReDbm + budget.interferenceOverThermalDb)
    const efficiency = truncatedShannonEfficiency(sinrDb, uplinkShannon)
    const bitsPerSecond = resourceElementsPerSecond(prbs) * efficiency * (1 - overhead.uplink) * dddsuFraction.uplink
    bestBitsPerSecond = Math.max(bestBitsPerSecond, bitsPerSecond)
  }
  return bestBitsPerSecond / 1e6
}
