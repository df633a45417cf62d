import { describe, expect, it } from 'vitest'
import { checkSeriesOptions, defaultAreaBucketMs, defaultAreaMaxGapMs, splitAtGaps } from './readAreaDegradations.js'

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

describe('checkSeriesOptions: the bucket and gap of a change detection, shared by areas and cells', () => {
  it('defaults to 1 s buckets and 10 min gaps', () => {
    expect(checkSeriesOptions({}, 'areaDegradation')).toEqual({ bucketMs: defaultAreaBucketMs, maxGapMs: defaultAreaMaxGapMs })
    expect([defaultAreaBucketMs, defaultAreaMaxGapMs]).toEqual([1000, 600_000])
  })

  it('refuses a bucket that is not positive, or a gap shorter than the bucket, naming the option', () => {
    expect(() => checkSeriesOptions({ bucketMs: Number.NaN }, 'areaDegradation')).toThrow('areaDegradation.bucketMs must be a positive number of milliseconds, not NaN')
    expect(() => checkSeriesOptions({ bucketMs: 5000, maxGapMs: 1000 }, 'cellDegradation')).toThrow('cellDegradation.maxGapMs must be at least the bucket (5000 ms), not 1000')
  })
})
