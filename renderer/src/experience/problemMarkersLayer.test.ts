import { describe, expect, it } from 'vitest'
import { problemMarkers } from './problemMarkersLayer.js'
import { cellProblem } from './testing/experienceFixtures.js'

describe('problemMarkers', () => {
  it('sizes markers by the square root of the impact, colours them by the dominant cause, and leaves unplaced problems out', () => {
    const markers = problemMarkers(
      [cellProblem('big', 16), cellProblem('small', 4), cellProblem('nowhere', 9, { lon: null, lat: null, bbox: null, positionFrom: null })],
      null,
    )
    expect(markers.map((marker) => marker.key)).toEqual(['cell:big', 'cell:small'])
    // √(4/16) = 0.5 of the way from 6 to 22 px.
    expect(markers[0]?.radiusPx).toBeCloseTo(22, 9)
    expect(markers[1]?.radiusPx).toBeCloseTo(14, 9)
    expect(markers[0]?.colour).toEqual([214, 96, 77, 210])
  })
  it('draws the selected marker last, on top', () => {
    const markers = problemMarkers([cellProblem('a', 16), cellProblem('b', 4)], 'cell:a')
    expect(markers.map((marker) => [marker.key, marker.selected])).toEqual([['cell:b', false], ['cell:a', true]])
  })
})
