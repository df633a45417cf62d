import { RadioInputError, type ValidRange } from '../radioInputError.js'
import { numerologyForScs } from '../rate/numerology.js'

const unitInterval: ValidRange = { minimum: 0, maximum: 1, unit: '' }

// TS 38.213 V18.7.0 §7.1.1 (PUSCH), single TCI state, checked against the spec text (CrzyNxtG/mdspc
// 38213/38213_7_1_1_UE_behaviour.md):
//   P_PUSCH = min{ P_CMAX, P_O_PUSCH + 10·log10(2^μ · M_RB) + α · PL + Δ_TF + f }   [dBm]

/**
 * UE maximum output power per power class, dBm: PC1.5 29, PC2 26, PC3 23 (TS 38.101-1 Table
 * 6.2.1-1 as recalled; UNVERIFIED here). P_CMAX may sit below these after MPR/A-MPR.
 */
export const uePowerClassDbm = Object.freeze({ 'pc1.5': 29, pc2: 26, pc3: 23 })

/** Values of the RRC IE Alpha for α (TS 38.331 Alpha: alpha0, alpha04 … alpha1; TS 38.213 §7.1.1). */
export const signalledPathLossAlphas: readonly number[] = Object.freeze([0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])

/** K_s of Δ_TF when `deltaMCS` is enabled (TS 38.213 §7.1.1). */
export const deltaMcsKs = 1.25

/** Inputs of {@link puschTransmitPower}. */
export interface PuschPowerInput {
  /** UE configured maximum output power P_CMAX, dBm (e.g. 23 dBm for PC3, 26 dBm for PC2). */
  pCmaxDbm: number
  /** P_O_PUSCH = P_O_NOMINAL_PUSCH + P_O_UE_PUSCH, dBm: target received power per RB at 15 kHz. */
  p0PuschDbm: number
  /** Fractional path-loss compensation α, 0…1; RRC signals {@link signalledPathLossAlphas}. */
  alpha: number
  /** Downlink path-loss estimate PL = referenceSignalPower − filtered RSRP, dB. */
  pathLossDb: number
  /** PUSCH allocation M_RB, resource blocks (≥ 1). */
  allocatedPrbs: number
  /** Subcarrier spacing of the UL BWP, kHz; gives μ. */
  scsKhz: number
  /** Closed-loop adjustment state f(i, l), dB; default 0 (no TPC accumulated). */
  closedLoopDb?: number
  /** Transport-format term Δ_TF, dB; default 0 (deltaMCS off, K_s = 0). See {@link deltaTfDb}. */
  deltaTfDb?: number
}

export interface PuschPower {
  /** Transmit power P_PUSCH, dBm: the open-loop request capped at P_CMAX. */
  txPowerDbm: number
  /** The uncapped second term of the min{}, dBm. */
  requestedPowerDbm: number
  /** P_CMAX − requested, dB; negative when the UE is power limited. */
  headroomDb: number
  powerLimited: boolean
}

/**
 * PUSCH transmit power of TS 38.213 §7.1.1 (docs: see the clause citation at the top of this file).
 * Example: P0 −90 dBm, α 0.8, PL 110 dB, 20 PRB at 30 kHz → −90 + 16.02 + 88 = 14.02 dBm.
 */
export function puschTransmitPower(input: PuschPowerInput): PuschPower {
  const mu = numerologyForScs(input.scsKhz)
  if (!(input.alpha >= 0 && input.alpha <= 1)) throw new RadioInputError('alpha', `alpha must be within 0…1 for PUSCH power control (TS 38.213 §7.1.1), not ${input.alpha}`, unitInterval)
  if (!(input.allocatedPrbs >= 1) || !Number.isFinite(input.allocatedPrbs)) {
    throw new RadioInputError('allocatedPrbs', `allocatedPrbs must be at least 1 resource block (M_RB, TS 38.213 §7.1.1), not ${input.allocatedPrbs}`)
  }
  for (const name of ['pCmaxDbm', 'p0PuschDbm', 'pathLossDb'] as const) {
    if (!Number.isFinite(input[name])) throw RadioInputError.notFinite(name, input[name], 'PUSCH power control (TS 38.213 §7.1.1)')
  }
  const requestedPowerDbm =
    input.p0PuschDbm + 10 * Math.log10(2 ** mu * input.allocatedPrbs) + input.alpha * input.pathLossDb + (input.deltaTfDb ?? 0) + (input.closedLoopDb ?? 0)
  const txPowerDbm = Math.min(input.pCmaxDbm, requestedPowerDbm)
  const headroomDb = input.pCmaxDbm - requestedPowerDbm
  return { txPowerDbm, requestedPowerDbm, headroomDb, powerLimited: headroomDb < 0 }
}

/**
 * The UE's downlink path-loss estimate PL = referenceSignalPower − higher-layer filtered RSRP, dB
 * (TS 38.213 §7.1.1); referenceSignalPower is ss-PBCH-BlockPower when no periodic CSI-RS is configured.
 */
export function pathLossEstimateDb(referenceSignalPowerDbm: number, filteredRsrpDbm: number): number {
  return referenceSignalPowerDbm - filteredRsrpDbm
}

/** Shortcut: P_PUSCH in dBm of {@link puschTransmitPower}. */
export function puschTransmitPowerDbm(input: PuschPowerInput): number {
  return puschTransmitPower(input).txPowerDbm
}

/**
 * Δ_TF of TS 38.213 §7.1.1 with deltaMCS enabled (K_s = 1.25): 10·log10((2^(BPRE·K_s) − 1) · β),
 * and 0 for a PUSCH over more than one layer.
 * @param bitsPerRe BPRE = Σ K_r / N_RE (code-block bits per RE) for UL-SCH data
 * @param options.betaOffset β_offset^PUSCH, 1 with UL-SCH data (default)
 * @param options.layers PUSCH layers, default 1
 */
export function deltaTfDb(bitsPerRe: number, options: { betaOffset?: number; layers?: number } = {}): number {
  if ((options.layers ?? 1) > 1) return 0
  if (!(bitsPerRe > 0)) throw new RadioInputError('bitsPerRe', `bitsPerRe (BPRE) must be positive, not ${bitsPerRe}`)
  return 10 * Math.log10((2 ** (bitsPerRe * deltaMcsKs) - 1) * (options.betaOffset ?? 1))
}
