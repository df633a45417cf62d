import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../../demo/seededRandom.js'
import { detectDegradation } from './detectDegradation.js'

/** `length` points of N(level, sigma²) noise, with `step` added from index `stepAt` on. */
function series(seed: number, length: number, level: number, sigma: number, stepAt = length, step = 0): number[] {
  const random = createSeededRandom(seed)
  return Array.from({ length }, (_, i) => level + sigma * random.normal() + (i >= stepAt ? step : 0))
}

describe('detectDegradation (robust CUSUM over a trailing median/MAD baseline)', () => {
  it('raises no alarm on 20 × 1000 points of Gaussian noise (σ = 5 Mbit/s around 50 Mbit/s)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const result = detectDegradation(series(seed, 1000, 50, 5))
      expect(result.periods).toEqual([])
      expect(result.degraded.some(Boolean)).toBe(false)
    }
  })

  it('flags a drop of 4 σ within 4 points and keeps the whole lasting drop degraded', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const result = detectDegradation(series(seed, 400, 50, 5, 200, -20))
      expect(result.periods.length).toBeGreaterThanOrEqual(1)
      const first = result.periods[0]!
      expect(first.alarmIndex).toBeGreaterThanOrEqual(200)
      expect(first.alarmIndex - 200).toBeLessThanOrEqual(4)
      expect(first.startIndex).toBeGreaterThanOrEqual(195)
      // The baseline is frozen during the alarm: the drop does not become the new normal.
      const flagged = result.degraded.slice(204).filter(Boolean).length
      expect(flagged).toBe(196)
      expect(first.baseline.median).toBeCloseTo(50, -1) // ±5
    }
  })

  it('flags a drop of 2 σ within 24 points', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const alarm = detectDegradation(series(seed, 400, 50, 5, 200, -10)).periods.find((p) => p.alarmIndex >= 200)
      expect(alarm).toBeDefined()
      expect(alarm!.alarmIndex - 200).toBeLessThanOrEqual(24)
    }
  })

  it('ends the period when the metric recovers', () => {
    const values = series(3, 400, 50, 5, 200, -20).map((v, i) => (i >= 260 ? v + 20 : v))
    const result = detectDegradation(values)
    expect(result.periods).toHaveLength(1)
    expect(result.periods[0]!.endIndex).toBeGreaterThanOrEqual(259)
    expect(result.periods[0]!.endIndex).toBeLessThanOrEqual(262)
    expect(result.degraded.slice(270).some(Boolean)).toBe(false)
  })

  it('watches a rise for metrics where higher is worse (RTT), and ignores a drop there', () => {
    const rtt = series(5, 300, 30, 3, 150, 15)
    expect(detectDegradation(rtt, { worse: 'higher' }).periods[0]!.alarmIndex - 150).toBeLessThanOrEqual(4)
    expect(detectDegradation(series(5, 300, 30, 3, 150, -15), { worse: 'higher' }).periods).toEqual([])
  })

  it('marks nothing before the baseline has minBaselinePoints, and skips NaN', () => {
    const result = detectDegradation([1, 1, 1, Number.NaN, 100], { minBaselinePoints: 3, windowSize: 5, thresholdSigma: 1 })
    expect(result.zScores.slice(0, 4).every(Number.isNaN)).toBe(true)
    expect(result.degraded).toEqual([false, false, false, false, false])
  })

  it('refuses bad options, naming them and the valid range', () => {
    expect(() => detectDegradation([], { windowSize: 2 })).toThrow('windowSize must be a whole number ≥ 3, not 2')
    expect(() => detectDegradation([], { minBaselinePoints: 200 })).toThrow('minBaselinePoints must be a whole number within 3…windowSize (120), not 200')
    expect(() => detectDegradation([], { thresholdSigma: 0 })).toThrow('thresholdSigma must be > 0, not 0')
  })
})
