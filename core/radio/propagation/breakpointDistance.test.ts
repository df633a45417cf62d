import { describe, expect, it } from 'vitest'
import {
  rmaBreakpointDistanceM, umaBreakpointDistanceM, umaEnvironmentHeightOneProbability, umiBreakpointDistanceM,
} from './breakpointDistance.js'

// docs/radio-models.md §1.1 example: 3.5 GHz, hUT 1.5 m, c = 3e8.
describe('TR 38.901 breakpoint distances (Table 7.4.1-1 notes 1 and 5)', () => {
  it("puts UMa d'BP at 560 m for hBS 25 m (to 1e-6 m)", () => {
    expect(umaBreakpointDistanceM(25, 1.5, 3.5)).toBeCloseTo(560, 6)
  })

  it("puts UMi d'BP at 210 m for hBS 10 m (to 1e-6 m)", () => {
    expect(umiBreakpointDistanceM(10, 1.5, 3.5)).toBeCloseTo(210, 6)
  })

  it('puts RMa dBP at 3848 m for hBS 35 m (to 0.5 m)', () => {
    expect(Math.abs(rmaBreakpointDistanceM(35, 1.5, 3.5) - 3848)).toBeLessThan(0.5)
  })

  it('takes fc in GHz and scales linearly with it', () => {
    expect(umaBreakpointDistanceM(25, 1.5, 7)).toBeCloseTo(2 * umaBreakpointDistanceM(25, 1.5, 3.5), 9)
  })
})

describe('UMa effective environment height (Table 7.4.1-1 note 1)', () => {
  it('is 1 m for sure below hUT = 13 m and within 18 m', () => {
    expect(umaEnvironmentHeightOneProbability(300, 12.9)).toBe(1)
    expect(umaEnvironmentHeightOneProbability(18, 22.5)).toBe(1)
  })

  it('is 1 m with probability 1/(1 + C) higher up (C = 0.5^1.5·g(100 m), to 1e-9)', () => {
    const g = 1.25 * Math.exp(-100 / 150)
    expect(umaEnvironmentHeightOneProbability(100, 18)).toBeCloseTo(1 / (1 + 0.5 ** 1.5 * g), 9)
  })
})
