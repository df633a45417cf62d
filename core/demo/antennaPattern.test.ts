import { describe, expect, it } from 'vitest'
import { elementGainDbi, globalToLocalDirection, patternAttenuationDb, wrapDeg } from './antennaPattern.js'

describe('TR 38.901 Table 7.3-1 element pattern', () => {
  it('matches the check values of docs/radio-models.md §2.1 to 0.01 dB', () => {
    expect(elementGainDbi({ zenithDeg: 90, azimuthDeg: 0 })).toBeCloseTo(8, 2)
    expect(elementGainDbi({ zenithDeg: 122.5, azimuthDeg: 0 })).toBeCloseTo(5, 2)
    expect(elementGainDbi({ zenithDeg: 90, azimuthDeg: 32.5 })).toBeCloseTo(5, 2)
    expect(elementGainDbi({ zenithDeg: 150, azimuthDeg: 60 })).toBeCloseTo(-12.45, 2)
    expect(elementGainDbi({ zenithDeg: 90, azimuthDeg: 90 })).toBeCloseTo(-15.01, 2)
  })

  it('never attenuates by more than A_max = 30 dB', () => {
    expect(elementGainDbi({ zenithDeg: 180, azimuthDeg: 180 })).toBeCloseTo(-22, 6)
    expect(patternAttenuationDb(40, 170, { hBeamwidthDeg: 15, vBeamwidthDeg: 10 })).toBe(-30)
  })

  it('is 3 dB down at half the beamwidth off the pointing direction', () => {
    expect(patternAttenuationDb(0, 7.5, { hBeamwidthDeg: 15, vBeamwidthDeg: 10 })).toBeCloseTo(-3, 6)
    expect(patternAttenuationDb(5, 0, { hBeamwidthDeg: 15, vBeamwidthDeg: 10 })).toBeCloseTo(-3, 6)
  })
})

describe('globalToLocalDirection (TR 38.901 §7.1)', () => {
  it('maps the check directions of docs/radio-models.md §2.2 (bearing 30°, downtilt 6°)', () => {
    const boresight = globalToLocalDirection(96, 30 - 30, 6)
    expect(boresight.zenithDeg).toBeCloseTo(90, 3)
    expect(boresight.azimuthDeg).toBeCloseTo(0, 3)
    const other = globalToLocalDirection(80, 40 - 30, 6)
    expect(other.zenithDeg).toBeCloseTo(74.093, 3)
    expect(other.azimuthDeg).toBeCloseTo(10.243, 3)
  })

  it('wraps angles into [−180°, 180°)', () => {
    expect(wrapDeg(190)).toBe(-170)
    expect(wrapDeg(-190)).toBe(170)
    expect(wrapDeg(360)).toBe(0)
  })
})
