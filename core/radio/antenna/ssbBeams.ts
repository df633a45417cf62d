import { RadioInputError } from '../radioInputError.js'
import type { LocalDirection } from './orientation.js'

/** Duplex mode of the carrier: TDD is unpaired spectrum, FDD paired (TS 38.213 §4.1 distinguishes SSB case C by it). */
export type Duplex = 'tdd' | 'fdd'

/** What fixes the SSB burst: carrier frequency in GHz, SSB subcarrier spacing in kHz, duplex mode. */
export interface SsbCarrier {
  fcGhz: number
  scsKhz: number
  duplex: Duplex
}

/** FR1 upper edge, GHz (TS 38.104 §5.1: 410 MHz – 7125 MHz). */
const fr1MaxGhz = 7.125
/** FR2-1 and FR2-2 edges, GHz (TS 38.104 §5.1: FR2-1 24.25 – 52.6 GHz, FR2-2 52.6 – 71 GHz). */
const fr2MinGhz = 24.25
const fr2MaxGhz = 71
const fr22MinGhz = 52.6

/**
 * L_max, the maximum number of SS/PBCH block indices (SSB beams) in a half frame, TS 38.213 §4.1
 * (licensed spectrum; docs/radio-models.md §2.4):
 * - 15 kHz (case A), or 30 kHz paired/FDD (case B, case C paired): 4 up to 3 GHz, 8 above (FR1);
 * - 30 kHz unpaired/TDD (taken as case C, the case of n77/n78/n79/n41): 4 below 1.88 GHz, 8 from 1.88 GHz;
 * - 120/240 kHz (cases D, E; FR2-1, and case D also FR2-2), 480/960 kHz (cases F, G; FR2-2): 64.
 * So an n78 cell sweeps at most 8 beams. Shared-spectrum (NR-U) limits are not modelled. Throws when
 * the SCS does not exist for SSB or does not fit the frequency range.
 */
export function maxSsbBeams(carrier: SsbCarrier): 4 | 8 | 64 {
  const { fcGhz, scsKhz, duplex } = carrier
  if (duplex !== 'tdd' && duplex !== 'fdd') throw new RadioInputError('duplex', `duplex must be 'tdd' or 'fdd', not ${String(duplex)}`)
  if (scsKhz === 15 || scsKhz === 30) {
    if (!(fcGhz > 0 && fcGhz <= fr1MaxGhz)) throw new RadioInputError('fcGhz', `fcGhz must be within 0…${fr1MaxGhz} GHz (FR1) for a ${scsKhz} kHz SSB (TS 38.213 §4.1), not ${fcGhz}`)
    const cutOffGhz = scsKhz === 30 && duplex === 'tdd' ? 1.88 : 3
    // Case C unpaired switches at "≥ 1.88 GHz"; the others at "> 3 GHz" (TS 38.213 §4.1).
    if (cutOffGhz === 1.88) return fcGhz >= cutOffGhz ? 8 : 4
    return fcGhz > cutOffGhz ? 8 : 4
  }
  if (scsKhz === 120 || scsKhz === 240) {
    if (!(fcGhz >= fr2MinGhz && fcGhz <= fr2MaxGhz)) throw new RadioInputError('fcGhz', `fcGhz must be within ${fr2MinGhz}…${fr2MaxGhz} GHz (FR2) for a ${scsKhz} kHz SSB (TS 38.213 §4.1), not ${fcGhz}`)
    return 64
  }
  if (scsKhz === 480 || scsKhz === 960) {
    if (!(fcGhz >= fr22MinGhz && fcGhz <= fr2MaxGhz)) throw new RadioInputError('fcGhz', `fcGhz must be within ${fr22MinGhz}…${fr2MaxGhz} GHz (FR2-2) for a ${scsKhz} kHz SSB (TS 38.213 §4.1), not ${fcGhz}`)
    return 64
  }
  throw new RadioInputError('scsKhz', `scsKhz must be an SSB subcarrier spacing (15, 30, 120, 240, 480 or 960 kHz; TS 38.213 §4.1), not ${scsKhz}`)
}

