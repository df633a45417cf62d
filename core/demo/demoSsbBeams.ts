import type { SsbBeam } from '../api/schemas/networkSchemas.js'
import { beamwidthGainDbi } from '../radio/antenna/beamwidthGain.js'
import { roundTo } from './roundTo.js'

/**
 * SSB beams per cell: L_max = 8 for an n78 cell (SSB case C, unpaired spectrum at or above 1.88 GHz;
 * TS 38.213 §4.1), the horizontal sweep most 3.5 GHz massive-MIMO cells broadcast.
 */
export const ssbBeamCount = 8

/** Spacing of neighbouring beams: 8 beams × 15° cover ±52.5° around boresight, inside a 120° sector. */
export const ssbBeamStepDeg = 15

/** Horizontal half-power width of the beam at boresight (typical planning value for a 8–16 column panel). */
const boresightBeamwidthDeg = 15

/**
 * The 8 SSB beams of a cell, index 0 leftmost. Azimuth offsets are −52.5°…+52.5° in 15° steps,
 * clockwise positive like the cell's azimuth. Every beam points at `elevationDeg = −electricalTiltDeg`:
 * elevation is measured in the panel's own frame (after the mechanical downtilt, TR 38.901 §7.1),
 * positive upward, so electrical tilt steers the beams below the panel normal as the weights of a
 * real array would (TR 38.901 §7.3, θ0' = 90° + tilt). Outer beams widen with scan angle, after the
 * 1/cos(scan) broadening of a uniform array, softened to a square root so that they stay inside the
 * 15–20° of typical vendor SSB patterns (planning assumption). Gains from the widths by Kraus's
 * approximation (core/radio/antenna/beamwidthGain.ts).
 */
export function buildSsbBeams(electricalTiltDeg: number, vBeamwidthDeg: number): SsbBeam[] {
  const beams: SsbBeam[] = []
  for (let index = 0; index < ssbBeamCount; index++) {
    const azimuthOffsetDeg = (index - (ssbBeamCount - 1) / 2) * ssbBeamStepDeg
    const hBeamwidthDeg = boresightBeamwidthDeg / Math.sqrt(Math.cos((azimuthOffsetDeg * Math.PI) / 180))
    beams.push({
      index,
      azimuthOffsetDeg,
      elevationDeg: -electricalTiltDeg,
      hBeamwidthDeg: roundTo(hBeamwidthDeg, 1),
      vBeamwidthDeg,
      gainDbi: roundTo(beamwidthGainDbi(hBeamwidthDeg, vBeamwidthDeg), 1),
    })
  }
  return beams
}
