import type { Position } from 'geojson'
import type { Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import countries110m from 'world-atlas/countries-110m.json?raw'
import { fixRing, splitAtAntimeridian, worldGeometry } from './worldGeometry.js'

/** Largest longitude step between neighbours, leaving out the closing run along the pole (Antarctica). */
const maxStepDeg = (line: Position[]): number =>
  Math.max(0, ...line.slice(1).map((p, i) => (p[1] === -90 && line[i]![1] === -90 ? 0 : Math.abs(p[0]! - line[i]![0]!))))

describe('fixRing', () => {
  it('leaves a ring that does not cross the antimeridian as it is', () => {
    const ring = [[10, 10], [11, 10], [11, 11], [10, 10]]
    expect(fixRing(ring)).toBe(ring)
  })
  it('moves the western vertices of a ring across 180° one turn east (Fiji, Chukotka)', () => {
    const ring = [[179, -16], [-179.5, -16], [-179.5, -17], [179, -17], [179, -16]]
    expect(fixRing(ring)).toEqual([[179, -16], [180.5, -16], [180.5, -17], [179, -17], [179, -16]])
  })
  it('closes a ring that circles the South Pole through the pole instead (Antarctica)', () => {
    const ring = [[-180, -80], [0, -70], [179.7, -84.3], [-180, -84.35]]
    const fixed = fixRing(ring)
    expect(fixed).toEqual([[-180, -80], [0, -70], [179.7, -84.3], [179.7, -90], [-180, -90], [-180, -84.35]])
  })
})

describe('splitAtAntimeridian', () => {
  it('cuts a line where it jumps from +180° to −180°', () => {
    expect(splitAtAntimeridian([[178, 60], [179.9, 61], [-179.9, 61], [-178, 62]])).toEqual([
      [[178, 60], [179.9, 61]],
      [[-179.9, 61], [-178, 62]],
    ])
  })
})

describe('worldGeometry (world-atlas countries-110m)', () => {
  const topology = JSON.parse(countries110m) as Topology
  const world = worldGeometry(topology)

  it('has every country with its name', () => {
    expect(world.countries.features.length).toBe(177)
    expect(world.countries.features.every((f) => typeof f.properties?.['name'] === 'string')).toBe(true)
  })
  it('has no polygon ring or line that spans the map', () => {
    for (const country of world.countries.features) {
      const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates
      for (const ring of polygons.flat()) expect(maxStepDeg(ring)).toBeLessThanOrEqual(180)
    }
    for (const line of [...world.borders.geometry.coordinates, ...world.coastline.geometry.coordinates]) {
      expect(maxStepDeg(line)).toBeLessThanOrEqual(180)
    }
  })
  it('has borders between countries and a coastline', () => {
    expect(world.borders.geometry.coordinates.length).toBeGreaterThan(100)
    expect(world.coastline.geometry.coordinates.length).toBeGreaterThan(100)
  })
})
