import { describe, expect, it } from 'vitest'
import {
  defaultNoiseFiguresDb, m2412Fr1NoiseFiguresDb, m2412Fr2NoiseFiguresDb, noiseOverPrbsDbm, noisePerReDbm, noisePowerDbm, ns3NoiseFiguresDb,
  thermalNoiseDensityDbmPerHz,
} from './noise.js'

describe('thermal noise (docs/radio-models.md §4.1; tolerance 0.005 dB)', () => {
  it('uses −174 dBm/Hz', () => {
    expect(thermalNoiseDensityDbmPerHz).toBe(-174)
    expect(noisePowerDbm(1, 0)).toBe(-174)
  })

  it('is −129.23 dBm + NF in one 30 kHz resource element', () => {
    expect(noisePerReDbm(30, 0)).toBeCloseTo(-129.23, 2)
    expect(noisePerReDbm(30, 7)).toBeCloseTo(-122.23, 2)
  })

  it('is −94.08 dBm + NF over the 273 PRB of a 100 MHz n78 carrier (98.28 MHz occupied)', () => {
    expect(noiseOverPrbsDbm(273, 30, 0)).toBeCloseTo(-94.08, 2)
    expect(noiseOverPrbsDbm(273, 30, 5)).toBeCloseTo(noisePowerDbm(98.28e6, 5), 9)
  })

  it('grows by 10·log10(N) over N PRBs relative to one PRB (tolerance 1e-9 dB)', () => {
    expect(noiseOverPrbsDbm(50, 30, 5) - noiseOverPrbsDbm(1, 30, 5)).toBeCloseTo(10 * Math.log10(50), 9)
    expect(noiseOverPrbsDbm(1, 30, 5) - noisePerReDbm(30, 5)).toBeCloseTo(10 * Math.log10(12), 9)
  })

  it('rejects a non-positive bandwidth and a non-finite noise figure', () => {
    expect(() => noisePowerDbm(0, 5)).toThrow('bandwidthHz must be a positive number of Hz, not 0')
    expect(() => noisePerReDbm(30, Number.NaN)).toThrow('noiseFigureDb must be a finite number')
    expect(() => noiseOverPrbsDbm(0, 30, 5)).toThrow('prbs must be a positive number of resource blocks, not 0')
  })
})

describe('noise-figure defaults (docs/radio-models.md §4.2)', () => {
  it('defaults to the ns-3 values UE 9 dB, gNB 5 dB', () => {
    expect(ns3NoiseFiguresDb).toEqual({ ueDb: 9, gnbDb: 5 })
    expect(defaultNoiseFiguresDb).toBe(ns3NoiseFiguresDb)
  })

  it('also offers the UNVERIFIED M.2412-style values: FR1 UE 7 / gNB 5 dB, FR2 UE 10 / gNB 7 dB', () => {
    expect(m2412Fr1NoiseFiguresDb).toEqual({ ueDb: 7, gnbDb: 5 })
    expect(m2412Fr2NoiseFiguresDb).toEqual({ ueDb: 10, gnbDb: 7 })
  })

  it('cannot be changed in place', () => {
    expect(Object.isFrozen(defaultNoiseFiguresDb)).toBe(true)
  })
})
