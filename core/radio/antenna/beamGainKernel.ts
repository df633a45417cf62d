import { RadioInputError } from '../radioInputError.js'
import type { CellAntenna } from './cellBeamGain.js'
import { elementGainFromRadians, elementPatternKernel, type ElementPatternKernel } from './elementPattern.js'
import { arrayFactorFloorDb } from './planarArray.js'
import { ssbBeamSteering, type SsbBeamPointing } from './ssbBeams.js'

/** Input coordinates of the kernels: one value per target, struct of arrays. */
export type KernelInput = Float32Array | Float64Array

/** Per-antenna constants: the mechanical rotation, the element pattern in radians, the array size. */
export interface AntennaConstants {
  cosTilt: number
  sinTilt: number
  /** sin and cos of the boresight bearing (clockwise from north), for ENU inputs. */
  sinBoresight: number
  cosBoresight: number
  element: ElementPatternKernel
  rows: number
  columns: number
  /** π·dV and π·dH: half the inter-element phase step per unit of direction cosine. */
  halfPhaseV: number
  halfPhaseH: number
}

/** Per-beam constants: the steering direction's direction cosines in the LCS (weights of radio-models.md §2.3). */
export interface BeamConstants {
  /** cos θ0' (the z' component of the steering direction). */
  zSteer: number
  /** sin θ0'·sin φ0' (its y' component). */
  ySteer: number
}

const degToRad = Math.PI / 180
const floorLinear = 10 ** (arrayFactorFloorDb / 10)

/** The constants of {@link AntennaConstants} for an antenna (radians; spacings as phase per direction cosine). */
export function antennaConstants(antenna: CellAntenna): AntennaConstants {
  const tiltRad = antenna.mechanicalTiltDeg * degToRad
  const boresightRad = antenna.azimuthDeg * degToRad
  return {
    cosTilt: Math.cos(tiltRad),
    sinTilt: Math.sin(tiltRad),
    sinBoresight: Math.sin(boresightRad),
    cosBoresight: Math.cos(boresightRad),
    element: elementPatternKernel(antenna.array.element),
    rows: antenna.array.rows,
    columns: antenna.array.columns,
    halfPhaseV: Math.PI * antenna.array.vSpacingWavelengths,
    halfPhaseH: Math.PI * antenna.array.hSpacingWavelengths,
  }
}

/** The LCS direction cosines of a beam's steering direction (ssbBeamSteering). */
export function beamConstants(beam: SsbBeamPointing): BeamConstants {
  const steering = ssbBeamSteering(beam)
  const theta0 = steering.zenithDeg * degToRad
  const phi0 = steering.azimuthDeg * degToRad
  return { zSteer: Math.cos(theta0), ySteer: Math.sin(theta0) * Math.sin(phi0) }
}

/** Up to this many elements per line the kernel evaluates the Dirichlet kernel by recurrence (one cosine). */
const maxRecurrenceCount = 32

/**
 * |sin(N·h)/(N·sin h)|² with h = ψ/2: the normalised Dirichlet kernel of planarArray.ts. For N ≤ 32
 * it uses sin(N·h)/sin h = U_{N−1}(cos h), the Chebyshev polynomial of the second kind
 * (U_0 = 1, U_1 = 2x, U_k = 2x·U_{k−1} − U_{k−2}): one cosine instead of two sines and no 0/0 on
 * the lobe peaks; beyond that the sine ratio.
 */
function dirichletFromHalfPhase(count: number, halfPsiRad: number): number {
  if (count <= maxRecurrenceCount) {
    const twoX = 2 * Math.cos(halfPsiRad)
    let previous = 0
    let current = 1
    for (let k = 1; k < count; k++) {
      const next = twoX * current - previous
      previous = current
      current = next
    }
    const ratio = current / count
    return ratio * ratio
  }
  const denominator = count * Math.sin(halfPsiRad)
  if (Math.abs(denominator) < 1e-12 * count) return 1
  const ratio = Math.sin(count * halfPsiRad) / denominator
  return ratio * ratio
}

/** Array factor in dB from the vertical and horizontal Dirichlet factors (closed form of planarArray.ts), floored. */
function arrayFactorFromFactorsDb(a: AntennaConstants, vertical: number, horizontal: number): number {
  const power = a.rows * a.columns * vertical * horizontal
  return 10 * Math.log10(power > floorLinear ? power : floorLinear)
}

