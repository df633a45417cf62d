import { RadioInputError } from '../radioInputError.js'
import { type LocalDirection, wrapDeg } from './orientation.js'

/**
 * Parameters of the TR 38.901 Table 7.3-1 radiation pattern (docs/radio-models.md §2.1). Angles in
 * degrees, levels in dB or dBi.
 */
export interface ElementPattern {
  /** θ3dB, vertical half-power beamwidth, degrees (Table 7.3-1: 65°). */
  vBeamwidthDeg: number
  /** φ3dB, horizontal half-power beamwidth, degrees (Table 7.3-1: 65°). */
  hBeamwidthDeg: number
  /** SLA_V, vertical side-lobe attenuation limit, dB (Table 7.3-1: 30 dB). */
  sideLobeLimitDb: number
  /** A_max, front-to-back attenuation limit, dB (Table 7.3-1: 30 dB). */
  maxAttenuationDb: number
  /** G_E,max, maximum directional gain of one element, dBi (Table 7.3-1: 8 dBi). */
  maxGainDbi: number
}

/** The TR 38.901 Table 7.3-1 element: θ3dB = φ3dB = 65°, SLA_V = A_max = 30 dB, G_E,max = 8 dBi. */
export const tr38901ElementPattern: Readonly<ElementPattern> = Object.freeze({
  vBeamwidthDeg: 65,
  hBeamwidthDeg: 65,
  sideLobeLimitDb: 30,
  maxAttenuationDb: 30,
  maxGainDbi: 8,
})

/**
 * An element pattern: the Table 7.3-1 defaults overridden by `options`. Throws when a width is
 * outside (0°, 360°], a limit is negative or the gain is not finite.
 */
export function createElementPattern(options: Partial<ElementPattern> = {}): ElementPattern {
  const pattern = { ...tr38901ElementPattern, ...options }
  for (const key of ['vBeamwidthDeg', 'hBeamwidthDeg'] as const) {
    const value = pattern[key]
    if (!(value > 0 && value <= 360)) throw new RadioInputError(key, `${key} must be within 0…360° (TR 38.901 Table 7.3-1), not ${value}`)
  }
  for (const key of ['sideLobeLimitDb', 'maxAttenuationDb'] as const) {
    const value = pattern[key]
    if (!(value >= 0 && Number.isFinite(value))) throw new RadioInputError(key, `${key} must be a finite attenuation ≥ 0 dB (TR 38.901 Table 7.3-1), not ${value}`)
  }
  if (!Number.isFinite(pattern.maxGainDbi)) throw new RadioInputError('maxGainDbi', `maxGainDbi must be a finite gain in dBi, not ${pattern.maxGainDbi}`)
  return pattern
}

/** The shape part of a Table 7.3-1 pattern: half-power widths and the two attenuation limits (30 dB when absent). */
export interface PatternShape {
  hBeamwidthDeg: number
  vBeamwidthDeg: number
  /** SLA_V in dB; 30 when absent. */
  sideLobeLimitDb?: number
  /** A_max in dB; 30 when absent. */
  maxAttenuationDb?: number
}

/**
 * Attenuation in dB (≤ 0) of the TR 38.901 Table 7.3-1 pattern at an offset from its pointing
 * direction: A_V = −min(12·(Δθ/θ3dB)², SLA_V), A_H = −min(12·(Δφ/φ3dB)², A_max),
 * A = −min(−(A_V + A_H), A_max). Offsets in degrees; the azimuth offset is wrapped into [−180°, 180°).
 * Also usable with a beam's own widths as the usual planning stand-in for a beam pattern.
 */
export function patternAttenuationDb(zenithOffsetDeg: number, azimuthOffsetDeg: number, shape: PatternShape): number {
  const sideLobeLimitDb = shape.sideLobeLimitDb ?? 30
  const maxAttenuationDb = shape.maxAttenuationDb ?? 30
  const verticalDb = -Math.min(12 * (zenithOffsetDeg / shape.vBeamwidthDeg) ** 2, sideLobeLimitDb)
  const horizontalDb = -Math.min(12 * (wrapDeg(azimuthOffsetDeg) / shape.hBeamwidthDeg) ** 2, maxAttenuationDb)
  return -Math.min(-(verticalDb + horizontalDb), maxAttenuationDb)
}

/**
 * Gain in dBi of one element toward a direction in its LCS (TR 38.901 Table 7.3-1):
 * G(θ', φ') = G_E,max + A(θ', φ'), with the vertical offset θ' − 90°. Defaults to the Table 7.3-1 element.
 * Checks (radio-models.md §2.1): G(90, 0) = 8, G(122.5, 0) = G(90, 32.5) = 5, G(150, 60) = −12.45 dBi.
 */
export function elementGainDbi(direction: LocalDirection, pattern: Readonly<ElementPattern> = tr38901ElementPattern): number {
  return pattern.maxGainDbi + patternAttenuationDb(direction.zenithDeg - 90, direction.azimuthDeg, pattern)
}

/** Table 7.3-1 pattern constants for kernels working in radians (see {@link elementGainFromRadians}). */
export interface ElementPatternKernel {
  /** 12 / θ3dB² with θ3dB in radians. */
  verticalCoefficient: number
  /** 12 / φ3dB² with φ3dB in radians. */
  horizontalCoefficient: number
  sideLobeLimitDb: number
  maxAttenuationDb: number
  maxGainDbi: number
}

/** Precomputes the radian-domain constants of an element pattern, once per antenna. */
export function elementPatternKernel(pattern: Readonly<ElementPattern>): ElementPatternKernel {
  const vRad = (pattern.vBeamwidthDeg * Math.PI) / 180
  const hRad = (pattern.hBeamwidthDeg * Math.PI) / 180
  return {
    verticalCoefficient: 12 / (vRad * vRad),
    horizontalCoefficient: 12 / (hRad * hRad),
    sideLobeLimitDb: pattern.sideLobeLimitDb,
    maxAttenuationDb: pattern.maxAttenuationDb,
    maxGainDbi: pattern.maxGainDbi,
  }
}

/**
 * The Table 7.3-1 element gain in dBi for an LCS zenith θ' ∈ [0, π] and azimuth φ' ∈ [−π, π] in
 * radians: the same formula as {@link elementGainDbi} for hot loops (no wrapping: φ' must already be
 * in range, as atan2 returns it).
 */
export function elementGainFromRadians(kernel: ElementPatternKernel, zenithLocalRad: number, azimuthLocalRad: number): number {
  const zenithOffsetRad = zenithLocalRad - Math.PI / 2
  const verticalDb = Math.min(kernel.verticalCoefficient * zenithOffsetRad * zenithOffsetRad, kernel.sideLobeLimitDb)
  const horizontalDb = Math.min(kernel.horizontalCoefficient * azimuthLocalRad * azimuthLocalRad, kernel.maxAttenuationDb)
  return kernel.maxGainDbi - Math.min(verticalDb + horizontalDb, kernel.maxAttenuationDb)
}
