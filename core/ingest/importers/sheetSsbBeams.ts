import type { SsbBeam } from '../../api/schemas/networkSchemas.js'
import { beamwidthGainDbi } from '../../radio/antenna/beamwidthGain.js'

/** SSB beam settings as a cell sheet gives them; null where a column is absent or empty. */
export interface SheetBeamSpec {
  count: number | null
  /** One offset per beam, degrees clockwise from the cell's azimuth. */
  azimuthOffsetsDeg: number[] | null
  /** One elevation for all beams, or one per beam; degrees, positive upward in the panel's frame. */
  elevationsDeg: number[] | null
  hBeamwidthDeg: number | null
  vBeamwidthDeg: number | null
  gainDbi: number | null
}

/** Span a beam sweep covers when the sheet gives no offsets: a 120° sector, or all round for an omni cell. */
const sectorSweepDeg = 120

/**
 * The SSB beams of one cell from sheet settings. What the sheet leaves out is filled the way the
 * demo network builds its beams (core/demo/demoSsbBeams.ts): offsets evenly spread over the sector
 * (8 beams → 15° apart, ±52.5°), each beam as wide as the spacing so neighbours cross at −3 dB,
 * the cell's vertical beamwidth, elevation −electrical tilt, and gain 32 400 / (φ·θ).
 * Returns the beams and the beam fields that took such a default.
 */
export function buildSheetBeams(
  spec: SheetBeamSpec,
  cell: { hBeamwidthDeg: number; vBeamwidthDeg: number; electricalTiltDeg: number },
): { beams: SsbBeam[]; defaulted: string[] } {
  const count = spec.count ?? spec.azimuthOffsetsDeg?.length ?? 0
  const defaulted: string[] = []
  const spanDeg = cell.hBeamwidthDeg >= 360 ? 360 : sectorSweepDeg
  const stepDeg = spanDeg / Math.max(count, 1)
  if (spec.azimuthOffsetsDeg === null) defaulted.push('beams.azimuthOffsetDeg')
  if (spec.elevationsDeg === null) defaulted.push('beams.elevationDeg')
  if (spec.hBeamwidthDeg === null) defaulted.push('beams.hBeamwidthDeg')
  if (spec.vBeamwidthDeg === null) defaulted.push('beams.vBeamwidthDeg')
  if (spec.gainDbi === null) defaulted.push('beams.gainDbi')
  const hBeamwidthDeg = spec.hBeamwidthDeg ?? stepDeg
  const vBeamwidthDeg = spec.vBeamwidthDeg ?? cell.vBeamwidthDeg
  const beams: SsbBeam[] = []
  for (let index = 0; index < count; index++) {
    const elevations = spec.elevationsDeg
    beams.push({
      index,
      azimuthOffsetDeg: spec.azimuthOffsetsDeg?.[index] ?? (index - (count - 1) / 2) * stepDeg,
      elevationDeg: elevations === null ? -cell.electricalTiltDeg : (elevations.length === 1 ? elevations[0] : elevations[index]) ?? 0,
      hBeamwidthDeg,
      vBeamwidthDeg,
      gainDbi: spec.gainDbi ?? Math.round(10 * beamwidthGainDbi(hBeamwidthDeg, vBeamwidthDeg)) / 10,
    })
  }
  return { beams, defaulted }
}
