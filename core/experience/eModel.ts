import { requireInRange, type ExperienceRange } from './experienceInputError.js'

/**
 * Inputs of the ITU-T G.107 E-model (narrowband, 06/2015 edition with sT and mT). Units in the names:
 * loudness ratings and levels in dB, delays in ms, noise in dBm0p / dBmp / dB(A), loss in %.
 */
export interface EModelParameters {
  /** Send loudness rating SLR, dB. */
  sendLoudnessRatingDb: number
  /** Receive loudness rating RLR, dB. */
  receiveLoudnessRatingDb: number
  /** Sidetone masking rating STMR, dB. */
  sidetoneMaskingRatingDb: number
  /** Listener sidetone rating LSTR, dB. */
  listenerSidetoneRatingDb: number
  /** D-value of the telephone, send side Ds (no unit). */
  sendDValue: number
  /** D-value of the telephone, receive side Dr (no unit); enters only through LSTR in G.107. */
  receiveDValue: number
  /** Talker echo loudness rating TELR, dB. */
  talkerEchoLoudnessRatingDb: number
  /** Weighted echo path loss WEPL, dB. */
  weightedEchoPathLossDb: number
  /** Mean one-way delay of the echo path T, ms. */
  meanOneWayDelayMs: number
  /** Round-trip delay in a 4-wire loop Tr, ms. */
  roundTripDelayMs: number
  /** Absolute one-way delay in echo-free connections Ta, ms. */
  absoluteDelayMs: number
  /** Number of quantising distortion units qdu. */
  quantisingDistortionUnits: number
  /** Equipment impairment factor Ie (codec). */
  equipmentImpairment: number
  /** Packet-loss robustness factor Bpl (codec and its concealment). */
  packetLossRobustness: number
  /** Random packet-loss probability Ppl, %. */
  packetLossPct: number
  /** Burst ratio BurstR (1 = random loss). */
  burstRatio: number
  /** Circuit noise referred to the 0 dBr point Nc, dBm0p. */
  circuitNoiseDbm0p: number
  /** Noise floor at the receive side Nfor, dBmp. */
  noiseFloorDbmp: number
  /** Room noise at the send side Ps, dB(A). */
  sendRoomNoiseDba: number
  /** Room noise at the receive side Pr, dB(A). */
  receiveRoomNoiseDba: number
  /** Advantage factor A (expectation; 0 for wired, up to 10 for mobile). */
  advantageFactor: number
  /** Delay sensitivity sT of the Idd term (1 by default since the 2015 edition). */
  delaySensitivity: number
  /** Minimum perceivable delay mT of the Idd term, ms (100 by default). */
  minimumPerceivableDelayMs: number
}

/**
 * G.107 default parameter set (G.107 Table 3), as given in ../shared/docs/sla-and-qoe-models.md §4.1 [S,
 * three independent implementations agree]; it yields R = 93.2 and MOS 4.41.
 */
export const eModelDefaults: Readonly<EModelParameters> = Object.freeze({
  sendLoudnessRatingDb: 8,
  receiveLoudnessRatingDb: 2,
  sidetoneMaskingRatingDb: 15,
  listenerSidetoneRatingDb: 18,
  sendDValue: 3,
  receiveDValue: 3,
  talkerEchoLoudnessRatingDb: 65,
  weightedEchoPathLossDb: 110,
  meanOneWayDelayMs: 0,
  roundTripDelayMs: 0,
  absoluteDelayMs: 0,
  quantisingDistortionUnits: 1,
  equipmentImpairment: 0,
  packetLossRobustness: 4.3,
  packetLossPct: 0,
  burstRatio: 1,
  circuitNoiseDbm0p: -70,
  noiseFloorDbmp: -64,
  sendRoomNoiseDba: 35,
  receiveRoomNoiseDba: 35,
  advantageFactor: 0,
  delaySensitivity: 1,
  minimumPerceivableDelayMs: 100,
})

/**
 * Valid ranges: where the G.107 equations stay meaningful (our choice, wider than the planning ranges of
 * G.107 Table 3, which the reference doc does not list). Delays up to 10 s; loss 0…100 %.
 */
