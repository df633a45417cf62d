import { describe, expect, it } from 'vitest'
import { RadioInputError } from '../radioInputError.js'
import { broadcastBeam, cellAntennaFromBeamwidths, cellBeamGainDbi, cellBeamGainEnuDbi, createCellAntenna } from './cellBeamGain.js'
import { elementGainDbi } from './elementPattern.js'
import { bearingToLcs, lcsToBearing, type BearingDirection } from './orientation.js'
import { createPlanarArray } from './planarArray.js'
import { ssbBeamSteering, type SsbBeamPointing } from './ssbBeams.js'

/** Deterministic uniform numbers in [0, 1) (mulberry32), so failures reproduce. */
function seededUniform(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The demo's sweep: 8 beams, 15° apart, 6° electrical downtilt. */
const sweep: SsbBeamPointing[] = [-52.5, -37.5, -22.5, -7.5, 7.5, 22.5, 37.5, 52.5].map((azimuthOffsetDeg) => ({ azimuthOffsetDeg, elevationDeg: -6 }))
/** A cell facing east, 4° mechanical downtilt, sized for 15° × 10° beams (7 columns × 10 rows). */
const eastCell = cellAntennaFromBeamwidths({ azimuthDeg: 90, mechanicalTiltDeg: 4, hBeamwidthDeg: 65, vBeamwidthDeg: 10 }, [{ hBeamwidthDeg: 15, vBeamwidthDeg: 10 }])
const peakDbi = 8 + 10 * Math.log10(70)

/** Highest gain on a grid of ±spanDeg around a direction, with where it is. */
function gridMaximum(gain: (target: BearingDirection) => number, centre: BearingDirection, spanDeg: number, stepDeg: number) {
  let best = { gainDbi: -Infinity, zenithDeg: 0, bearingDeg: 0 }
  for (let dz = -spanDeg; dz <= spanDeg; dz += stepDeg) {
    for (let db = -spanDeg; db <= spanDeg; db += stepDeg) {
      const target = { zenithDeg: centre.zenithDeg + dz, bearingDeg: centre.bearingDeg + db }
      const gainDbi = gain(target)
      if (gainDbi > best.gainDbi) best = { gainDbi, ...target }
    }
  }
  return best
}

describe('cellBeamGainDbi: rotation (TR 38.901 §7.1) + element + array factor (§7.3)', () => {
  it('reproduces the §2.3 check values through a mounted cell (bearing 60° = α 30°, β 6°) to 0.001 dB', () => {
    const antenna = createCellAntenna({ azimuthDeg: 60, mechanicalTiltDeg: 6 }, createPlanarArray({ rows: 8, columns: 8 }))
    // φ0′ = +20° (counter-clockwise) is a stored offset of −20° (clockwise); elevation −6° gives θ0′ = 96°.
    const beam = { azimuthOffsetDeg: -20, elevationDeg: -6 }
    const at = (zenithDeg: number, azimuthDeg: number): number => cellBeamGainDbi(antenna, beam, lcsToBearing({ zenithDeg, azimuthDeg }, 60, 6))
    expect(at(96, 20)).toBeCloseTo(24.823, 3)
    expect(at(90, 20)).toBeCloseTo(22.304, 3)
    expect(at(96, 0)).toBeCloseTo(12.898, 3)
    expect(at(110, 20)).toBeCloseTo(-1.692, 3)
  })

  it('points a positive (clockwise) offset of an east-facing cell south of east', () => {
    const beam = { azimuthOffsetDeg: 22.5, elevationDeg: -6 }
    const towardsSouthDbi = cellBeamGainDbi(eastCell, beam, { zenithDeg: 100, bearingDeg: 112.5 })
    const towardsNorthDbi = cellBeamGainDbi(eastCell, beam, { zenithDeg: 100, bearingDeg: 67.5 })
    expect(towardsSouthDbi - towardsNorthDbi).toBeGreaterThan(10)
    const onMap = lcsToBearing(ssbBeamSteering(beam), eastCell.azimuthDeg, eastCell.mechanicalTiltDeg)
    expect(onMap.bearingDeg).toBeGreaterThan(110)
    expect(onMap.bearingDeg).toBeLessThan(115)
  })

  it('equals the angle form for east-north-up offsets', () => {
    const random = seededUniform(3)
    for (let i = 0; i < 100; i++) {
      const [eastM, northM, upM] = [2000 * random() - 1000, 2000 * random() - 1000, 200 * random() - 100]
      const horizontalM = Math.hypot(eastM, northM)
      const target = { zenithDeg: (Math.atan2(horizontalM, upM) * 180) / Math.PI, bearingDeg: (Math.atan2(eastM, northM) * 180) / Math.PI }
      expect(cellBeamGainEnuDbi(eastCell, sweep[5] as SsbBeamPointing, eastM, northM, upM)).toBeCloseTo(cellBeamGainDbi(eastCell, sweep[5] as SsbBeamPointing, target), 9)
    }
  })
})

describe('cell beam gain properties', () => {
  it('peaks exactly at the steering direction for a beam on the panel normal (0.25° grid, ±8°)', () => {
    const beam = { azimuthOffsetDeg: 0, elevationDeg: 0 }
    const steering = lcsToBearing(ssbBeamSteering(beam), eastCell.azimuthDeg, eastCell.mechanicalTiltDeg)
    const atSteeringDbi = cellBeamGainDbi(eastCell, beam, steering)
    expect(atSteeringDbi).toBeCloseTo(peakDbi, 9)
    const best = gridMaximum((t) => cellBeamGainDbi(eastCell, beam, t), steering, 8, 0.25)
    expect(best.gainDbi).toBeLessThanOrEqual(atSteeringDbi + 1e-9)
  })

  it('puts every beam’s array-factor peak at its steering direction; the element pulls the total at most 8° toward boresight, < 1.5 dB', () => {
    for (const beam of sweep) {
      const steering = lcsToBearing(ssbBeamSteering(beam), eastCell.azimuthDeg, eastCell.mechanicalTiltDeg)
      const arrayFactorDb = (t: BearingDirection): number =>
        cellBeamGainDbi(eastCell, beam, t) - elementGainDbi(bearingToLcs(t.zenithDeg, t.bearingDeg, eastCell.azimuthDeg, eastCell.mechanicalTiltDeg))
      const factorPeak = gridMaximum(arrayFactorDb, steering, 8, 0.25)
      expect(factorPeak.gainDbi).toBeLessThanOrEqual(arrayFactorDb(steering) + 1e-9)
      const totalPeak = gridMaximum((t) => cellBeamGainDbi(eastCell, beam, t), steering, 8, 0.25)
      const pullDeg = totalPeak.bearingDeg - steering.bearingDeg
      expect(Math.abs(pullDeg)).toBeLessThanOrEqual(8)
      expect(pullDeg * beam.azimuthOffsetDeg).toBeLessThanOrEqual(0)
      expect(totalPeak.gainDbi - cellBeamGainDbi(eastCell, beam, steering)).toBeLessThan(1.5)
    }
  })

  it('never exceeds G_E,max + 10·log10(M·N) and is never NaN (random directions, every beam)', () => {
    const random = seededUniform(17)
    for (let i = 0; i < 500; i++) {
      const target = { zenithDeg: 180 * random(), bearingDeg: 360 * random() }
      for (const beam of sweep) {
        const gainDbi = cellBeamGainDbi(eastCell, beam, target)
        expect(Number.isFinite(gainDbi)).toBe(true)
        expect(gainDbi).toBeLessThanOrEqual(peakDbi + 1e-9)
      }
    }
  })

  it('mirrors beams with mirrored offsets about the boresight bearing (1e-9 dB)', () => {
    const random = seededUniform(23)
    for (let i = 0; i < 200; i++) {
      const zenithDeg = 180 * random()
      const deltaDeg = 180 * random()
      const right = cellBeamGainDbi(eastCell, { azimuthOffsetDeg: 30, elevationDeg: -4 }, { zenithDeg, bearingDeg: 90 + deltaDeg })
      const left = cellBeamGainDbi(eastCell, { azimuthOffsetDeg: -30, elevationDeg: -4 }, { zenithDeg, bearingDeg: 90 - deltaDeg })
      expect(Math.abs(right - left)).toBeLessThan(1e-9)
    }
  })

  it('gives drones well above the horizon side-lobe or floor gains, ≥ 15 dB under the peak, never NaN', () => {
    for (const beam of sweep) {
      for (let zenithDeg = 0; zenithDeg <= 60; zenithDeg += 2) {
        for (let bearingDeg = 0; bearingDeg < 360; bearingDeg += 10) {
          const gainDbi = cellBeamGainDbi(eastCell, beam, { zenithDeg, bearingDeg })
          expect(Number.isNaN(gainDbi)).toBe(false)
          expect(gainDbi).toBeLessThan(peakDbi - 15)
          expect(gainDbi).toBeGreaterThan(-22 - 100)
        }
      }
      expect(Number.isFinite(cellBeamGainEnuDbi(eastCell, beam, 0, 0, 300))).toBe(true)
      expect(Number.isFinite(cellBeamGainEnuDbi(eastCell, beam, 0, 0, 0))).toBe(true)
    }
  })
})

describe('cell antennas from stored widths', () => {
  it('sizes the array from the narrowest beam, or from the cell without beams', () => {
    const withBeams = cellAntennaFromBeamwidths({ azimuthDeg: 0, mechanicalTiltDeg: 2, hBeamwidthDeg: 65, vBeamwidthDeg: 10 }, [
      { hBeamwidthDeg: 19.6, vBeamwidthDeg: 10 },
      { hBeamwidthDeg: 15.2, vBeamwidthDeg: 10 },
    ])
    expect([withBeams.array.columns, withBeams.array.rows]).toEqual([7, 10])
    const withoutBeams = cellAntennaFromBeamwidths({ azimuthDeg: 0, mechanicalTiltDeg: 2, hBeamwidthDeg: 65, vBeamwidthDeg: 10 })
    expect([withoutBeams.array.columns, withoutBeams.array.rows]).toEqual([1, 10])
  })

  it('gives a cell without SSB beams one broadcast beam at its electrical tilt', () => {
    expect(broadcastBeam({ electricalTiltDeg: 6 })).toEqual({ azimuthOffsetDeg: 0, elevationDeg: -6 })
  })

  it('refuses a mechanical tilt outside −90…90° and a non-finite bearing, naming the argument', () => {
    const array = createPlanarArray({ rows: 2, columns: 2 })
    expect(() => createCellAntenna({ azimuthDeg: 0, mechanicalTiltDeg: 100 }, array)).toThrow(/mechanicalTiltDeg must be within −90…90°/)
    expect(() => createCellAntenna({ azimuthDeg: Number.NaN, mechanicalTiltDeg: 0 }, array)).toThrow(RadioInputError)
  })
})
