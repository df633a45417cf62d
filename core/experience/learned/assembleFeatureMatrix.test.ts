import { describe, expect, it } from 'vitest'
import { assembleFeatureMatrix, maxCategoryLevels, type FeatureCandidate } from './assembleFeatureMatrix.js'

const numeric = (name: string, values: number[]): FeatureCandidate => ({ kind: 'numeric', name, unit: 'dB', values: Float64Array.from(values) })
const category = (name: string, levels: (string | null)[]): FeatureCandidate => ({ kind: 'category', name, levels })

describe('assembleFeatureMatrix', () => {
  it('keeps numeric values as they are with NaN where missing, and one-hot encodes categories most frequent level first', () => {
    const m = assembleFeatureMatrix([numeric('sinrDb', [1, Number.NaN, 3, 4]), category('technology', ['LTE', '5G', '5G', null])], 4)
    expect(m.columns).toEqual([
      { name: 'sinrDb', kind: 'numeric', source: 'sinrDb', unit: 'dB' },
      { name: 'technology=5G', kind: 'category', source: 'technology', level: '5G', unit: null },
      { name: 'technology=LTE', kind: 'category', source: 'technology', level: 'LTE', unit: null },
    ])
    expect(Array.from(m.x)).toEqual([1, 0, 1, Number.NaN, 1, 0, 3, 1, 0, 4, 0, 0])
    expect(m.dropped).toEqual([])
  })

  it('drops a feature missing on (nearly) every row, a constant one and a category with too many levels, saying why', () => {
    const n = 100
    const rare = Array.from({ length: n }, (_, i) => (i === 0 ? 5 : Number.NaN))
    const many = Array.from({ length: n }, (_, i) => `page${i % (maxCategoryLevels + 1)}`)
    const m = assembleFeatureMatrix([
      numeric('altitudeM', Array.from({ length: n }, () => Number.NaN)),
      numeric('rssiDbm', rare),
      numeric('fileSizeBytes', Array.from({ length: n }, () => 1073741824)),
      category('protocol', Array.from({ length: n }, (_, i) => (i < 90 ? 'TCP' : null))),
      category('page', many),
      numeric('rsrpDbm', Array.from({ length: n }, (_, i) => -80 - i)),
    ], n)
    expect(m.columns.map((c) => c.name)).toEqual(['rsrpDbm'])
    expect(m.dropped).toEqual([
      { name: 'altitudeM', reason: 'missing on every row' },
      { name: 'rssiDbm', reason: 'present on 1 of 100 rows only' },
      { name: 'fileSizeBytes', reason: 'constant (1073741824)' },
      { name: 'protocol', reason: 'constant (TCP)' },
      { name: 'page', reason: '21 levels (more than 20)' },
    ])
    expect(m.x.length).toBe(n)
  })
})