const validRanges: Readonly<Record<keyof EModelParameters, ExperienceRange>> = {
  sendLoudnessRatingDb: { minimum: -20, maximum: 40, unit: 'dB' },
  receiveLoudnessRatingDb: { minimum: -20, maximum: 40, unit: 'dB' },
  sidetoneMaskingRatingDb: { minimum: 0, maximum: 60, unit: 'dB' },
  listenerSidetoneRatingDb: { minimum: 0, maximum: 60, unit: 'dB' },
  sendDValue: { minimum: -3, maximum: 3, unit: '' },
  receiveDValue: { minimum: -3, maximum: 3, unit: '' },
  talkerEchoLoudnessRatingDb: { minimum: 0, maximum: 100, unit: 'dB' },
  weightedEchoPathLossDb: { minimum: 0, maximum: 200, unit: 'dB' },
  meanOneWayDelayMs: { minimum: 0, maximum: 10_000, unit: 'ms' },
  roundTripDelayMs: { minimum: 0, maximum: 20_000, unit: 'ms' },
  absoluteDelayMs: { minimum: 0, maximum: 10_000, unit: 'ms' },
  quantisingDistortionUnits: { minimum: 1, maximum: 14, unit: 'qdu' },
  equipmentImpairment: { minimum: 0, maximum: 95, unit: '' },
  packetLossRobustness: { minimum: 1, maximum: 100, unit: '' },
  packetLossPct: { minimum: 0, maximum: 100, unit: '%' },
  burstRatio: { minimum: 1, maximum: 100, unit: '' },
  circuitNoiseDbm0p: { minimum: -100, maximum: -20, unit: 'dBm0p' },
  noiseFloorDbmp: { minimum: -100, maximum: -20, unit: 'dBmp' },
  sendRoomNoiseDba: { minimum: 0, maximum: 100, unit: 'dB(A)' },
  receiveRoomNoiseDba: { minimum: 0, maximum: 100, unit: 'dB(A)' },
  advantageFactor: { minimum: 0, maximum: 20, unit: '' },
  delaySensitivity: { minimum: 0.1, maximum: 10, unit: '' },
  minimumPerceivableDelayMs: { minimum: 1, maximum: 1000, unit: 'ms' },
}

/** The E-model's rating and its parts (all on the R scale except `mos`). */
export interface EModelResult {
  /** Transmission rating factor R = Ro − Is − Id − Ie,eff + A. */
  rFactor: number
  /** Estimated conversational quality MOS_CQE (1…4.5). */
  mos: number
  /** Basic signal-to-noise ratio Ro. */
  basicSignalToNoise: number
  /** Simultaneous impairment Is = Iolr + Ist + Iq. */
  simultaneousImpairment: number
  /** Delay impairment Id = Idte + Idle + Idd. */
  delayImpairment: number
  /** Talker echo Idte, listener echo Idle and absolute delay Idd parts of Id. */
  talkerEchoImpairment: number
  listenerEchoImpairment: number
  absoluteDelayImpairment: number
  /** Effective equipment impairment Ie,eff. */
  effectiveEquipmentImpairment: number
}

const context = 'the G.107 E-model'

/**
 * ITU-T G.107 E-model: R = Ro − Is − Id − Ie,eff + A (G.107 §7.1), MOS from R (Annex B).
 * `parameters` override `eModelDefaults`; with none, R = 93.2 and MOS = 4.41. Throws an
 * ExperienceInputError naming the parameter and its range for bad input.
 */
export function eModel(parameters: Partial<EModelParameters> = {}): EModelResult {
  const p: EModelParameters = { ...eModelDefaults, ...parameters }
  for (const key of Object.keys(validRanges) as (keyof EModelParameters)[]) requireInRange(key, p[key], validRanges[key], context)
  const noise = totalNoiseDbm0p(p)
  const ro = 15 - 1.5 * (p.sendLoudnessRatingDb + noise) // G.107 §7.2
  const sidetone = sidetoneImpairment(p)
  const is = loudnessImpairment(p, noise) + sidetone + quantisingImpairment(ro, p.quantisingDistortionUnits)
  const idte = talkerEchoImpairment(p, noise, sidetone)
  const idle = listenerEchoImpairment(p, ro)
  const idd = absoluteDelayImpairment(p.absoluteDelayMs, p.delaySensitivity, p.minimumPerceivableDelayMs)
  const id = idte + idle + idd
  const ieEff = effectiveEquipmentImpairment(p.equipmentImpairment, p.packetLossRobustness, p.packetLossPct, p.burstRatio)
  const rFactor = ro - is - id - ieEff + p.advantageFactor
  return {
    rFactor,
    mos: mosFromRFactor(rFactor),
    basicSignalToNoise: ro,
    simultaneousImpairment: is,
    delayImpairment: id,
    talkerEchoImpairment: idte,
    listenerEchoImpairment: idle,
    absoluteDelayImpairment: idd,
    effectiveEquipmentImpairment: ieEff,
  }
}

/**
 * Total noise No, dBm0p: power sum of circuit noise Nc, send-room noise Nos, receive-room noise Nor and
 * the noise floor Nfo (G.107 §7.2).
 */
function totalNoiseDbm0p(p: EModelParameters): number {
  const overallLoudnessDb = p.sendLoudnessRatingDb + p.receiveLoudnessRatingDb
  const sendRoomNoise =
    p.sendRoomNoiseDba - p.sendLoudnessRatingDb - p.sendDValue - 100 + 0.004 * (p.sendRoomNoiseDba - overallLoudnessDb - p.sendDValue - 14) ** 2
  // Pre: receive-room noise raised by the listener sidetone path.
  const receiveRoomEffective = p.receiveRoomNoiseDba + 10 * Math.log10(1 + 10 ** ((10 - p.listenerSidetoneRatingDb) / 10))
  const receiveRoomNoise = p.receiveLoudnessRatingDb - 121 + receiveRoomEffective + 0.008 * (receiveRoomEffective - 35) ** 2
  const noiseFloor = p.noiseFloorDbmp + p.receiveLoudnessRatingDb
  const powerSum = [p.circuitNoiseDbm0p, sendRoomNoise, receiveRoomNoise, noiseFloor].reduce((sum, levelDb) => sum + 10 ** (levelDb / 10), 0)
  return 10 * Math.log10(powerSum)
}

