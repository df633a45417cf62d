import { describe, expect, it } from 'vitest'
import { RadioInputError } from '../radioInputError.js'
import type { LocalDirection } from './orientation.js'
import {
  arrayFactorDb, arrayFactorFloorDb, arrayFactorSumDb, arrayHalfPowerBeamwidthDeg, createPlanarArray, dirichletPower,
  planarArrayForBeamwidths, planarArrayGainDbi, steeringFromElectricalTilt,
} from './planarArray.js'

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

const eightByEight = createPlanarArray({ rows: 8, columns: 8 })
const direction = (zenithDeg: number, azimuthDeg: number): LocalDirection => ({ zenithDeg, azimuthDeg })

describe('planarArrayGainDbi (TR 38.901 §7.3, radio-models.md §2.3)', () => {
  it('peaks at G_E,max + 10·log10(M·N) = 26.06 dBi for an 8×8 array at boresight (0.01 dB)', () => {
    expect(planarArrayGainDbi(eightByEight, steeringFromElectricalTilt(0), direction(90, 0))).toBeCloseTo(26.06, 2)
  })

  it('reproduces the steered check values of §2.3 (8×8, 0.5 λ, θ0′ = 96°, φ0′ = 20°) to 0.001 dB', () => {
    const steering = direction(96, 20)
    expect(planarArrayGainDbi(eightByEight, steering, direction(96, 20))).toBeCloseTo(24.823, 3)
    expect(planarArrayGainDbi(eightByEight, steering, direction(90, 20))).toBeCloseTo(22.304, 3)
    expect(planarArrayGainDbi(eightByEight, steering, direction(96, 0))).toBeCloseTo(12.898, 3)
    expect(planarArrayGainDbi(eightByEight, steering, direction(110, 20))).toBeCloseTo(-1.692, 3)
  })

  it('steers by electrical tilt below the normal: θ0′ = 90° + e, φ0′ = s', () => {
    expect(steeringFromElectricalTilt(6)).toEqual({ zenithDeg: 96, azimuthDeg: 0 })
    expect(steeringFromElectricalTilt(-3, 15)).toEqual({ zenithDeg: 87, azimuthDeg: 15 })
  })
})

describe('array factor: closed form vs explicit sum over elements', () => {
  it('agree to 1e-6 dB on random arrays, steerings and directions (points > 40 dB into a null skipped)', () => {
    const random = seededUniform(2026)
    let compared = 0
    for (let trial = 0; trial < 400; trial++) {
      const array = createPlanarArray({
        rows: 1 + Math.floor(16 * random()),
        columns: 1 + Math.floor(16 * random()),
        vSpacingWavelengths: 0.3 + 0.6 * random(),
        hSpacingWavelengths: 0.3 + 0.6 * random(),
      })
      const steering = direction(60 + 60 * random(), 120 * random() - 60)
      const target = direction(180 * random(), 360 * random() - 180)
      const sumDb = arrayFactorSumDb(array, steering, target)
      if (sumDb < 10 * Math.log10(array.rows * array.columns) - 40) continue
      expect(Math.abs(arrayFactorDb(array, steering, target) - sumDb)).toBeLessThan(1e-6)
      compared++
    }
    expect(compared).toBeGreaterThan(200)
  })

  it('agree on the §2.3 check directions to 1e-9 dB', () => {
    for (const target of [direction(96, 20), direction(90, 20), direction(96, 0), direction(110, 20)]) {
      expect(Math.abs(arrayFactorDb(eightByEight, direction(96, 20), target) - arrayFactorSumDb(eightByEight, direction(96, 20), target))).toBeLessThan(1e-9)
    }
  })

  it('gives the floor, not −Infinity, in an exact null', () => {
    const pair = createPlanarArray({ rows: 1, columns: 2 })
    // ψH = 2π·0.5·sin 90°·sin 90° = π: the two elements cancel.
    expect(arrayFactorDb(pair, direction(90, 0), direction(90, 90))).toBe(arrayFactorFloorDb)
    expect(arrayFactorSumDb(pair, direction(90, 0), direction(90, 90))).toBe(arrayFactorFloorDb)
  })
})

describe('dirichletPower', () => {
  it('is 1 on the main and grating lobes, 0 in the first null, 1 for a single element', () => {
    expect(dirichletPower(8, 0)).toBe(1)
    expect(dirichletPower(8, 2 * Math.PI)).toBe(1)
    expect(dirichletPower(8, (2 * Math.PI) / 8)).toBeLessThan(1e-30)
    expect(dirichletPower(1, 1.234)).toBeCloseTo(1, 12)
  })
})

