import { describe, expect, it } from 'vitest'
import { RadioInputError } from '../radioInputError.js'
import {
  createElementPattern, elementGainDbi, elementGainFromRadians, elementPatternKernel, patternAttenuationDb, tr38901ElementPattern,
} from './elementPattern.js'

describe('TR 38.901 Table 7.3-1 element pattern', () => {
  it('has the Table 7.3-1 parameters by default: 65°, 65°, SLA_V 30 dB, A_max 30 dB, 8 dBi', () => {
    expect(tr38901ElementPattern).toEqual({ vBeamwidthDeg: 65, hBeamwidthDeg: 65, sideLobeLimitDb: 30, maxAttenuationDb: 30, maxGainDbi: 8 })
    expect(createElementPattern()).toEqual(tr38901ElementPattern)
  })

  it('matches the check values of radio-models.md §2.1 to 0.01 dB', () => {
    expect(elementGainDbi({ zenithDeg: 90, azimuthDeg: 0 })).toBeCloseTo(8, 2)
    expect(elementGainDbi({ zenithDeg: 122.5, azimuthDeg: 0 })).toBeCloseTo(5, 2)
    expect(elementGainDbi({ zenithDeg: 90, azimuthDeg: 32.5 })).toBeCloseTo(5, 2)
    expect(elementGainDbi({ zenithDeg: 150, azimuthDeg: 60 })).toBeCloseTo(-12.45, 2)
    expect(elementGainDbi({ zenithDeg: 90, azimuthDeg: 90 })).toBeCloseTo(-15.01, 2)
  })

  it('never attenuates by more than A_max: the floor is 8 − 30 = −22 dBi', () => {
    expect(elementGainDbi({ zenithDeg: 180, azimuthDeg: 180 })).toBeCloseTo(-22, 9)
    expect(elementGainDbi({ zenithDeg: 120, azimuthDeg: 150 })).toBeCloseTo(-22, 9)
    expect(patternAttenuationDb(40, 170, { hBeamwidthDeg: 15, vBeamwidthDeg: 10 })).toBe(-30)
  })

  it('limits the vertical cut to SLA_V alone: straight up is 8 − 12·(90/65)² dBi, or 8 − SLA_V below that', () => {
    expect(elementGainDbi({ zenithDeg: 0, azimuthDeg: 0 })).toBeCloseTo(8 - 12 * (90 / 65) ** 2, 9)
    const pattern = createElementPattern({ sideLobeLimitDb: 20 })
    expect(elementGainDbi({ zenithDeg: 0, azimuthDeg: 0 }, pattern)).toBeCloseTo(8 - 20, 9)
  })

  it('is 3 dB down at half the beamwidth off the pointing direction', () => {
    expect(patternAttenuationDb(0, 7.5, { hBeamwidthDeg: 15, vBeamwidthDeg: 10 })).toBeCloseTo(-3, 9)
    expect(patternAttenuationDb(5, 0, { hBeamwidthDeg: 15, vBeamwidthDeg: 10 })).toBeCloseTo(-3, 9)
  })

  it('wraps the azimuth offset, so 350° is 10° off', () => {
    expect(patternAttenuationDb(0, 350, tr38901ElementPattern)).toBeCloseTo(patternAttenuationDb(0, -10, tr38901ElementPattern), 9)
  })

  it('refuses a bad parameter, naming it and its range', () => {
    expect(() => createElementPattern({ vBeamwidthDeg: 0 })).toThrow(/vBeamwidthDeg must be within 0…360°/)
    expect(() => createElementPattern({ maxAttenuationDb: -1 })).toThrow(RadioInputError)
    expect(() => createElementPattern({ maxGainDbi: Number.NaN })).toThrow(/maxGainDbi/)
  })
})

describe('elementGainFromRadians', () => {
  it('equals elementGainDbi on a sweep of LCS directions (1e-9 dB)', () => {
    const pattern = createElementPattern({ hBeamwidthDeg: 70, vBeamwidthDeg: 10, sideLobeLimitDb: 25 })
    const kernel = elementPatternKernel(pattern)
    for (let zenithDeg = 0; zenithDeg <= 180; zenithDeg += 7.5) {
      for (let azimuthDeg = -180; azimuthDeg <= 180; azimuthDeg += 12.5) {
        const fast = elementGainFromRadians(kernel, (zenithDeg * Math.PI) / 180, (azimuthDeg * Math.PI) / 180)
        expect(Math.abs(fast - elementGainDbi({ zenithDeg, azimuthDeg }, pattern))).toBeLessThan(1e-9)
      }
    }
  })
})
