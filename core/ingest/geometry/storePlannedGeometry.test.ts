import { describe, expect, it } from 'vitest'
import type { PlannedArea, PlannedRoute } from './plannedGeometry.js'
import { defaultAreaBandM, resolveArea, resolveRouteAltitudes } from './storePlannedGeometry.js'

const route = (points: PlannedRoute['points'], extra: Partial<PlannedRoute> = {}): PlannedRoute => ({ name: 'r', altitudeRef: null, points, groundClamped: false, line: 1, ...extra })
const area = (extra: Partial<PlannedArea> = {}): PlannedArea => ({
  name: 'a', altitudeRef: null, ring: [[0, 0], [1, 0], [1, 1]], minAltitudeM: null, maxAltitudeM: null, line: 1, ...extra,
})

describe('resolveRouteAltitudes', () => {
  it('keeps the file\'s altitudes and reference, AGL when the file states none', () => {
    expect(resolveRouteAltitudes(route([[0, 0, 10], [1, 1, 20]], { altitudeRef: 'AMSL' }), 99)).toEqual({ altitudeRef: 'AMSL', points: [[0, 0, 10], [1, 1, 20]], clamped: false })
    expect(resolveRouteAltitudes(route([[0, 0, 10], [1, 1, 20]]), undefined).altitudeRef).toBe('AGL')
  })

  it('flies a route without altitudes at --altitude-m AGL, a ground-clamped one at 0 m AGL, and rejects one with neither', () => {
    expect(resolveRouteAltitudes(route([[0, 0, null], [1, 1, null]], { altitudeRef: 'AMSL' }), 50)).toMatchObject({ altitudeRef: 'AGL', points: [[0, 0, 50], [1, 1, 50]] })
    expect(resolveRouteAltitudes(route([[0, 0, null], [1, 1, null]], { groundClamped: true }), undefined)).toMatchObject({ points: [[0, 0, 0], [1, 1, 0]], clamped: true })
    expect(() => resolveRouteAltitudes(route([[0, 0, null], [1, 1, null]]), undefined)).toThrow('no vertex has an altitude')
  })

  it('completes partial AGL altitudes from --altitude-m but never mixes them into AMSL', () => {
    expect(resolveRouteAltitudes(route([[0, 0, 30], [1, 1, null]]), 40).points).toEqual([[0, 0, 30], [1, 1, 40]])
    expect(() => resolveRouteAltitudes(route([[0, 0, 30], [1, 1, null]], { altitudeRef: 'AMSL' }), 40)).toThrow('1 of 2 vertices have no altitude and the others are AMSL')
  })

  it('refuses a route of one vertex', () => {
    expect(() => resolveRouteAltitudes(route([[0, 0, 1]]), undefined)).toThrow('a route needs at least 2 vertices, found 1')
  })
})

describe('resolveArea', () => {
  it('closes the ring and takes the band from the file, else --altitude-m, else the 0–120 m AGL default', () => {
    expect(resolveArea(area({ minAltitudeM: 30, maxAltitudeM: 150, altitudeRef: 'AMSL' }), 10)).toEqual({
      area: { altitudeRef: 'AMSL', minAltitudeM: 30, maxAltitudeM: 150, ring: [[0, 0], [1, 0], [1, 1], [0, 0]] }, defaulted: false,
    })
    expect(resolveArea(area(), 45).area).toMatchObject({ minAltitudeM: 45, maxAltitudeM: 45 })
    expect(resolveArea(area(), undefined)).toMatchObject({ area: { minAltitudeM: defaultAreaBandM.min, maxAltitudeM: defaultAreaBandM.max, altitudeRef: 'AGL' }, defaulted: true })
  })

  it('rejects a degenerate ring, an inverted band and half a band', () => {
    expect(() => resolveArea(area({ ring: [[0, 0], [1, 1], [0, 0]] }), undefined)).toThrow('at least 3 distinct vertices, found 2')
    expect(() => resolveArea(area({ minAltitudeM: 200, maxAltitudeM: 100 }), undefined)).toThrow('minAltitudeM 200 is above maxAltitudeM 100')
    expect(() => resolveArea(area({ maxAltitudeM: 100 }), undefined)).toThrow('states only one of minAltitudeM and maxAltitudeM')
  })
})
