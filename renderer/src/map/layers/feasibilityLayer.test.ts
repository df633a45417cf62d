import { describe, expect, it } from 'vitest'
import type { FeasibilityPoints } from '../../../../core/api/schemas/feasibilitySchemas.js'
import { feasibilityMapData, verdictColours } from './feasibilityLayer.js'

const nan = (count: number) => new Float32Array(count).fill(Number.NaN)
const points: FeasibilityPoints = {
  count: 3,
  positions: new Float64Array([114, 22, 114.1, 22.1, 114.2, 22.2]),
  altitudesM: new Float32Array([60, 120, 120]),
  alongM: null,
  verdict: new Uint8Array([0, 2, 3]),
  source: new Uint8Array([1, 1, 2]),
  segment: new Int32Array([0, 0, 1]),
  servingCellId: new Int32Array([1, 1, -1]),
  beam: new Int32Array([0, 1, -1]),
  rsrpDbm: nan(3), dlSinrDb: nan(3), ulSinrDb: nan(3), dlMbps: nan(3), ulMbps: nan(3), coverageProbability: nan(3),
}

describe('feasibilityMapData', () => {
  it('keeps the points of one altitude, lifted to it, coloured by verdict', () => {
    const data = feasibilityMapData(points, 120)
    expect(data.count).toBe(2)
    expect([...data.positions]).toEqual([114.1, 22.1, 120, 114.2, 22.2, 120])
    expect([...data.colours]).toEqual([...verdictColours.fail, ...verdictColours['no-data']])
  })
  it('keeps every point for all altitudes', () => {
    const data = feasibilityMapData(points, null)
    expect(data.count).toBe(3)
    expect([...data.colours.slice(0, 4)]).toEqual([...verdictColours.pass])
  })
})
