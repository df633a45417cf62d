import { describe, expect, it } from 'vitest'
import type { KqiInfo } from '../../api/schemas/experienceModelSchemas.js'
import { kqiDashboard, scaleCounts } from './readKqiDashboards.js'
import type { KqiValues } from './readKqiValues.js'

const info: KqiInfo = { name: 'rttMs', source: 'kqi', unit: 'ms', app: 'ping', count: 1000, trainable: true, badThreshold: 100, badDirection: 'higher' }
const values = (n: number): KqiValues => {
  const v = Float64Array.from({ length: n }, (_, i) => (i * 37) % 200)
  return { values: v, x: Float64Array.from(v, (_, i) => i), seriesKind: 'index', fields: new Map([['carrier', Array.from(v, (_, i) => (i % 2 ? 'A' : 'B'))]]), aggregate: null }
}

describe('kqiDashboard', () => {
  it('takes mean, percentiles and bad share from the values when they are all of them', () => {
    const d = kqiDashboard(info, values(1000), 20, 100)
    expect(d.meanValue).toBeCloseTo(99.5, 9)
    expect(d.p5!).toBeLessThan(d.p50!)
    expect(d.p50!).toBeLessThan(d.p95!)
    expect(d.badShare).toBeCloseTo(495 / 1000, 12) // 101…199 of 0…199, each 5 times
    expect(d.histogram.counts.reduce((a, b) => a + b, 0)).toBe(1000)
    expect(d.series).toMatchObject({ kind: 'index' })
    expect(d.series.x.length).toBe(100)
    expect(d.groups.by).toBe('carrier')
  })

  it('uses the exact aggregates of a thinned read and scales the histogram to the count', () => {
    const read = { ...values(1000), aggregate: { count: 1_000_003, mean: 98.7, badCount: 500_000 } }
    const d = kqiDashboard({ ...info, count: 1_000_003 }, read, 20, 100)
    expect(d.meanValue).toBe(98.7)
    expect(d.badShare).toBeCloseTo(500_000 / 1_000_003, 12)
    expect(d.histogram.counts.reduce((a, b) => a + b, 0)).toBe(1_000_003)
  })
})

describe('scaleCounts', () => {
  it('scales counts proportionally, summing exactly to the total', () => {
    expect(scaleCounts([1, 1, 1], 10)).toEqual([4, 3, 3])
    expect(scaleCounts([5, 0, 15], 40)).toEqual([10, 0, 30])
    expect(scaleCounts([0, 0], 7)).toEqual([0, 0])
  })
})
