/**
 * Mechanical orientation of a panel: global coordinate system (GCS) → the antenna's local one (LCS),
 * TR 38.901 §7.1 (eq. 7.1-7, 7.1-8) with slant γ = 0; docs/radio-models.md §2.2.
 *
 * Azimuth conventions (the one place they are converted):
 * - TR 38.901 GCS: x = east, y = north, z = up; zenith θ from +z (90° = horizon), azimuth φ
 *   counter-clockwise from +x (east) seen from above. The panel's bearing α is such a φ.
 * - Certus stores map bearings: clockwise from north (`azimuth_deg` of a cell, bearings to targets).
 *   φ = 90° − bearing, so a difference of bearings flips sign: φ − α = cellAzimuth − targetBearing.
 * - LCS (38.901): boresight +x', z' up the panel, y' = z' × x' to the LEFT of boresight seen from
 *   above; φ' counter-clockwise, so a target to the right of boresight has φ' < 0.
 * - Stored SSB beam offsets (`azimuth_offset_deg`) are clockwise, like bearings: φ0' = −offset
 *   (see ssbBeams.ts).
 */

const degPerRad = 180 / Math.PI
const toRadians = (deg: number): number => (deg * Math.PI) / 180
const toDegrees = (rad: number): number => (rad * 180) / Math.PI

/**
 * A direction in an antenna's local frame (TR 38.901 §7.1 LCS), degrees: zenith θ' (90° = plane of
 * the panel normal, 0° = up the panel) and azimuth φ' counter-clockwise from boresight (positive to
 * the left of boresight seen from above), in [−180°, 180°].
 */
export interface LocalDirection {
  zenithDeg: number
  azimuthDeg: number
}

/** A direction in the global frame seen from the antenna: zenith θ (0° = up, 90° = horizon) and map bearing (clockwise from north), degrees. */
export interface BearingDirection {
  zenithDeg: number
  bearingDeg: number
}

/** Angle wrapped into [−180°, 180°). */
export function wrapDeg(angleDeg: number): number {
  return ((((angleDeg + 180) % 360) + 360) % 360) - 180
}

/** TR 38.901 GCS azimuth φ (counter-clockwise from east), degrees in [−180°, 180°), of a map bearing (clockwise from north). */
export function gcsAzimuthFromBearingDeg(bearingDeg: number): number {
  return wrapDeg(90 - bearingDeg)
}

/** Map bearing (clockwise from north), degrees in [0°, 360°), of a TR 38.901 GCS azimuth φ (counter-clockwise from east). */
export function bearingFromGcsAzimuthDeg(azimuthDeg: number): number {
  return (((90 - azimuthDeg) % 360) + 360) % 360
}

/**
 * LCS direction for a global direction whose azimuth relative to the bearing α is given directly:
 * `relativeAzimuthDeg` = φ − α in the 38.901 (counter-clockwise) sense. TR 38.901 §7.1 eq. 7.1-7/7.1-8
 * with γ = 0: θ' = arccos(cosβ·cosθ + sinβ·cos(φ−α)·sinθ),
 * φ' = atan2(sinθ·sin(φ−α), cosβ·sinθ·cos(φ−α) − sinβ·cosθ). `downtiltDeg` β > 0 points below the horizon.
 */
export function lcsFromRelativeAzimuth(zenithDeg: number, relativeAzimuthDeg: number, downtiltDeg: number): LocalDirection {
  const theta = toRadians(zenithDeg)
  const phi = toRadians(relativeAzimuthDeg)
  const beta = toRadians(downtiltDeg)
  const cosThetaLocal = Math.cos(beta) * Math.cos(theta) + Math.sin(beta) * Math.cos(phi) * Math.sin(theta)
  const zenithLocal = Math.acos(Math.min(1, Math.max(-1, cosThetaLocal)))
  const azimuthLocal = Math.atan2(
    Math.sin(theta) * Math.sin(phi),
    Math.cos(beta) * Math.sin(theta) * Math.cos(phi) - Math.sin(beta) * Math.cos(theta),
  )
  return { zenithDeg: toDegrees(zenithLocal), azimuthDeg: toDegrees(azimuthLocal) }
}