describe('planar array properties', () => {
  it('never exceeds G_E,max + 10·log10(M·N) (random steerings and directions)', () => {
    const random = seededUniform(5)
    const array = createPlanarArray({ rows: 10, columns: 7 })
    const ceilingDbi = 8 + 10 * Math.log10(70)
    for (let i = 0; i < 2000; i++) {
      const steering = direction(70 + 40 * random(), 120 * random() - 60)
      const gainDbi = planarArrayGainDbi(array, steering, direction(180 * random(), 360 * random() - 180))
      expect(gainDbi).toBeLessThanOrEqual(ceilingDbi + 1e-9)
      expect(Number.isFinite(gainDbi)).toBe(true)
    }
  })

  it('puts the array-factor peak exactly at the steering direction (0.25° grid, ±10°)', () => {
    for (const steering of [direction(96, 20), direction(84, -37.5), direction(100, 52.5)]) {
      const atSteeringDb = arrayFactorDb(eightByEight, steering, steering)
      expect(atSteeringDb).toBeCloseTo(10 * Math.log10(64), 9)
      for (let dTheta = -10; dTheta <= 10; dTheta += 0.25) {
        for (let dPhi = -10; dPhi <= 10; dPhi += 0.25) {
          const valueDb = arrayFactorDb(eightByEight, steering, direction(steering.zenithDeg + dTheta, steering.azimuthDeg + dPhi))
          expect(valueDb).toBeLessThanOrEqual(atSteeringDb + 1e-9)
        }
      }
    }
  })

  it('is symmetric: a boresight-plane beam is even in φ′, and mirrored beams are mirror images', () => {
    const random = seededUniform(9)
    const array = createPlanarArray({ rows: 6, columns: 9 })
    for (let i = 0; i < 200; i++) {
      const zenithDeg = 180 * random()
      const azimuthDeg = 360 * random() - 180
      const tiltSteering = direction(95, 0)
      expect(planarArrayGainDbi(array, tiltSteering, direction(zenithDeg, azimuthDeg))).toBeCloseTo(
        planarArrayGainDbi(array, tiltSteering, direction(zenithDeg, -azimuthDeg)), 9)
      expect(planarArrayGainDbi(array, direction(93, 30), direction(zenithDeg, azimuthDeg))).toBeCloseTo(
        planarArrayGainDbi(array, direction(93, -30), direction(zenithDeg, -azimuthDeg)), 9)
    }
  })
})

describe('planarArrayForBeamwidths', () => {
  it('uses HPBW ≈ 0.886·2/N rad ≈ 101.5°/N at half-wavelength spacing', () => {
    expect(arrayHalfPowerBeamwidthDeg(10)).toBeCloseTo(10.15, 2)
    expect(arrayHalfPowerBeamwidthDeg(1)).toBe(65)
  })

  it('matches the measured half-power width of the array factor to 1 % for N = 10', () => {
    const line = createPlanarArray({ rows: 1, columns: 10 })
    const peakDb = arrayFactorDb(line, direction(90, 0), direction(90, 0))
    let low = 0
    let high = 20
    for (let i = 0; i < 60; i++) {
      const mid = (low + high) / 2
      if (peakDb - arrayFactorDb(line, direction(90, 0), direction(90, mid)) < 10 * Math.log10(2)) low = mid
      else high = mid
    }
    expect(Math.abs(2 * low - arrayHalfPowerBeamwidthDeg(10)) / (2 * low)).toBeLessThan(0.01)
  })

  it('picks 7 columns × 10 rows for a 15° × 10° beam, one element for 65° or wider', () => {
    const array = planarArrayForBeamwidths(15, 10)
    expect([array.columns, array.rows]).toEqual([7, 10])
    expect(array.hSpacingWavelengths).toBe(0.5)
    const wide = planarArrayForBeamwidths(360, 65)
    expect([wide.columns, wide.rows]).toEqual([1, 1])
  })

  it('picks the count whose width is closest to the target', () => {
    for (const targetDeg of [3, 7, 12.5, 20, 33, 50]) {
      const columns = planarArrayForBeamwidths(targetDeg, 10).columns
      const errorDeg = Math.abs(arrayHalfPowerBeamwidthDeg(columns) - targetDeg)
      for (const other of [columns - 1, columns + 1].filter((n) => n >= 1)) {
        expect(errorDeg).toBeLessThanOrEqual(Math.abs(arrayHalfPowerBeamwidthDeg(other) - targetDeg))
      }
    }
  })

  it('refuses widths outside 0…360°, naming the argument', () => {
    expect(() => planarArrayForBeamwidths(0, 10)).toThrow(/hBeamwidthDeg must be within 0…360°/)
    expect(() => planarArrayForBeamwidths(15, 400)).toThrow(/vBeamwidthDeg/)
  })
})

describe('createPlanarArray', () => {
  it('defaults to half-wavelength spacing and the Table 7.3-1 element', () => {
    const array = createPlanarArray({ rows: 4, columns: 2 })
    expect(array.vSpacingWavelengths).toBe(0.5)
    expect(array.element.maxGainDbi).toBe(8)
  })

  it('refuses counts and spacings out of range, naming the argument', () => {
    expect(() => createPlanarArray({ rows: 0, columns: 4 })).toThrow(/rows must be a whole number within 1…1024/)
    expect(() => createPlanarArray({ rows: 4, columns: 2.5 })).toThrow(RadioInputError)
    expect(() => createPlanarArray({ rows: 4, columns: 4, hSpacingWavelengths: 0 })).toThrow(/hSpacingWavelengths/)
  })
})