/** An SSB beam's pointing as stored (table ssb_beams): degrees in the panel frame. */
export interface SsbBeamPointing {
  /** Horizontal offset from the cell's boresight, clockwise positive like map bearings. */
  azimuthOffsetDeg: number
  /** Elevation above the panel normal plane, positive up (electrical downtilt → negative). */
  elevationDeg: number
}

/**
 * The LCS steering direction (θ0', φ0') of a stored SSB beam (radio-models.md §2.3 weights):
 * θ0' = 90° − elevation, and φ0' = −azimuth offset, because stored offsets are clockwise and the
 * 38.901 LCS azimuth counter-clockwise (orientation.ts). The beam's elevation already holds the
 * electrical tilt: do not add the cell's electrical tilt again.
 */
export function ssbBeamSteering(beam: SsbBeamPointing): LocalDirection {
  return { zenithDeg: 90 - beam.elevationDeg, azimuthDeg: -beam.azimuthOffsetDeg }
}

/** The best beam: its position in the input and its value. */
export interface BestBeam {
  beamIndex: number
  value: number
}

/**
 * The beam with the highest value (gain in dBi, RSRP in dBm, …; the first on a tie); null when there is
 * none, or every value is NaN.
 */
export function bestBeam(values: ArrayLike<number>): BestBeam | null {
  let beamIndex = -1
  let value = -Infinity
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number
    if (v > value || (beamIndex < 0 && v === -Infinity)) {
      beamIndex = i
      value = v
    }
  }
  return beamIndex < 0 ? null : { beamIndex, value }
}

/**
 * Beam consolidation of TS 38.304 §5.2.1 (SIB2/SIB4 `absThreshSS-BlocksConsolidation`,
 * `nrofSS-BlocksToAverage`), in the unit of the beam values (dBm for RSRP, dB for RSRQ/SINR).
 */
export interface BeamConsolidation {
  absThreshSsBlocksConsolidation: number
  /** Beams to average at most: 2…16 (TS 38.331 §6.3.2, maxNrofSS-BlocksToAverage = 16). */
  nrofSsBlocksToAverage: number
}

const dbToLinear = (db: number): number => 10 ** (db / 10)

/**
 * Cell measurement quantity from per-beam values in dB/dBm, TS 38.304 §5.2.1 (multi-beam reselection;
 * the connected-mode rule of 38.331 §5.5.3.3 is believed equivalent): the highest beam value when
 * consolidation is not configured or the best beam is at or below the threshold; otherwise the linear
 * power average of up to `nrofSsBlocksToAverage` best beams strictly above the threshold. Null when
 * there are no beams.
 */
export function cellQuality(beamValues: ArrayLike<number>, consolidation?: BeamConsolidation): number | null {
  const best = bestBeam(beamValues)
  if (best === null) return null
  if (consolidation === undefined) return best.value
  const { absThreshSsBlocksConsolidation: threshold, nrofSsBlocksToAverage: count } = consolidation
  if (!(Number.isInteger(count) && count >= 2 && count <= 16)) {
    throw new RadioInputError('nrofSsBlocksToAverage', `nrofSsBlocksToAverage must be a whole number within 2…16 (TS 38.331 §6.3.2), not ${count}`)
  }
  if (Number.isNaN(threshold)) throw new RadioInputError('absThreshSsBlocksConsolidation', 'absThreshSsBlocksConsolidation must be a number, not NaN')
  if (best.value <= threshold) return best.value
  const above = Array.from(beamValues).filter((v) => v > threshold).sort((a, b) => b - a).slice(0, count)
  const meanLinear = above.reduce((sum, v) => sum + dbToLinear(v), 0) / above.length
  return 10 * Math.log10(meanLinear)
}
