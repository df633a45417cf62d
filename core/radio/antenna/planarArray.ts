import { RadioInputError } from '../radioInputError.js'
import { createElementPattern, elementGainDbi, type ElementPattern } from './elementPattern.js'
import type { LocalDirection } from './orientation.js'

/**
 * A uniform planar array (TR 38.901 §7.3, docs/radio-models.md §2.3): M rows × N columns of
 * identical elements in the LCS y'–z' plane, boresight +x'. Element (m, n) sits at
 * p = (0, n·dH, m·dV) wavelengths. One fully connected port: the beam adds 10·log10(M·N) at its peak.
 */
export interface PlanarArray {
  /** M, elements per column (vertical). */
  readonly rows: number
  /** N, elements per row (horizontal). */
  readonly columns: number
  /** dV, vertical spacing in wavelengths. */
  readonly vSpacingWavelengths: number
  /** dH, horizontal spacing in wavelengths. */
  readonly hSpacingWavelengths: number
  /** Pattern of each element (TR 38.901 Table 7.3-1). */
  readonly element: Readonly<ElementPattern>
}

/** Options of {@link createPlanarArray}; spacings default to 0.5 λ, the element to Table 7.3-1. */
export interface PlanarArrayOptions {
  rows: number
  columns: number
  vSpacingWavelengths?: number
  hSpacingWavelengths?: number
  element?: Partial<ElementPattern>
}

/** Largest row or column count accepted: far beyond any cellular panel, small enough for the Σ reference. */
export const maxArrayDimension = 1024

/** Floor of the array factor, dB: a numerical guard so exact nulls give a finite gain, not a model value. */
export const arrayFactorFloorDb = -100
const arrayFactorFloorLinear = 10 ** (arrayFactorFloorDb / 10)

/** A validated planar array. Throws when a count is not a whole number in 1…1024 or a spacing not in (0, 10] λ. */
export function createPlanarArray(options: PlanarArrayOptions): PlanarArray {
  for (const key of ['rows', 'columns'] as const) {
    const value = options[key]
    if (!(Number.isInteger(value) && value >= 1 && value <= maxArrayDimension)) {
      throw new RadioInputError(key, `${key} must be a whole number within 1…${maxArrayDimension} elements, not ${value}`)
    }
  }
  const vSpacingWavelengths = options.vSpacingWavelengths ?? 0.5
  const hSpacingWavelengths = options.hSpacingWavelengths ?? 0.5
  for (const [key, value] of [['vSpacingWavelengths', vSpacingWavelengths], ['hSpacingWavelengths', hSpacingWavelengths]] as const) {
    if (!(value > 0 && value <= 10)) throw new RadioInputError(key, `${key} must be within 0…10 wavelengths, not ${value}`)
  }
  return Object.freeze({
    rows: options.rows,
    columns: options.columns,
    vSpacingWavelengths,
    hSpacingWavelengths,
    element: Object.freeze(createElementPattern(options.element)),
  })
}

/**
 * LCS steering direction for an electrical downtilt e (positive below the panel normal) and an
 * electrical azimuth s (38.901 φ' sense, counter-clockwise): θ0' = 90° + e, φ0' = s (radio-models.md §2.3).
 * Electrical tilt lives in the weights; mechanical tilt in the rotation (orientation.ts).
 */
export function steeringFromElectricalTilt(electricalTiltDeg: number, electricalAzimuthDeg = 0): LocalDirection {
  return { zenithDeg: 90 + electricalTiltDeg, azimuthDeg: electricalAzimuthDeg }
}

/**
 * Normalised Dirichlet kernel |sin(N·ψ/2) / (N·sin(ψ/2))|² of an N-element uniform progressive-phase
 * line: 1 on the main (and any grating) lobe, 0 at its nulls. ψ in radians.
 */
export function dirichletPower(count: number, psiRad: number): number {
  const halfPsiRad = 0.5 * psiRad
  const denominator = count * Math.sin(halfPsiRad)
  // sin(ψ/2) = 0 on a lobe peak: the limit of the ratio is ±1.
  if (Math.abs(denominator) < 1e-12 * count) return 1
  const ratio = Math.sin(count * halfPsiRad) / denominator
  return ratio * ratio
}

/** Inter-element phase differences ψV (rows) and ψH (columns) in radians between a direction and the steering direction. */
function phaseSteps(array: PlanarArray, steering: LocalDirection, direction: LocalDirection): { psiVRad: number; psiHRad: number } {
  const theta = (direction.zenithDeg * Math.PI) / 180
  const phi = (direction.azimuthDeg * Math.PI) / 180
  const theta0 = (steering.zenithDeg * Math.PI) / 180
  const phi0 = (steering.azimuthDeg * Math.PI) / 180
  // r(θ,φ)·p = n·dH·sinθ·sinφ + m·dV·cosθ (p = (0, n·dH, m·dV)); the weights subtract the same at (θ0', φ0').
  return {
    psiVRad: 2 * Math.PI * array.vSpacingWavelengths * (Math.cos(theta) - Math.cos(theta0)),
    psiHRad: 2 * Math.PI * array.hSpacingWavelengths * (Math.sin(theta) * Math.sin(phi) - Math.sin(theta0) * Math.sin(phi0)),
  }
}

/**
 * Array factor in dB, 10·log10|Σ_mn w_mn·a_mn(θ',φ')|², by the explicit sum over elements
 * (TR 38.901 §7.3; radio-models.md §2.3): a_mn = exp(j·2π·r(θ',φ')·p_mn), w_mn = exp(−j·2π·r(θ0',φ0')·p_mn)/√(M·N).
 * The reference for {@link arrayFactorDb}; O(M·N) per direction. Floored at {@link arrayFactorFloorDb}.
 */
