const toRadians = (deg: number): number => (deg * Math.PI) / 180
const toDegrees = (rad: number): number => (rad * 180) / Math.PI

/** Angle wrapped into [−180°, 180°). */
export function wrapDeg(angleDeg: number): number {
  return ((((angleDeg + 180) % 360) + 360) % 360) - 180
}

/** Direction in an antenna's local frame: zenith angle θ' (90° = panel normal plane) and azimuth φ' (0° = boresight). */
export interface LocalDirection {
  zenithDeg: number
  azimuthDeg: number
}

/**
 * Global zenith θ and azimuth φ (relative to the antenna bearing α, i.e. φ − α) to the antenna's
 * local frame for a mechanical downtilt β, positive below the horizon (TR 38.901 §7.1, eq. 7.1-7
 * and 7.1-8 with slant γ = 0). Azimuths keep whichever sense the caller uses (here: clockwise bearings).
 */
export function globalToLocalDirection(zenithDeg: number, azimuthFromBearingDeg: number, downtiltDeg: number): LocalDirection {
  const theta = toRadians(zenithDeg)
  const phi = toRadians(azimuthFromBearingDeg)
  const beta = toRadians(downtiltDeg)
  const cosThetaLocal = Math.cos(beta) * Math.cos(theta) + Math.sin(beta) * Math.cos(phi) * Math.sin(theta)
  const zenithLocal = Math.acos(Math.min(1, Math.max(-1, cosThetaLocal)))
  const azimuthLocal = Math.atan2(
    Math.sin(theta) * Math.sin(phi),
    Math.cos(beta) * Math.sin(theta) * Math.cos(phi) - Math.sin(beta) * Math.cos(theta),
  )
  return { zenithDeg: toDegrees(zenithLocal), azimuthDeg: toDegrees(azimuthLocal) }
}

export interface PatternShape {
  hBeamwidthDeg: number
  vBeamwidthDeg: number
  /** Vertical side-lobe limit SLA_V in dB; 30 in Table 7.3-1. */
  sideLobeLimitDb?: number
  /** Front-to-back limit A_max in dB; 30 in Table 7.3-1. */
  maxAttenuationDb?: number
}

/**
 * Attenuation in dB (≤ 0) of the TR 38.901 Table 7.3-1 pattern at an offset from the pointing direction:
 * A_V = −min(12 (Δθ/θ3dB)², SLA_V), A_H = −min(12 (Δφ/φ3dB)², A_max), A = −min(−(A_V + A_H), A_max).
 * The demo applies this shape to each SSB beam with the beam's own widths, the usual planning stand-in
 * for a full array factor (docs/radio-models.md §2.3 gives the exact array model for core/radio).
 */
export function patternAttenuationDb(zenithOffsetDeg: number, azimuthOffsetDeg: number, shape: PatternShape): number {
  const sideLobeLimitDb = shape.sideLobeLimitDb ?? 30
  const maxAttenuationDb = shape.maxAttenuationDb ?? 30
  const verticalDb = -Math.min(12 * (zenithOffsetDeg / shape.vBeamwidthDeg) ** 2, sideLobeLimitDb)
  const horizontalDb = -Math.min(12 * (wrapDeg(azimuthOffsetDeg) / shape.hBeamwidthDeg) ** 2, maxAttenuationDb)
  return -Math.min(-(verticalDb + horizontalDb), maxAttenuationDb)
}

/** The TR 38.901 Table 7.3-1 element: 65° × 65°, SLA_V = A_max = 30 dB, G_E,max = 8 dBi. Gain in dBi at a local direction. */
export function elementGainDbi(direction: LocalDirection): number {
  return 8 + patternAttenuationDb(direction.zenithDeg - 90, direction.azimuthDeg, { hBeamwidthDeg: 65, vBeamwidthDeg: 65 })
}