/** Array factor in dB at LCS direction cosines y', z' for one beam. */
function arrayFactorAtDb(a: AntennaConstants, b: BeamConstants, yLocal: number, zLocal: number): number {
  const vertical = dirichletFromHalfPhase(a.rows, a.halfPhaseV * (zLocal - b.zSteer))
  return arrayFactorFromFactorsDb(a, vertical, dirichletFromHalfPhase(a.columns, a.halfPhaseH * (yLocal - b.ySteer)))
}

/** Element gain in dBi at LCS direction cosines (x', y', z') of a unit vector. */
function elementAtDbi(a: AntennaConstants, xLocal: number, yLocal: number, zLocal: number): number {
  const azimuthLocalRad = Math.atan2(yLocal, xLocal)
  const e = a.element
  // Far off boresight A_H alone reaches A_max, and the pattern is G_max − A_max whatever the zenith
  // (Table 7.3-1 caps the sum): the same value without the arccos, for a third of the targets of a sector.
  if (e.horizontalCoefficient * azimuthLocalRad * azimuthLocalRad >= e.maxAttenuationDb) return e.maxGainDbi - e.maxAttenuationDb
  const zenithLocalRad = Math.acos(zLocal > 1 ? 1 : zLocal < -1 ? -1 : zLocal)
  return elementGainFromRadians(e, zenithLocalRad, azimuthLocalRad)
}

function requireLengths(count: number, inputs: Record<string, KernelInput>, out: Float32Array, outNeeded: number): void {
  for (const [name, values] of Object.entries(inputs)) {
    if (values.length !== count) throw new RadioInputError(name, `${name} must hold ${count} values like the first input, not ${values.length}`)
  }
  if (out.length < outNeeded) throw new RadioInputError('out', `out must hold at least ${outNeeded} values, not ${out.length}`)
}

/**
 * Gain in dBi of one SSB beam of a cell toward many targets given as global zenith θ (radians,
 * 0 = up, π/2 = horizon) and azimuth from boresight (radians, target bearing − cell azimuth,
 * clockwise positive like bearings): writes `out[i]`. Same model and numbers as
 * {@link cellBeamGainDbi} (TR 38.901 §7.1 rotation, Table 7.3-1 element, §7.3 array factor in closed
 * form) to ~1e-6 dB; no allocation per target.
 */
export function beamGainKernel(
  antenna: CellAntenna,
  beam: SsbBeamPointing,
  zenithRad: KernelInput,
  azimuthFromBoresightRad: KernelInput,
  out: Float32Array,
): void {
  const count = zenithRad.length
  requireLengths(count, { azimuthFromBoresightRad }, out, count)
  const a = antennaConstants(antenna)
  const b = beamConstants(beam)
  for (let i = 0; i < count; i++) {
    const theta = zenithRad[i] as number
    const delta = azimuthFromBoresightRad[i] as number
    const sinTheta = Math.sin(theta)
    // 38.901 frame relative to the boresight: x forward, y to the left (φ − α = −delta), z up.
    const x = sinTheta * Math.cos(delta)
    const y = -sinTheta * Math.sin(delta)
    const z = Math.cos(theta)
    const xLocal = a.cosTilt * x - a.sinTilt * z
    const zLocal = a.cosTilt * z + a.sinTilt * x
    out[i] = elementAtDbi(a, xLocal, y, zLocal) + arrayFactorAtDb(a, b, y, zLocal)
  }
}

/**
 * Rotates a target's east-north-up offset (metres) into the unit vector's LCS components, written to
 * `lcs` as [x', y', z'] (no allocation); a target at the antenna itself counts as straight below.
 */