export function arrayFactorSumDb(array: PlanarArray, steering: LocalDirection, direction: LocalDirection): number {
  const { psiVRad, psiHRad } = phaseSteps(array, steering, direction)
  let real = 0
  let imaginary = 0
  for (let m = 0; m < array.rows; m++) {
    for (let n = 0; n < array.columns; n++) {
      const phaseRad = m * psiVRad + n * psiHRad
      real += Math.cos(phaseRad)
      imaginary += Math.sin(phaseRad)
    }
  }
  const power = (real * real + imaginary * imaginary) / (array.rows * array.columns)
  return 10 * Math.log10(Math.max(power, arrayFactorFloorLinear))
}

/**
 * Array factor in dB in closed form: uniform amplitudes and progressive phases make the sum separate
 * into a vertical and a horizontal Dirichlet kernel, |Σ w·a|² = M·N · D_M(ψV) · D_N(ψH) with
 * ψV = 2π·dV·(cosθ' − cosθ0'), ψH = 2π·dH·(sinθ'·sinφ' − sinθ0'·sinφ0'). Equal to
 * {@link arrayFactorSumDb}; peak 10·log10(M·N). Floored at {@link arrayFactorFloorDb}.
 */
export function arrayFactorDb(array: PlanarArray, steering: LocalDirection, direction: LocalDirection): number {
  const { psiVRad, psiHRad } = phaseSteps(array, steering, direction)
  const power = array.rows * array.columns * dirichletPower(array.rows, psiVRad) * dirichletPower(array.columns, psiHRad)
  return 10 * Math.log10(Math.max(power, arrayFactorFloorLinear))
}

/**
 * Gain in dBi of the array steered to `steering` toward `direction` (both LCS, degrees):
 * G = G_element(θ',φ') + array factor (TR 38.901 §7.3; radio-models.md §2.3). Check: 8×8, 0.5 λ,
 * steered to (96°, 20°) gives 24.823 dBi there; at boresight steering the peak is 26.06 dBi.
 */
export function planarArrayGainDbi(array: PlanarArray, steering: LocalDirection, direction: LocalDirection): number {
  return elementGainDbi(direction, array.element) + arrayFactorDb(array, steering, direction)
}

/**
 * Approximate broadside half-power beamwidth in degrees of an N-element uniform line with spacing d
 * wavelengths: HPBW ≈ 0.886·λ/(N·d) rad (the large-N uniform-aperture result), i.e. ≈ 101.5°/N at
 * d = 0.5 λ. A single element has no array factor: its width is `elementBeamwidthDeg` (65° for Table 7.3-1).
 */
export function arrayHalfPowerBeamwidthDeg(count: number, spacingWavelengths = 0.5, elementBeamwidthDeg = 65): number {
  if (count <= 1) return elementBeamwidthDeg
  return (0.886 / (count * spacingWavelengths)) * (180 / Math.PI)
}

/** The count whose {@link arrayHalfPowerBeamwidthDeg} is closest to the target width (fewer elements on a tie). */
function countForBeamwidth(key: string, targetDeg: number, spacingWavelengths: number, elementBeamwidthDeg: number): number {
  if (!(targetDeg > 0 && targetDeg <= 360)) throw new RadioInputError(key, `${key} must be within 0…360°, not ${targetDeg}`)
  // HPBW·N is constant for N ≥ 2, so the best N is next to (0.886/d rad) / target.
  const estimate = ((0.886 / spacingWavelengths) * (180 / Math.PI)) / targetDeg
  const clampCount = (n: number): number => Math.min(maxArrayDimension, Math.max(1, n))
  const candidates = [1, clampCount(Math.floor(estimate)), clampCount(Math.ceil(estimate))]
  let best = 1
  for (const n of candidates) {
    const error = Math.abs(arrayHalfPowerBeamwidthDeg(n, spacingWavelengths, elementBeamwidthDeg) - targetDeg)
    const bestError = Math.abs(arrayHalfPowerBeamwidthDeg(best, spacingWavelengths, elementBeamwidthDeg) - targetDeg)
    if (error < bestError || (error === bestError && n < best)) best = n
  }
  return best
}

/**
 * The array (columns N, rows M) whose broadside half-power widths are closest to the given ones, since
 * cells carry beamwidths, not element counts: N from `hBeamwidthDeg`, M from `vBeamwidthDeg`, each by
 * HPBW ≈ 0.886·2/N rad ≈ 101.5°/N at 0.5 λ ({@link arrayHalfPowerBeamwidthDeg}); widths at or above the
 * element's own (65°) give one element. E.g. 15° × 10° → 7 columns × 10 rows. A planning
 * approximation: the element pattern narrows the real beam slightly, most for small N.
 */
export function planarArrayForBeamwidths(
  hBeamwidthDeg: number,
  vBeamwidthDeg: number,
  options: { spacingWavelengths?: number; element?: Partial<ElementPattern> } = {},
): PlanarArray {
  const spacingWavelengths = options.spacingWavelengths ?? 0.5
  const element = createElementPattern(options.element)
  return createPlanarArray({
    rows: countForBeamwidth('vBeamwidthDeg', vBeamwidthDeg, spacingWavelengths, element.vBeamwidthDeg),
    columns: countForBeamwidth('hBeamwidthDeg', hBeamwidthDeg, spacingWavelengths, element.hBeamwidthDeg),
    vSpacingWavelengths: spacingWavelengths,
    hSpacingWavelengths: spacingWavelengths,
    element,
  })
}
