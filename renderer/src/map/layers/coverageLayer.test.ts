import { describe, expect, it } from 'vitest'
import { coverageSchemes } from '../coverageClasses.js'
import { columnHeightsM, coverageLayer, coverageLayerIds, defaultCoverageStyle, positionsAtAltitude, type CoverageLayerData } from './coverageLayer.js'

type BinaryData = { length: number; attributes: Record<string, { value: unknown; size: number }> }

const area: CoverageLayerData = {
  targetKind: 'area',
  count: 2,
  positions: new Float64Array([114.05, 22.54, 114.051, 22.54]),
  resolutionM: 100,
  altitudeM: 120,
  colours: new Uint8Array(8),
  heightsM: new Float32Array([10, 200]),
}

describe('columnHeightsM', () => {
  const { minColumnM, maxColumnM } = defaultCoverageStyle
  const rsrp = coverageSchemes.rsrpDbm // limits −110, −100, −90, −80 dBm: spans −120…−70 once extended by a class

  it('maps the limits extended by one class width each side linearly onto the shortest…tallest column (±1 mm)', () => {
    const [low, middle, high] = columnHeightsM(new Float32Array([-120, -95, -70]), rsrp, false)
    expect(low).toBeCloseTo(minColumnM, 3)
    expect(middle).toBeCloseTo((minColumnM + maxColumnM) / 2, 3)
    expect(high).toBeCloseTo(maxColumnM, 3)
  })
  it('clamps values beyond the extended range and gives NaN (no cell in range) no column', () => {
    expect([...columnHeightsM(new Float32Array([-160, -20, Number.NaN]), rsrp, false)]).toEqual([minColumnM, maxColumnM, 0])
  })
  it('grows with the value: a better class is never shorter', () => {
    const values = Float32Array.from({ length: 61 }, (_, i) => -130 + i)
    const heights = columnHeightsM(values, rsrp, false)
    for (let i = 1; i < heights.length; i++) expect(heights[i]).toBeGreaterThanOrEqual(heights[i - 1] as number)
  })
  it('gives every beam index the same height: a category is not a level', () => {
    expect(new Set(columnHeightsM(new Float32Array([0, 3, 7]), coverageSchemes.bestBeam, true)).size).toBe(1)
  })
})

describe('positionsAtAltitude', () => {
  it('lifts lon, lat pairs to lon, lat, altitude triples', () => {
    expect([...positionsAtAltitude(new Float64Array([114, 22, 114.1, 22.1]), 120)]).toEqual([114, 22, 120, 114.1, 22.1, 120])
  })
})

describe('coverageLayer', () => {
  it('draws an area as squares of the grid resolution centred on their points, with the buffers as binary attributes', () => {
    const layer = coverageLayer(area, '2d')
    const data = layer.props.data as unknown as BinaryData
    expect(layer.id).toBe(coverageLayerIds.area)
    expect(layer.props).toMatchObject({ cellSize: 100, offset: [0, 0], extruded: false, pickable: true })
    expect(data.length).toBe(2)
    expect(data.attributes['getPosition']).toMatchObject({ value: area.positions, size: 2 })
    expect(data.attributes['getFillColor']).toMatchObject({ value: area.colours, size: 4 })
    expect(data.attributes['getElevation']).toMatchObject({ value: area.heightsM, size: 1 })
  })
  it('extrudes the squares into columns in 3D, a little apart', () => {
    expect(coverageLayer(area, '3d').props).toMatchObject({ extruded: true, coverage: defaultCoverageStyle.gridCoverage3d })
  })
  it('draws a route as points on the ground in 2D and at the layer altitude in 3D, under an id of its own', () => {
    const route = { ...area, targetKind: 'route' as const }
    const lifted = positionsAtAltitude(route.positions, route.altitudeM)
    const flat = coverageLayer(route, '2d', lifted)
    const raised = coverageLayer(route, '3d', lifted)
    expect(flat.id).toBe(coverageLayerIds.route)
    expect(coverageLayerIds.route).not.toBe(coverageLayerIds.area)
    expect((flat.props.data as unknown as BinaryData).attributes['getPosition']).toMatchObject({ value: route.positions, size: 2 })
    expect((raised.props.data as unknown as BinaryData).attributes['getPosition']).toMatchObject({ value: lifted, size: 3 })
  })
  it('can be hidden', () => {
    expect(coverageLayer(area, '2d', null, defaultCoverageStyle, false).props.visible).toBe(false)
  })
})