function enuToLcs(a: AntennaConstants, eastM: number, northM: number, upM: number, lcs: Float64Array): void {
  const rangeM = Math.sqrt(eastM * eastM + northM * northM + upM * upM)
  if (rangeM === 0) {
    lcs[0] = a.sinTilt
    lcs[1] = 0
    lcs[2] = -a.cosTilt
    return
  }
  // Forward along the boresight bearing, y to its left (counter-clockwise), z up; then undo the tilt.
  const x = (eastM * a.sinBoresight + northM * a.cosBoresight) / rangeM
  const y = (northM * a.sinBoresight - eastM * a.cosBoresight) / rangeM
  const z = upM / rangeM
  lcs[0] = a.cosTilt * x - a.sinTilt * z
  lcs[1] = y
  lcs[2] = a.cosTilt * z + a.sinTilt * x
}

/**
 * {@link beamGainKernel} for targets given by their offsets from the antenna in a local
 * east-north-up frame, metres (the coverage engine's natural input; no trigonometry for the
 * rotation). Writes the gain in dBi to `out[i]`.
 */
export function beamGainKernelEnu(
  antenna: CellAntenna,
  beam: SsbBeamPointing,
  eastM: KernelInput,
  northM: KernelInput,
  upM: KernelInput,
  out: Float32Array,
): void {
  const count = eastM.length
  requireLengths(count, { northM, upM }, out, count)
  const a = antennaConstants(antenna)
  const b = beamConstants(beam)
  const lcs = new Float64Array(3)
  for (let i = 0; i < count; i++) {
    enuToLcs(a, eastM[i] as number, northM[i] as number, upM[i] as number, lcs)
    const xLocal = lcs[0] as number
    const yLocal = lcs[1] as number
    const zLocal = lcs[2] as number
    out[i] = elementAtDbi(a, xLocal, yLocal, zLocal) + arrayFactorAtDb(a, b, yLocal, zLocal)
  }
}

/**
 * Gains in dBi of every beam of a cell toward many targets (ENU offsets in metres), beam-major:
 * `out[b·n + i]` for beam b and target i (n targets); the same numbers as {@link beamGainKernelEnu}
 * per beam. The rotation and element pattern are evaluated once per target, the vertical Dirichlet
 * factor once per distinct beam elevation (a sweep usually shares one), so each beam then costs one
 * horizontal factor and a logarithm.
 */
export function cellBeamsGainKernelEnu(
  antenna: CellAntenna,
  beams: readonly SsbBeamPointing[],
  eastM: KernelInput,
  northM: KernelInput,
  upM: KernelInput,
  out: Float32Array,
): void {
  const count = eastM.length
  requireLengths(count, { northM, upM }, out, count * beams.length)
  const a = antennaConstants(antenna)
  const steering = beams.map(beamConstants)
  const verticalSteers = [...new Set(steering.map((b) => b.zSteer))]
  const verticalOfBeam = Int32Array.from(steering, (b) => verticalSteers.indexOf(b.zSteer))
  const vertical = new Float64Array(verticalSteers.length)
  const lcs = new Float64Array(3)
  for (let i = 0; i < count; i++) {
    enuToLcs(a, eastM[i] as number, northM[i] as number, upM[i] as number, lcs)
    const xLocal = lcs[0] as number
    const yLocal = lcs[1] as number
    const zLocal = lcs[2] as number
    const elementDbi = elementAtDbi(a, xLocal, yLocal, zLocal)
    for (let v = 0; v < verticalSteers.length; v++) {
      vertical[v] = dirichletFromHalfPhase(a.rows, a.halfPhaseV * (zLocal - (verticalSteers[v] as number)))
    }
    for (let k = 0; k < steering.length; k++) {
      const horizontal = dirichletFromHalfPhase(a.columns, a.halfPhaseH * (yLocal - (steering[k] as BeamConstants).ySteer))
      out[k * count + i] = elementDbi + arrayFactorFromFactorsDb(a, vertical[verticalOfBeam[k] as number] as number, horizontal)
    }
  }
}

/** Outputs of {@link cellBeamsEnvelopeKernelEnu}, one value per target. */
export interface BeamEnvelopeOutput {
  /** Index (into `beams`) of the beam with the highest gain toward the target. */
  bestBeam: Int32Array
  /** That beam's gain, dBi. */
  bestGainDbi: Float32Array
  /**
   * The linear mean of all beams' gains (a data beam sweeping the sector, as an interferer) over the
   * best beam's gain: a power ratio ≤ 1, so that mean power = best-beam power × ratio without a power function.
   */
  meanOverBestGain: Float32Array
}

