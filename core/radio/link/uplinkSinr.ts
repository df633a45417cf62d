import { RadioInputError } from '../radioInputError.js'
import { defaultNoiseFiguresDb, noiseOverPrbsDbm } from './noise.js'

/**
 * Uplink interference over thermal (IoT) planning values, dB: (I + N)/N at the gNB receiver.
 * Both UNVERIFIED planning choices, not 3GPP values:
 * - `iotDb` 3 dB: a margin for a roughly half-loaded uplink, common in link budgets.
 * - `aerialIotDb` 6 dB: the IoT on a beam that serves an aerial UE. Such beams point above the
 *   clutter and collect line-of-sight interference from UEs (notably other aerial UEs) in many
 *   cells, which TR 36.777 reports as a rise in uplink interference; the value is a placeholder
 *   to calibrate against measured UL SINR or gNB IoT counters.
 */
export const defaultUplinkIotDb = Object.freeze({ iotDb: 3, aerialIotDb: 6 })

/** Inputs of {@link uplinkLinkBudget}. */
export interface UplinkLinkInput {
  /** UE PUSCH transmit power over the whole allocation, dBm (e.g. from uplinkPower.ts). */
  uePowerDbm: number
  /** Path loss UE → gNB including shadowing, penetration and other losses, dB. */
  pathLossDb: number
  /** gNB receive antenna/beam gain toward the UE, dBi. */
  bsGainDbi: number
  /** UE antenna gain, dBi; default 0. */
  ueGainDbi?: number
  /** PUSCH allocation M_RB, resource blocks. */
  allocatedPrbs: number
  scsKhz: number
  /** gNB noise figure, dB; default {@link defaultNoiseFiguresDb}.gnbDb (5 dB). */
  gnbNoiseFigureDb?: number
  /** Whether the UE is airborne: selects `aerialIotDb` instead of `iotDb`. Default false. */
  aerial?: boolean
  /** IoT for terrestrial UEs, dB; default {@link defaultUplinkIotDb}.iotDb (3 dB). */
  iotDb?: number
  /** IoT for aerial UEs, dB; default {@link defaultUplinkIotDb}.aerialIotDb (6 dB). */
  aerialIotDb?: number
}

/** The uplink budget over the whole allocation and per PRB (same SINR: power and noise both scale with M_RB). */
export interface UplinkLinkBudget {
  /** Received PUSCH power over the allocation, dBm. */
  rxPowerDbm: number
  /** Received power in one PRB, dBm (UE power split evenly over M_RB). */
  rxPowerPerPrbDbm: number
  /** Thermal noise over the allocation (M_RB · 12 · SCS) at the gNB, dBm. */
  noiseDbm: number
  /** Thermal noise in one PRB (12 · SCS), dBm. */
  noisePerPrbDbm: number
  /** The IoT applied, dB. */
  iotDb: number
  /** Noise plus interference over the allocation, dBm = noise + IoT. */
  noisePlusInterferenceDbm: number
  noisePlusInterferencePerPrbDbm: number
  sinrDb: number
}

/**
 * Uplink budget at the gNB: SINR = P_UE − PL + G_BS + G_UE − (N_gNB over the allocation + IoT).
 * Thermal noise from noise.ts (−174 dBm/Hz + NF); IoT as in {@link defaultUplinkIotDb}.
 */
export function uplinkLinkBudget(input: UplinkLinkInput): UplinkLinkBudget {
  for (const name of ['uePowerDbm', 'pathLossDb', 'bsGainDbi'] as const) {
    if (!Number.isFinite(input[name])) throw RadioInputError.notFinite(name, input[name], 'the uplink budget')
  }
  if (!(input.allocatedPrbs >= 1)) throw new RadioInputError('allocatedPrbs', `allocatedPrbs must be at least 1 resource block, not ${input.allocatedPrbs}`)
  const iotDb = input.aerial === true ? (input.aerialIotDb ?? defaultUplinkIotDb.aerialIotDb) : (input.iotDb ?? defaultUplinkIotDb.iotDb)
  if (!(iotDb >= 0)) throw new RadioInputError(input.aerial === true ? 'aerialIotDb' : 'iotDb', `IoT must be at least 0 dB ((I + N)/N ≥ 1), not ${iotDb}`)
  const gnbNoiseFigureDb = input.gnbNoiseFigureDb ?? defaultNoiseFiguresDb.gnbDb
  const rxPowerDbm = input.uePowerDbm - input.pathLossDb + input.bsGainDbi + (input.ueGainDbi ?? 0)
  const prbShareDb = 10 * Math.log10(input.allocatedPrbs)
  const noiseDbm = noiseOverPrbsDbm(input.allocatedPrbs, input.scsKhz, gnbNoiseFigureDb)
  const noisePerPrbDbm = noiseOverPrbsDbm(1, input.scsKhz, gnbNoiseFigureDb)
  const noisePlusInterferenceDbm = noisePlusInterferenceFromIotDbm(noiseDbm, iotDb)
  return {
    rxPowerDbm,
    rxPowerPerPrbDbm: rxPowerDbm - prbShareDb,
    noiseDbm,
    noisePerPrbDbm,
    iotDb,
    noisePlusInterferenceDbm,
    noisePlusInterferencePerPrbDbm: noisePlusInterferenceFromIotDbm(noisePerPrbDbm, iotDb),
    sinrDb: rxPowerDbm - noisePlusInterferenceDbm,
  }
}

/** Shortcut: the SINR in dB of {@link uplinkLinkBudget}. */
export function uplinkSinrDb(input: UplinkLinkInput): number {
  return uplinkLinkBudget(input).sinrDb
}

/** Noise plus interference in dBm from thermal noise and an IoT: IoT = (I + N)/N, so I + N = N + IoT in dB. */
export function noisePlusInterferenceFromIotDbm(thermalNoiseDbm: number, iotDb: number): number {
  return thermalNoiseDbm + iotDb
}
