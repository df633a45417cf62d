import { describe, expect, it } from 'vitest'
import { median, robustLevel, trailingBaseline } from './trailingBaseline.js'

describe('trailingBaseline (median and MAD of a trailing window)', () => {
  it('takes the median of odd and even counts and ignores NaN', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([Number.NaN, 5])).toBe(5)
    expect(median([])).toBeNaN()
  })

  it('gives MAD 1 for 1…5 around median 3, and is not moved by one wild outlier', () => {
    expect(robustLevel([1, 2, 3, 4, 5])).toEqual({ median: 3, mad: 1 })
    expect(robustLevel([1, 2, 3, 4, 1e9])).toEqual({ median: 3, mad: 1 })
  })

  it('uses only the points before each index, at most windowSize of them', () => {
    const baseline = trailingBaseline([10, 20, 30, 40, 50], 3)
    expect(baseline[0]?.median).toBeNaN()
    expect(baseline[1]).toEqual({ median: 10, mad: 0 })
    expect(baseline[4]).toEqual({ median: 30, mad: 10 }) // window 20, 30, 40
  })

  it('refuses a window below 3 points, naming it', () => {
    expect(() => trailingBaseline([1], 2)).toThrow('windowSize must be a whole number ≥ 3, not 2')
  })
})
