import { describe, expect, it } from 'vitest'
import type { Cell } from '../../../../core/api/schemas/networkSchemas.js'
import { areasLayer } from './areasLayer.js'
import { cellsLayers, cellWedges, defaultCellsStyle } from './cellsLayer.js'
import { nearestAltitudeM, routesLayers } from './routesLayer.js'
import { samplesLayer } from './samplesLayer.js'

const cell = (name: string, site: string, azimuthDeg: number): Cell => ({
  id: 1, name, site, lon: 114.05, lat: 22.54, heightM: 30, azimuthDeg, mechanicalTiltDeg: 2, electricalTiltDeg: 4,
  pci: 101, arfcn: 627264, band: 'n78', fcMhz: 3409, bandwidthMhz: 100, scsKhz: 30, txPowerDbm: 49, hBeamwidthDeg: 65,
  tddPattern: null, label: null, cellIdentity: null, technology: 'NR', defaulted: [], beams: [],
})

describe('samplesLayer', () => {
  it('hands the column buffers to deck.gl as binary attributes, without copying', () => {
    const positions = new Float64Array([114, 22, 114.1, 22.1])
    const colours = new Uint8Array(8)
    const layer = samplesLayer({ count: 2, positions, colours }, undefined, false)
    const data = layer.props.data as unknown as { length: number; attributes: Record<string, { value: unknown; size: number }> }
    expect(layer.id).toBe('samples')
    expect(layer.props.visible).toBe(false)
    expect(data.length).toBe(2)
    expect(data.attributes['getPosition']).toMatchObject({ value: positions, size: 2 })
    expect(data.attributes['getFillColor']).toMatchObject({ value: colours, size: 4 })
  })
})

describe('cellsLayers', () => {
  it('gives every sector of a site the same colour and a wedge of the configured radius', () => {
    const wedges = cellWedges([cell('A-1', 'A', 0), cell('A-2', 'A', 120), cell('B-1', 'B', 0)])
    expect(wedges[0]?.colour).toEqual(wedges[1]?.colour)
    expect(defaultCellsStyle.palette).toContainEqual(wedges[2]?.colour)
    const layers = cellsLayers(wedges)
    expect(layers.map((layer) => layer.id)).toEqual(['cells', 'cell-sites'])
    expect(layers[0]?.props.pickable).toBe(true)
  })
})

describe('routesLayers and areasLayer', () => {
  const route = { name: 'R', altitudeRef: 'AGL' as const, lengthM: 100, points: [[114, 22, 50], [114.01, 22, 80], [114.02, 22, 120]] as [number, number, number][] }
  it('draws the route in 3D over a ground trace', () => {
    expect(routesLayers([route]).map((layer) => layer.id)).toEqual(['route-shadows', 'routes'])
  })
  it('reads the altitude of the vertex nearest to the pointer', () => {
    expect(nearestAltitudeM(route, 114.0098, 22.0001)).toBe(80)
    expect(nearestAltitudeM({ ...route, points: [] }, 114, 22)).toBeNull()
  })
  it('draws task areas with id area', () => {
    expect(areasLayer([]).id).toBe('area')
  })
})
