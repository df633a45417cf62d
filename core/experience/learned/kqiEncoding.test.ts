import { describe, expect, it } from 'vitest'
import type { KqiDataset } from './kqiDataset.js'
import { decodeTarget, encodeFeatures, encodeTarget, fitKqiEncoding, skewness } from './kqiEncoding.js'

/** Four rows: a numeric column with a missing value, a complete one, and a two-level one-hot feature. */
function tinyDataset(y: number[]): KqiDataset {
  const nan = Number.NaN
  return {
    kqi: 'dlMbps', source: 'samples', unit: 'Mbit/s', description: 'tiny',
    columns: [
      { name: 'sinrDb', kind: 'numeric', source: 'sinrDb', unit: 'dB' },
      { name: 'rsrpDbm', kind: 'numeric', source: 'rsrpDbm', unit: 'dBm' },
      { name: 'technology=LTE', kind: 'category', source: 'technology', level: 'LTE', unit: null },
      { name: 'technology=5G', kind: 'category', source: 'technology', level: '5G', unit: null },
    ],
    rowCount: 4,
    // prettier-ignore
    x: Float32Array.from([
      0, -100, 1, 0,
      10, -90, 0, 1,
      nan, -80, 1, 0,
      100, -200, 0, 1, // a test row: its values must not move the statistics
    ]),
    y: Float32Array.from(y),
    group: Int32Array.from([0, 0, 1, 1]),
    rowId: Float64Array.from([1, 2, 3, 4]),
    badThreshold: 10, badDirection: 'lower',
  }
}

const trainRows = Int32Array.from([0, 1, 2])

describe('fitKqiEncoding / encodeFeatures', () => {
  it('standardises numeric columns with the training rows\' mean and σ only', () => {
    const encoding = fitKqiEncoding(tinyDataset([1, 2, 3, 4]), trainRows)
    expect(encoding.scaling[0]).toEqual({ mean: 5, std: 5, missingIndicator: true })
    expect(encoding.scaling[1]!.mean).toBeCloseTo(-90, 10)
    expect(encoding.scaling[1]!.std).toBeCloseTo(Math.sqrt(200 / 3), 10)
    expect(encoding.scaling[1]!.missingIndicator).toBe(false)
  })

  it('imputes a missing value to the training mean (0 after standardising) and adds an indicator input after its value', () => {
    const dataset = tinyDataset([1, 2, 3, 4])
    const encoding = fitKqiEncoding(dataset, trainRows)
    expect(encoding.inputs.map((i) => i.name)).toEqual(['sinrDb', 'sinrDb (missing)', 'rsrpDbm', 'technology=LTE', 'technology=5G'])
    expect(encoding.sources).toEqual(['sinrDb', 'rsrpDbm', 'technology'])
    const x = encodeFeatures(encoding, dataset, [2, 1])
    const s = Math.sqrt(200 / 3)
    expect(Array.from(x.subarray(0, 5))).toEqual([0, 1, expect.closeTo(10 / s, 5), 1, 0])
    expect(Array.from(x.subarray(5))).toEqual([1, 0, 0, 0, 1])
  })

  it('takes σ = 1 for a constant column, so it encodes as 0 instead of NaN', () => {
    const dataset = tinyDataset([1, 2, 3, 4])
    for (let r = 0; r < 4; r++) dataset.x[r * 4 + 1] = -90
    const encoding = fitKqiEncoding(dataset, trainRows)
    expect(encoding.scaling[1]).toEqual({ mean: -90, std: 1, missingIndicator: false })
    expect(encodeFeatures(encoding, dataset, [0])[2]).toBe(0)
  })
})

describe('the target transform', () => {
  it('stays linear for a symmetric KQI and round-trips through the standardisation', () => {
    const dataset = tinyDataset([-1, 0, 1, 5])
    const encoding = fitKqiEncoding(dataset, trainRows)
    expect(encoding.target.transform).toBe('none')
    const z = encodeTarget(encoding, dataset.y, [0, 1, 2, 3])
    expect(Array.from(z, (v) => decodeTarget(encoding, v))).toEqual([-1, 0, 1, 5].map((v) => expect.closeTo(v, 5)))
  })

  it('takes log1p for a non-negative KQI skewed right beyond 1 (rates, times), and decodes back to the unit', () => {
    const y = [1, 1, 1, 1, 2, 2, 3, 50]
    expect(skewness(y)).toBeGreaterThan(1)
    const dataset = { ...tinyDataset([0, 0, 0, 0]), y: Float32Array.from(y) }
    const encoding = fitKqiEncoding(dataset, Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]))
    expect(encoding.target.transform).toBe('log1p')
    const z = encodeTarget(encoding, dataset.y, [7, 0])
    expect(decodeTarget(encoding, z[0]!)).toBeCloseTo(50, 3)
    expect(decodeTarget(encoding, z[1]!)).toBeCloseTo(1, 5)
    expect(decodeTarget(encoding, -100)).toBe(0) // never below the training floor of 0
  })

  it('keeps the linear target when a value is negative however skewed, and obeys an explicit choice', () => {
    const y = Float32Array.from([-1, 1, 1, 1, 2, 2, 3, 50])
    const dataset = { ...tinyDataset([0, 0, 0, 0]), y }
    const rows = Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7])
    expect(fitKqiEncoding(dataset, rows).target.transform).toBe('none')
    expect(fitKqiEncoding(dataset, rows, { targetTransform: 'log1p' }).target.transform).toBe('log1p')
  })

  it('refuses to fit on fewer than 2 rows', () => {
    expect(() => fitKqiEncoding(tinyDataset([1, 2, 3, 4]), Int32Array.from([0]))).toThrow('trainRows must hold at least 2 rows')
  })
})
