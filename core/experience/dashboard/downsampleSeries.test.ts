import { describe, expect, it } from 'vitest'
import { downsampleSeries } from './downsampleSeries.js'

describe('downsampleSeries', () => {
  it('returns a short series as it is', () => {
    expect(downsampleSeries([1, 2, 3], [10, 20, 30], 5)).toEqual({ x: [1, 2, 3], values: [10, 20, 30] })
  })

  it('replaces runs of equal length by their mean x and mean value', () => {
    const x = Array.from({ length: 10 }, (_, i) => i)
    const result = downsampleSeries(x, x.map((i) => i * 2), 5)
    expect(result.x).toEqual([0.5, 2.5, 4.5, 6.5, 8.5])
    expect(result.values).toEqual([1, 5, 9, 13, 17])
  })

  it('keeps the overall mean and never returns more than maxPoints', () => {
    const n = 10_007
    const x = Array.from({ length: n }, (_, i) => i)
    const values = x.map((i) => Math.sin(i / 50) * 10 + 20)
    const result = downsampleSeries(x, values, 600)
    expect(result.x.length).toBe(600)
    const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length
    expect(Math.abs(mean(result.values) - mean(values))).toBeLessThan(0.01)
  })
})
