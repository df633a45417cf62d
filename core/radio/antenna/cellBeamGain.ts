import { RadioInputError } from '../radioInputError.js'
import { bearingDirectionFromEnu, bearingToLcs, type BearingDirection } from './orientation.js'
import { planarArrayForBeamwidths, planarArrayGainDbi, type PlanarArray } from './planarArray.js'
import { ssbBeamSteering, type SsbBeamPointing } from './ssbBeams.js'

/**
 * A cell's antenna as the gain models need it: where the panel points (map bearing and mechanical
 * downtilt, degrees) and the array behind it. Beams steer within the panel (SSB beams, §2.3 weights).
 */
export interface CellAntenna {
  /** Bearing of the panel's boresight, clockwise from north (the cell's `azimuth_deg`), degrees. */
  readonly azimuthDeg: number
  /** Mechanical downtilt, degrees, positive below the horizon (TR 38.901 §7.1 β). */
  readonly mechanicalTiltDeg: number
  readonly array: PlanarArray
}

/** Beamwidths of a beam or a cell, degrees. */
export interface Beamwidths {
  hBeamwidthDeg: number
  vBeamwidthDeg: number
}

/**
 * A validated cell antenna. Throws when the bearing is not finite or the mechanical tilt is outside
 * −90°…90°.
 */
export function createCellAntenna(mount: { azimuthDeg: number; mechanicalTiltDeg: number }, array: PlanarArray): CellAntenna {
  if (!Number.isFinite(mount.azimuthDeg)) throw new RadioInputError('azimuthDeg', `azimuthDeg must be a finite bearing in degrees, not ${mount.azimuthDeg}`)
  if (!(mount.mechanicalTiltDeg >= -90 && mount.mechanicalTiltDeg <= 90)) {
    throw new RadioInputError('mechanicalTiltDeg', `mechanicalTiltDeg must be within −90…90° (positive below the horizon), not ${mount.mechanicalTiltDeg}`)
  }
  return Object.freeze({ azimuthDeg: mount.azimuthDeg, mechanicalTiltDeg: mount.mechanicalTiltDeg, array })
}

/**
 * A cell antenna sized from stored beamwidths, since cells carry widths rather than element counts:
 * the array whose broadside widths match the narrowest stored beam (the boresight beam of a sweep,
 * as outer beams widen with scan), or the cell's own widths when it has no beams
 * ({@link planarArrayForBeamwidths}: 15° × 10° → 7 columns × 10 rows, 26.5 dBi peak). A planning
 * choice; the stored `gain_dbi` is not used: element + array factor give the gain (radio-models.md §6 trap 10).
 */
export function cellAntennaFromBeamwidths(
  cell: { azimuthDeg: number; mechanicalTiltDeg: number } & Beamwidths,
  beams: readonly Beamwidths[] = [],
): CellAntenna {
  const hBeamwidthDeg = beams.length === 0 ? cell.hBeamwidthDeg : Math.min(...beams.map((b) => b.hBeamwidthDeg))
  const vBeamwidthDeg = beams.length === 0 ? cell.vBeamwidthDeg : Math.min(...beams.map((b) => b.vBeamwidthDeg))
  return createCellAntenna(cell, planarArrayForBeamwidths(hBeamwidthDeg, vBeamwidthDeg))
}

/** The single broadcast beam of a cell without stored SSB beams: boresight, tilted down by the electrical tilt. */
export function broadcastBeam(cell: { electricalTiltDeg: number }): SsbBeamPointing {
  return { azimuthOffsetDeg: 0, elevationDeg: -cell.electricalTiltDeg }
}

/**
 * Gain in dBi of SSB beam `beam` of a cell toward a target seen from the antenna at global zenith θ
 * (0° = up, 90° = horizon) and map bearing, degrees: rotate into the LCS by the bearing and the
 * mechanical tilt (TR 38.901 §7.1), then element pattern + array factor steered to the beam
 * (TR 38.901 §7.3; radio-models.md §2.2–2.4). The reference for the kernels in beamGainKernel.ts.
 */
export function cellBeamGainDbi(antenna: CellAntenna, beam: SsbBeamPointing, target: BearingDirection): number {
  const local = bearingToLcs(target.zenithDeg, target.bearingDeg, antenna.azimuthDeg, antenna.mechanicalTiltDeg)
  return planarArrayGainDbi(antenna.array, ssbBeamSteering(beam), local)
}

/**
 * {@link cellBeamGainDbi} for a target given by its offset from the antenna in a local
 * east-north-up frame, metres (a target at the antenna itself counts as straight below).
 */
export function cellBeamGainEnuDbi(antenna: CellAntenna, beam: SsbBeamPointing, eastM: number, northM: number, upM: number): number {
  return cellBeamGainDbi(antenna, beam, bearingDirectionFromEnu(eastM, northM, upM))
}
