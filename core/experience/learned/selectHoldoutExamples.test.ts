import { describe, expect, it } from 'vitest'
import { selectHoldoutExamples, thinPositions } from './selectHoldoutExamples.js'

describe('thinPositions', () => {
  it('keeps every position up to the maximum, else evenly spaced ones from the first', () => {
    expect(Array.from(thinPositions(3, 5))).toEqual([0, 1, 2])
    expect(Array.from(thinPositions(10, 4))).toEqual([0, 2, 5, 7])
    expect(thinPositions(100_000, 2000)).toHaveLength(2000)
  })
})

describe('selectHoldoutExamples', () => {
  it('takes the worst-predicted first (largest |error|), then evenly spaced others, none twice', () => {
    const actual = Array.from({ length: 50 }, (_, i) => i)
    const predicted = actual.map((a, i) => a + (i === 7 ? 30 : i === 21 ? -40 : i === 33 ? 10 : 0.1))
    const picks = selectHoldoutExamples(actual, predicted, { worst: 3, typical: 4 })
    expect(picks.slice(0, 3)).toEqual([21, 7, 33])
    expect(picks).toHaveLength(7)
    expect(new Set(picks).size).toBe(7)
  })

  it('returns every row once when the hold-out is small', () => {
    expect(selectHoldoutExamples([1, 2, 3], [1, 2, 4]).sort()).toEqual([0, 1, 2])
  })
})
