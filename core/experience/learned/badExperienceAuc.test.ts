import { describe, expect, it } from 'vitest'
import { badExperienceAuc } from './badExperienceAuc.js'

describe('badExperienceAuc (Mann–Whitney U / (n_bad · n_good))', () => {
  it('is 1 when every bad row is predicted worse than every good one, for a rate (lower is worse)', () => {
    expect(badExperienceAuc([1, 2, 20, 30], [3, 4, 25, 28], 10, 'lower')).toBe(1)
  })

  it('is 0 for the reverse ranking and 0.5 for a constant prediction', () => {
    expect(badExperienceAuc([1, 2, 20, 30], [28, 25, 4, 3], 10, 'lower')).toBe(0)
    expect(badExperienceAuc([1, 2, 20, 30], [7, 7, 7, 7], 10, 'lower')).toBe(0.5)
  })

  it('counts a tie as one half: bad rows predicted 5 and 3, good ones 3 and 1 → (1 + 1 + ½ + 1) / 4, for a delay (higher is worse)', () => {
    expect(badExperienceAuc([150, 120, 50, 20], [5, 3, 3, 1], 100, 'higher')).toBeCloseTo(3.5 / 4, 12)
  })

  it('agrees with counting all pairs on a random sample', () => {
    const actual = Array.from({ length: 60 }, (_, i) => (i * 37) % 23)
    const predicted = actual.map((a, i) => Math.round(a / 3 + ((i * 11) % 7)))
    let wins = 0
    let pairs = 0
    for (let b = 0; b < 60; b++) {
      for (let g = 0; g < 60; g++) {
        if (!(actual[b]! < 10) || actual[g]! < 10) continue
        pairs++
        wins += predicted[b]! < predicted[g]! ? 1 : predicted[b] === predicted[g] ? 0.5 : 0
      }
    }
    expect(badExperienceAuc(actual, predicted, 10, 'lower')).toBeCloseTo(wins / pairs, 12)
  })

  it('is null when the rows hold one class only (a bad row is strictly beyond the threshold)', () => {
    expect(badExperienceAuc([10, 20], [1, 2], 10, 'lower')).toBeNull()
    expect(badExperienceAuc([1, 2], [1, 2], 10, 'lower')).toBeNull()
  })
})
