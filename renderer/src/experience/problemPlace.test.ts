import { describe, expect, it } from 'vitest'
import { problemKey, problemName, problemPlace, problemUnit } from './problemPlace.js'
import { areaProblem, cellProblem } from './testing/experienceFixtures.js'

describe('problemPlace', () => {
  it('is the cell site or area centre the core gives, with the affected box and (for an area) the outline', () => {
    expect(problemPlace(cellProblem('FT022_1', 13))).toEqual({
      lon: 114.05, lat: 22.54, bbox: { minLon: 114.04, minLat: 22.53, maxLon: 114.06, maxLat: 22.55 }, ring: null,
    })
    expect(problemPlace(areaProblem('Task area A', 30))?.ring).toHaveLength(4)
  })
  it('falls back on the middle of the affected box when the cell has no position', () => {
    const place = problemPlace(cellProblem('X', 1, { lon: null, lat: null, positionFrom: null }))
    expect(place?.lon).toBeCloseTo(114.05, 9)
    expect(place?.lat).toBeCloseTo(22.54, 9)
  })
  it('is null (the row is not linkable) when neither a position nor a box is known', () => {
    expect(problemPlace(cellProblem('X', 1, { lon: null, lat: null, bbox: null, positionFrom: null }))).toBeNull()
  })
})

describe('problem names and keys', () => {
  it('names a cell by its cell and an area by its area, with keys apart across kinds', () => {
    expect(problemName(cellProblem('FT022_1', 1))).toBe('FT022_1')
    expect(problemKey(cellProblem('A', 1))).toBe('cell:A')
    expect(problemKey(areaProblem('A', 1))).toBe('area:A')
    expect(problemUnit(areaProblem('wx4g0b', 1, { areaUnit: 'geohash' }))).toBe('geohash')
  })
})