/**
 * What coverage needs from a cell's SSB sweep toward many targets (ENU offsets in metres): the
 * best beam, its gain, and the mean linear gain over the beams — the same numbers as taking the
 * max and the linear mean of {@link cellBeamsGainKernelEnu}'s gains, without a logarithm or a power
 * per beam: the element gain is common to the beams of a target, so the beams are compared by
 * their array factors (linear), and one logarithm per target gives the best beam's dBi.
 */
export function cellBeamsEnvelopeKernelEnu(
  antenna: CellAntenna,
  beams: readonly SsbBeamPointing[],
  eastM: KernelInput,
  northM: KernelInput,
  upM: KernelInput,
  out: BeamEnvelopeOutput,
): void {
  const count = eastM.length
  requireLengths(count, { northM, upM }, out.bestGainDbi, count)
  const a = antennaConstants(antenna)
  const steering = beams.map(beamConstants)
  const verticalSteers = [...new Set(steering.map((b) => b.zSteer))]
  const verticalOfBeam = Int32Array.from(steering, (b) => verticalSteers.indexOf(b.zSteer))
  // cos(π·dH·(y − ys_k)) = cos(π·dH·y)·cos(π·dH·ys_k) + sin(π·dH·y)·sin(π·dH·ys_k): two trigonometric
  // calls per target instead of one per beam feed the Chebyshev recurrence of the horizontal factor.
  const cosSteer = Float64Array.from(steering, (b) => Math.cos(a.halfPhaseH * b.ySteer))
  const sinSteer = Float64Array.from(steering, (b) => Math.sin(a.halfPhaseH * b.ySteer))
  // And sin(N·(h − h_k)) from sin/cos of N·h and N·h_k: the horizontal factor in closed form,
  // sin(N·x)/(N·sin x), a handful of multiplications per beam.
  const columns = a.columns
  const cosSteerN = Float64Array.from(steering, (b) => Math.cos(columns * a.halfPhaseH * b.ySteer))
  const sinSteerN = Float64Array.from(steering, (b) => Math.sin(columns * a.halfPhaseH * b.ySteer))
  const ySteer = Float64Array.from(steering, (b) => b.ySteer)
  const vertical = new Float64Array(verticalSteers.length)
  const lcs = new Float64Array(3)
  const elements = a.rows * a.columns
  const beamCount = steering.length
  for (let i = 0; i < count; i++) {
    enuToLcs(a, eastM[i] as number, northM[i] as number, upM[i] as number, lcs)
    const yLocal = lcs[1] as number
    const zLocal = lcs[2] as number
    const elementDbi = elementAtDbi(a, lcs[0] as number, yLocal, zLocal)
    for (let v = 0; v < vertical.length; v++) vertical[v] = dirichletFromHalfPhase(a.rows, a.halfPhaseV * (zLocal - (verticalSteers[v] as number)))
    let best = -1
    let bestIndex = 0
    let sum = 0
    const hY = a.halfPhaseH * yLocal
    const cosY = Math.cos(hY)
    const sinY = Math.sin(hY)
    const cosNY = Math.cos(columns * hY)
    const sinNY = Math.sin(columns * hY)
    for (let k = 0; k < beamCount; k++) {
      const sinX = sinY * (cosSteer[k] as number) - cosY * (sinSteer[k] as number)
      let horizontal: number
      if (sinX > 1e-6 || sinX < -1e-6) {
        const ratio = (sinNY * (cosSteerN[k] as number) - cosNY * (sinSteerN[k] as number)) / (columns * sinX)
        horizontal = ratio * ratio
      } else {
        // On (or next to) a lobe peak the ratio is 0/0: the recurrence gives its exact value.
        horizontal = dirichletFromHalfPhase(columns, a.halfPhaseH * (yLocal - (ySteer[k] as number)))
      }
      let power = elements * (vertical[verticalOfBeam[k] as number] as number) * horizontal
      if (power < floorLinear) power = floorLinear
      sum += power
      if (power > best) {
        best = power
        bestIndex = k
      }
    }
    out.bestBeam[i] = bestIndex
    out.bestGainDbi[i] = elementDbi + 10 * Math.log10(best)
    out.meanOverBestGain[i] = sum / (beamCount * best)
  }
}
