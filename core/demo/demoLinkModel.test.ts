import { describe, expect, it } from 'vitest'
import { clampToRange, dbmToMw, gnbNoiseFigureDb, noisePerReDbm, reportingRange, rsrqDb, sinrDb, ueNoiseFigureDb } from './demoLinkModel.js'

// The models are tested in core/radio/link; these tests pin the demo's parameter choices.
describe('the demo noise figures', () => {
  it('are the M.2412-style UE 7 dB and gNB 5 dB, not the radio default (ns-3 9/5 dB)', () => {
    expect([ueNoiseFigureDb, gnbNoiseFigureDb]).toEqual([7, 5])
    expect(noisePerReDbm(30, ueNoiseFigureDb)).toBeCloseTo(-122.23, 2)
  })
})

describe('sinrDb (docs/radio-models.md §4.5 example)', () => {
  const powers = { servingDbm: -85, othersMw: dbmToMw(-95) + dbmToMw(-98), noiseDbm: noisePerReDbm(30, 7) }

  it('is 8.23 dB with neighbours fully loaded', () => {
    expect(sinrDb(powers, 1)).toBeCloseTo(8.23, 2)
  })

  it('is 11.24 dB at 50 % neighbour load, the default', () => {
    expect(sinrDb(powers)).toBeCloseTo(11.24, 2)
  })
})

describe('rsrqDb', () => {
  it('reads −10.79 dB for a lone cell without noise: 10·log10(1/12)', () => {
    expect(rsrqDb({ servingDbm: -60, othersMw: 0, noiseDbm: -200 })).toBeCloseTo(-10.79, 2)
  })

  it('falls as interference rises', () => {
    const quiet = rsrqDb({ servingDbm: -85, othersMw: dbmToMw(-100), noiseDbm: -122 })
    const loud = rsrqDb({ servingDbm: -85, othersMw: dbmToMw(-85), noiseDbm: -122 })
    expect(loud).toBeLessThan(quiet)
  })
})

describe('clampToRange', () => {
  it('holds values to the TS 38.133 reporting ranges', () => {
    expect(clampToRange(-170, reportingRange.rsrpDbm)).toBe(-156)
    expect(clampToRange(-20, reportingRange.rsrpDbm)).toBe(-31)
    expect(clampToRange(45, reportingRange.sinrDb)).toBe(40)
    expect(clampToRange(-50, reportingRange.rsrqDb)).toBe(-43)
  })
})
