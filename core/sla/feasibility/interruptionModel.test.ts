import { describe, expect, it } from 'vitest'
import { areaInterruptionSecondsPerHour, routeInterruptionSecondsPerHour } from './interruptionModel.js'

// Verdict codes: 0 pass, 1 marginal, 2 fail, 3 no data.
const along = Array.from({ length: 11 }, (_, i) => 10 * i) // 0…100 m every 10 m

describe('routeInterruptionSecondsPerHour', () => {
  it('is zero when every point is served (marginal counts as served)', () => {
    expect(routeInterruptionSecondsPerHour([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0], along, 10, 0.2)).toBe(0)
  })

  it('charges a stretch its length at the drone speed plus the recovery time', () => {
    // Points 3 and 4 fail: each stands for 10 m, so 20 m at 10 m/s = 2 s, + 0.2 s recovery; the flight takes 10 s.
    const verdict = [0, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0]
    expect(routeInterruptionSecondsPerHour(verdict, along, 10, 0.2)).toBeCloseTo((3600 * 2.2) / 10, 9)
    // Twice as fast: 1 s + 0.2 s in a 5 s flight.
    expect(routeInterruptionSecondsPerHour(verdict, along, 20, 0.2)).toBeCloseTo((3600 * 1.2) / 5, 9)
  })

  it('counts each stretch’s recovery, and an end point for half a spacing', () => {
    // Stretch 1: point 0 (5 m); stretch 2: points 5–6 (20 m); stretch 3: point 10 (5 m). 30 m / 10 m/s + 3 × 0.5 s = 4.5 s of 10 s.
    const verdict = [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 3]
    expect(routeInterruptionSecondsPerHour(verdict, along, 10, 0.5)).toBeCloseTo(1620, 9)
  })

  it('caps at a whole hour and falls back to the point share for a route of zero length', () => {
    expect(routeInterruptionSecondsPerHour(new Array(11).fill(2), along, 10, 5)).toBe(3600)
    expect(routeInterruptionSecondsPerHour([2, 0], [0, 0], 10, 0.2)).toBe(1800)
  })
})

describe('areaInterruptionSecondsPerHour', () => {
  it('is the share of unserved points × 3600 s', () => {
    expect(areaInterruptionSecondsPerHour([0, 1, 2, 3, 0, 0, 0, 0])).toBe(900)
    expect(areaInterruptionSecondsPerHour([])).toBe(0)
  })
})