/** Iolr, too-low overall loudness (G.107 §7.3). */
function loudnessImpairment(p: EModelParameters, noiseDbm0p: number): number {
  const xolr = p.sendLoudnessRatingDb + p.receiveLoudnessRatingDb + 0.2 * (64 + noiseDbm0p - p.receiveLoudnessRatingDb)
  return 20 * ((1 + (xolr / 8) ** 8) ** (1 / 8) - xolr / 8)
}

/** STMRo: sidetone masking combined with the talker-echo path (G.107 §7.3). */
function sidetoneMaskingCombinedDb(p: EModelParameters): number {
  return -10 * Math.log10(10 ** (-p.sidetoneMaskingRatingDb / 10) + Math.exp(-p.meanOneWayDelayMs / 4) * 10 ** (-p.talkerEchoLoudnessRatingDb / 10))
}

/** Ist, non-optimum sidetone (G.107 §7.3). */
function sidetoneImpairment(p: EModelParameters): number {
  const stmro = sidetoneMaskingCombinedDb(p)
  return (
    12 * (1 + ((stmro - 13) / 6) ** 8) ** (1 / 8) -
    28 * (1 + ((stmro + 1) / 19.4) ** 35) ** (1 / 35) -
    13 * (1 + ((stmro - 3) / 33) ** 13) ** (1 / 13) +
    29
  )
}

/** Iq, quantising distortion (G.107 §7.3). */
function quantisingImpairment(ro: number, qdu: number): number {
  const q = 37 - 15 * Math.log10(qdu)
  const g = 1.07 + 0.258 * q + 0.0602 * q ** 2
  const y = (ro - 100) / 15 + 46 / 8.4 - g / 9
  const z = 46 / 30 - g / 40
  return 15 * Math.log10(1 + 10 ** y + 10 ** z)
}

/**
 * Idte, talker echo (G.107 §7.4): TERV from TELR and T, raised by Ist/2 when
 * STMR < 9 dB; for STMR > 20 dB Idte becomes √(Idte² + Ist²).
 */
function talkerEchoImpairment(p: EModelParameters, noiseDbm0p: number, sidetone: number): number {
  const t = p.meanOneWayDelayMs
  let terv = p.talkerEchoLoudnessRatingDb - 40 * Math.log10((1 + t / 10) / (1 + t / 150)) + 6 * Math.exp(-0.3 * t ** 2)
  if (p.sidetoneMaskingRatingDb < 9) terv += sidetone / 2
  const roe = -1.5 * (noiseDbm0p - p.receiveLoudnessRatingDb)
  const re = 80 + 2.5 * (terv - 14)
  const idte = ((roe - re) / 2 + Math.sqrt((roe - re) ** 2 / 4 + 100) - 1) * (1 - Math.exp(-t))
  return p.sidetoneMaskingRatingDb > 20 ? Math.sqrt(idte ** 2 + sidetone ** 2) : idte
}

/** Idle, listener echo (G.107 §7.4). */
function listenerEchoImpairment(p: EModelParameters, ro: number): number {
  const rle = 10.5 * (p.weightedEchoPathLossDb + 7) * (p.roundTripDelayMs + 1) ** -0.25
  return (ro - rle) / 2 + Math.sqrt((ro - rle) ** 2 / 4 + 169)
}

/**
 * Idd, absolute delay (G.107 §7.4, 2015 edition with sT and mT): 0 up to mT, then
 * 25·[(1 + X^(6sT))^(1/(6sT)) − 3·(1 + (X/3)^(6sT))^(1/(6sT)) + 2] with X = log2(Ta/mT).
 */
export function absoluteDelayImpairment(absoluteDelayMs: number, delaySensitivity = 1, minimumPerceivableDelayMs = 100): number {
  if (absoluteDelayMs <= minimumPerceivableDelayMs) return 0
  const x = Math.log2(absoluteDelayMs / minimumPerceivableDelayMs)
  const k = 6 * delaySensitivity
  return 25 * ((1 + x ** k) ** (1 / k) - 3 * (1 + (x / 3) ** k) ** (1 / k) + 2)
}

/** Ie,eff = Ie + (95 − Ie)·Ppl/(Ppl/BurstR + Bpl), Ppl in % (G.107 §7.5). */
export function effectiveEquipmentImpairment(equipmentImpairment: number, packetLossRobustness: number, packetLossPct: number, burstRatio = 1): number {
  return equipmentImpairment + ((95 - equipmentImpairment) * packetLossPct) / (packetLossPct / burstRatio + packetLossRobustness)
}

/** MOS_CQE from R (G.107 Annex B): 1 below R = 0, 4.5 above R = 100, a cubic in between. */
export function mosFromRFactor(rFactor: number): number {
  if (rFactor <= 0) return 1
  if (rFactor >= 100) return 4.5
  return 1 + 0.035 * rFactor + rFactor * (rFactor - 60) * (100 - rFactor) * 7e-6
}
