import { describe, expect, it } from 'vitest'
import { dbmToMw, mwToDbm, wattsToDbm } from './decibels.js'

describe('dBm ↔ mW', () => {
  it('converts 0 dBm ↔ 1 mW and −30 dBm ↔ 1 µW', () => {
    expect(dbmToMw(0)).toBe(1)
    expect(dbmToMw(-30)).toBeCloseTo(1e-3, 15)
    expect(mwToDbm(1e-3)).toBeCloseTo(-30, 12)
  })

  it('round-trips (tolerance 1e-12 dB)', () => {
    for (const dbm of [-140, -85.3, 0, 23, 53]) expect(Math.abs(mwToDbm(dbmToMw(dbm)) - dbm)).toBeLessThan(1e-12)
  })
})

describe('wattsToDbm', () => {
  it('gives 53.0 dBm for 200 W, 55.1 dBm for 320 W and 49.0 dBm for 80 W (docs/radio-models.md §4.6; tolerance 0.05 dB)', () => {
    expect(wattsToDbm(200)).toBeCloseTo(53.0, 1)
    expect(wattsToDbm(320)).toBeCloseTo(55.1, 1)
    expect(wattsToDbm(80)).toBeCloseTo(49.0, 1)
  })
})