/**
 * GCS → LCS in TR 38.901's own convention (§7.1, γ = 0): direction (θ, φ) with φ counter-clockwise
 * from east, panel bearing α in the same sense, mechanical downtilt β (positive below the horizon).
 * All degrees. Check (radio-models.md §2.2): α = 30°, β = 6° maps (96°, 30°) to (90°, 0°).
 */
export function gcsToLcs(zenithDeg: number, azimuthDeg: number, bearingAlphaDeg: number, downtiltDeg: number): LocalDirection {
  return lcsFromRelativeAzimuth(zenithDeg, azimuthDeg - bearingAlphaDeg, downtiltDeg)
}

/**
 * GCS → LCS from map bearings: target zenith θ and bearing (clockwise from north) seen from the
 * antenna, the cell's `azimuth_deg` (clockwise from north) and mechanical downtilt (positive below
 * the horizon), degrees. Returns the 38.901 LCS direction: φ' counter-clockwise, so a target
 * clockwise of boresight (to its right) has φ' < 0. TR 38.901 §7.1 via φ − α = cellAzimuth − bearing.
 */
export function bearingToLcs(zenithDeg: number, targetBearingDeg: number, cellAzimuthDeg: number, downtiltDeg: number): LocalDirection {
  return lcsFromRelativeAzimuth(zenithDeg, cellAzimuthDeg - targetBearingDeg, downtiltDeg)
}

/**
 * LCS → global (the inverse rotation of TR 38.901 §7.1 with γ = 0): where a local direction (for
 * instance a beam's steering direction) points on the map, as zenith and bearing (clockwise from
 * north, [0°, 360°)) for a cell with `cellAzimuthDeg` and mechanical `downtiltDeg`.
 */
export function lcsToBearing(local: LocalDirection, cellAzimuthDeg: number, downtiltDeg: number): BearingDirection {
  const thetaLocal = toRadians(local.zenithDeg)
  const phiLocal = toRadians(local.azimuthDeg)
  const beta = toRadians(downtiltDeg)
  const xLocal = Math.sin(thetaLocal) * Math.cos(phiLocal)
  const yLocal = Math.sin(thetaLocal) * Math.sin(phiLocal)
  const zLocal = Math.cos(thetaLocal)
  // Undo the downtilt: rotation about y' by −β (x = cosβ·x' + sinβ·z', z = cosβ·z' − sinβ·x').
  const x = Math.cos(beta) * xLocal + Math.sin(beta) * zLocal
  const z = Math.cos(beta) * zLocal - Math.sin(beta) * xLocal
  const relativeAzimuthDeg = Math.atan2(yLocal, x) * degPerRad
  const bearingDeg = (((cellAzimuthDeg - relativeAzimuthDeg) % 360) + 360) % 360
  return { zenithDeg: Math.acos(Math.min(1, Math.max(-1, z))) * degPerRad, bearingDeg }
}

/**
 * Direction of a target from the antenna given its offset in a local east-north-up frame, metres:
 * zenith (0° = up) and map bearing (clockwise from north, [0°, 360°)). A target at the antenna
 * itself has no direction; it is taken as straight below (zenith 180°), where panels radiate least.
 */
export function bearingDirectionFromEnu(eastM: number, northM: number, upM: number): BearingDirection {
  const horizontalM = Math.hypot(eastM, northM)
  if (horizontalM === 0 && upM === 0) return { zenithDeg: 180, bearingDeg: 0 }
  const bearingDeg = (((Math.atan2(eastM, northM) * degPerRad) % 360) + 360) % 360
  return { zenithDeg: Math.atan2(horizontalM, upM) * degPerRad, bearingDeg }
}
