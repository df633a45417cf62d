import { describe, expect, it } from 'vitest'
import { averageSymbolDurationS, numerologyForScs, resourceElementsPerSecond, slotDurationMs } from './numerology.js'

describe('numerologyForScs', () => {
  it('maps 15, 30, 60, 120 kHz to μ = 0…3 (TS 38.211 Table 4.2-1)', () => {
    expect([15, 30, 60, 120].map(numerologyForScs)).toEqual([0, 1, 2, 3])
  })

  it('rejects other spacings, naming the valid ones', () => {
    expect(() => numerologyForScs(45)).toThrow('scsKhz must be one of 15, 30, 60, 120 kHz (TS 38.211 Table 4.2-1), not 45')
  })
})

describe('averageSymbolDurationS', () => {
  it('is 35.714 µs at 30 kHz (docs/radio-models.md §5.6 step 1; tolerance 1e-9 s)', () => {
    expect(Math.abs(averageSymbolDurationS(30) - 35.714e-6)).toBeLessThan(1e-9)
  })
})

describe('slotDurationMs', () => {
  it('halves with each step of μ', () => {
    expect([15, 30, 60, 120].map(slotDurationMs)).toEqual([1, 0.5, 0.25, 0.125])
  })
})

describe('resourceElementsPerSecond', () => {
  it('is 91 728 000 RE/s per layer for 273 PRB at 30 kHz (docs/radio-models.md §5.6), exactly', () => {
    expect(resourceElementsPerSecond(273, 30)).toBe(91_728_000)
  })

  it('equals N_PRB · 12 / T_s of TS 38.306 §4.1.2 (relative tolerance 1e-12)', () => {
    for (const scsKhz of [15, 30, 60, 120]) {
      const reference = (100 * 12) / averageSymbolDurationS(scsKhz)
      expect(Math.abs(resourceElementsPerSecond(100, scsKhz) / reference - 1)).toBeLessThan(1e-12)
    }
  })

  it('rejects a non-positive PRB count', () => {
    expect(() => resourceElementsPerSecond(0, 30)).toThrow('prbs must be a positive number of resource blocks, not 0')
  })
})
