import { describe, expect, it } from 'vitest'
import { defaultAreaMaxGapMs, splitAtGaps } from './readAreaDegradations.js'

describe('splitAtGaps: a degraded period never claims time nobody measured', () => {
  const minute = 60_000
  it('keeps a period whose buckets follow each other as one run', () => {
    const starts = [0, 1000, 2000, 3000, 4000]
    expect(splitAtGaps(starts, 1, 4, defaultAreaMaxGapMs)).toEqual([[1, 4]])
  })

  it('cuts a period at each unmeasured stretch longer than the limit (two visits weeks apart are two periods)', () => {
    const weeks = 8 * 7 * 24 * 60 * minute
    const starts = [0, 1000, 2000, weeks, weeks + 1000, weeks + 11 * minute, weeks + 11 * minute + 1000]
    expect(splitAtGaps(starts, 0, 6, defaultAreaMaxGapMs)).toEqual([[0, 2], [3, 4], [5, 6]])
  })

  it('keeps a gap of exactly the limit inside the run, and a one-bucket period as it is', () => {
    expect(splitAtGaps([0, 10 * minute], 0, 1, 10 * minute)).toEqual([[0, 1]])
    expect(splitAtGaps([0, 5000, 9000], 1, 1, 1000)).toEqual([[1, 1]])
  })
})
