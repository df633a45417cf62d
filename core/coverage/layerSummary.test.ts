import { describe, expect, it } from 'vitest'
import { quantileOfSorted, sortedFinite } from './layerSummary.js'

describe('sortedFinite and quantileOfSorted', () => {
  it('read nearest-rank quantiles of the finite values, NaN when there are none', () => {
    const sorted = sortedFinite(Float32Array.of(5, Number.NaN, 1, 4, 2, 3, Number.NaN))
    expect([...sorted]).toEqual([1, 2, 3, 4, 5])
    expect([0.05, 0.5, 0.95, 1].map((q) => quantileOfSorted(sorted, q))).toEqual([1, 3, 5, 5])
    expect(quantileOfSorted(sortedFinite(Float32Array.of(Number.NaN)), 0.5)).toBeNaN()
  })
})
