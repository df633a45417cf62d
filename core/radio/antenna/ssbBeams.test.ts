import { describe, expect, it } from 'vitest'
import { RadioInputError } from '../radioInputError.js'
import { bestBeam, cellQuality, maxSsbBeams, ssbBeamSteering, type Duplex } from './ssbBeams.js'

describe('maxSsbBeams: L_max per TS 38.213 §4.1 (radio-models.md §2.4 table)', () => {
  const lMax = (fcGhz: number, scsKhz: number, duplex: Duplex): number => maxSsbBeams({ fcGhz, scsKhz, duplex })

  it('gives 8 for an n78 cell (case C unpaired, ≥ 1.88 GHz) and 4 below 1.88 GHz', () => {
    expect(lMax(3.5, 30, 'tdd')).toBe(8)
    expect(lMax(2.5, 30, 'tdd')).toBe(8)
    expect(lMax(1.88, 30, 'tdd')).toBe(8)
    expect(lMax(1.87, 30, 'tdd')).toBe(4)
  })

  it('gives 4 up to 3 GHz and 8 above for 15 kHz (case A) and 30 kHz paired (cases B, C paired)', () => {
    expect(lMax(2.1, 15, 'fdd')).toBe(4)
    expect(lMax(3, 15, 'fdd')).toBe(4)
    expect(lMax(3.5, 15, 'tdd')).toBe(8)
    expect(lMax(2.1, 30, 'fdd')).toBe(4)
    expect(lMax(3.7, 30, 'fdd')).toBe(8)
  })

  it('gives 64 in FR2-1 (120/240 kHz, cases D/E) and FR2-2 (480/960 kHz, cases F/G)', () => {
    expect(lMax(28, 120, 'tdd')).toBe(64)
    expect(lMax(39, 240, 'tdd')).toBe(64)
    expect(lMax(60, 480, 'tdd')).toBe(64)
    expect(lMax(66, 960, 'tdd')).toBe(64)
  })

  it('refuses an SCS that carries no SSB, or one outside its frequency range, naming the argument', () => {
    expect(() => lMax(3.5, 60, 'tdd')).toThrow(/scsKhz must be an SSB subcarrier spacing/)
    expect(() => lMax(28, 30, 'tdd')).toThrow(/fcGhz must be within 0…7.125 GHz/)
    expect(() => lMax(3.5, 120, 'tdd')).toThrow(/fcGhz must be within 24.25…71 GHz/)
    expect(() => lMax(28, 480, 'tdd')).toThrow(RadioInputError)
    expect(() => maxSsbBeams({ fcGhz: 3.5, scsKhz: 30, duplex: 'sdl' as Duplex })).toThrow(/duplex/)
  })
})

describe('ssbBeamSteering', () => {
  it('maps a stored beam to θ0′ = 90° − elevation and φ0′ = −offset (clockwise offsets, 38.901 counter-clockwise φ′)', () => {
    expect(ssbBeamSteering({ azimuthOffsetDeg: 22.5, elevationDeg: -6 })).toEqual({ zenithDeg: 96, azimuthDeg: -22.5 })
    expect(ssbBeamSteering({ azimuthOffsetDeg: -37.5, elevationDeg: 3 })).toEqual({ zenithDeg: 87, azimuthDeg: 37.5 })
  })
})

describe('bestBeam', () => {
  it('returns the index and value of the highest beam, the first on a tie', () => {
    expect(bestBeam([-90, -85, -88, -85])).toEqual({ beamIndex: 1, value: -85 })
    expect(bestBeam(new Float32Array([3, 7.5, 1]))).toEqual({ beamIndex: 1, value: 7.5 })
  })

  it('skips NaN and returns null when there is no beam', () => {
    expect(bestBeam([Number.NaN, -100])).toEqual({ beamIndex: 1, value: -100 })
    expect(bestBeam([])).toBeNull()
    expect(bestBeam([Number.NaN])).toBeNull()
    expect(bestBeam([-Infinity, -Infinity])).toEqual({ beamIndex: 0, value: -Infinity })
  })
})

describe('cellQuality (TS 38.304 §5.2.1)', () => {
  const beamsDbm = [-90, -80, -100, -83]
  const meanDbm = (values: number[]): number => 10 * Math.log10(values.reduce((s, v) => s + 10 ** (v / 10), 0) / values.length)

  it('is the best beam without consolidation', () => {
    expect(cellQuality(beamsDbm)).toBe(-80)
  })

  it('is the best beam when it is at or below absThreshSS-BlocksConsolidation', () => {
    expect(cellQuality(beamsDbm, { absThreshSsBlocksConsolidation: -80, nrofSsBlocksToAverage: 4 })).toBe(-80)
    expect(cellQuality(beamsDbm, { absThreshSsBlocksConsolidation: -70, nrofSsBlocksToAverage: 4 })).toBe(-80)
  })

  it('is the linear (mW) average of up to nrofSS-BlocksToAverage best beams above the threshold (1e-9 dB)', () => {
    expect(cellQuality(beamsDbm, { absThreshSsBlocksConsolidation: -95, nrofSsBlocksToAverage: 3 })).toBeCloseTo(meanDbm([-80, -83, -90]), 9)
    expect(cellQuality(beamsDbm, { absThreshSsBlocksConsolidation: -95, nrofSsBlocksToAverage: 2 })).toBeCloseTo(meanDbm([-80, -83]), 9)
    expect(cellQuality(beamsDbm, { absThreshSsBlocksConsolidation: -85, nrofSsBlocksToAverage: 16 })).toBeCloseTo(meanDbm([-80, -83]), 9)
    // Averaging mW, not dB: −80 and −83 average to −81.24 dBm, not −81.5.
    expect(meanDbm([-80, -83])).toBeCloseTo(-81.25, 2)
  })

  it('is null without beams and refuses nrofSS-BlocksToAverage outside 2…16', () => {
    expect(cellQuality([])).toBeNull()
    expect(() => cellQuality(beamsDbm, { absThreshSsBlocksConsolidation: -95, nrofSsBlocksToAverage: 1 })).toThrow(/nrofSsBlocksToAverage must be a whole number within 2…16/)
    expect(() => cellQuality(beamsDbm, { absThreshSsBlocksConsolidation: -95, nrofSsBlocksToAverage: 17 })).toThrow(RadioInputError)
  })
})
