import { describe, expect, it } from 'vitest'
import { boundingBoxOf } from './boundingBoxOf.js'

describe('boundingBoxOf ([west, south, east, north] of the positioned points)', () => {
  it('spans the points that have a position and skips the others', () => {
    expect(boundingBoxOf([{ lon: 1, lat: 5 }, { lon: null, lat: null }, { lon: -2, lat: 7 }, { lon: 0.5, lat: 6 }])).toEqual([-2, 5, 1, 7])
  })

  it('is null when no point has a position', () => {
    expect(boundingBoxOf([{ lon: null, lat: null }])).toBeNull()
    expect(boundingBoxOf([])).toBeNull()
  })
})
