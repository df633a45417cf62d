import { describe, expect, it } from 'vitest'
import type { Cell, SsbBeam } from '../../../../core/api/schemas/networkSchemas.js'
import { beamPalette } from '../coverageClasses.js'
import { earthRadiusM, type LonLat } from '../sectorWedge.js'
import { beamsLayer, beamWedges, defaultBeamsStyle } from './beamsLayer.js'

const toRad = Math.PI / 180
const bearingDeg = ([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number => {
  const y = Math.sin((lon2 - lon1) * toRad) * Math.cos(lat2 * toRad)
  const x = Math.cos(lat1 * toRad) * Math.sin(lat2 * toRad) - Math.sin(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.cos((lon2 - lon1) * toRad)
  return (Math.atan2(y, x) / toRad + 360) % 360
}
const distanceM = ([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number => {
  const a = Math.sin(((lat2 - lat1) * toRad) / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(((lon2 - lon1) * toRad) / 2) ** 2
  return 2 * earthRadiusM * Math.asin(Math.sqrt(a))
}

const beam = (index: number, azimuthOffsetDeg: number): SsbBeam => ({ index, azimuthOffsetDeg, elevationDeg: -6, hBeamwidthDeg: 16, vBeamwidthDeg: 8, gainDbi: 24 })
const cell = (azimuthDeg: number, beams: SsbBeam[]): Cell => ({
  id: 7, name: 'FT001_1', site: 'FT001', lon: 114.05, lat: 22.54, heightM: 30, azimuthDeg, mechanicalTiltDeg: 2, electricalTiltDeg: 4,
  pci: 101, arfcn: 627264, band: 'n78', fcMhz: 3409, bandwidthMhz: 100, scsKhz: 30, txPowerDbm: 49, hBeamwidthDeg: 65,
  tddPattern: null, label: null, cellIdentity: null, technology: 'NR', defaulted: [], beams,
})

describe('beamWedges', () => {
  const wedges = beamWedges([cell(350, [beam(0, -52.5), beam(3, 0), beam(7, 52.5), beam(12, 20)]), cell(90, [])])

  it('makes one wedge per SSB beam, none for a cell without beams', () => {
    expect(wedges).toHaveLength(4)
    expect(wedges.map((w) => w.beam.index)).toEqual([0, 3, 7, 12])
  })
  it('points each wedge at the cell azimuth plus the beam offset, wrapped to 0…360°', () => {
    expect(wedges.map((w) => w.azimuthDeg)).toEqual([297.5, 350, 42.5, 10])
  })
  it('opens each wedge by the beam horizontal beamwidth, out to the configured radius (±0.01°, ±1 mm)', () => {
    const { polygon, azimuthDeg } = wedges[1]!
    const site = polygon[0] as LonLat
    const arc = polygon.slice(1, -1)
    const first = bearingDeg(site, arc[0] as LonLat)
    const last = bearingDeg(site, arc.at(-1) as LonLat)
    expect(first).toBeCloseTo(azimuthDeg - 8, 2)
    expect(last).toBeCloseTo(azimuthDeg + 8, 2)
    for (const point of arc) expect(distanceM(site, point)).toBeCloseTo(defaultBeamsStyle.radiusM, 3)
  })
  it('colours a beam as the best-beam map does: its own colour up to index 7, the last colour beyond', () => {
    expect(wedges[0]?.colour).toEqual(beamPalette[0])
    expect(wedges[2]?.colour).toEqual(beamPalette[7])
    expect(wedges[3]?.colour).toEqual(beamPalette[8])
  })
})

describe('beamsLayer', () => {
  it('is a pickable polygon layer with id beams, hidden when asked', () => {
    const layer = beamsLayer([], defaultBeamsStyle, false)
    expect(layer.id).toBe('beams')
    expect(layer.props.pickable).toBe(true)
    expect(layer.props.visible).toBe(false)
  })
})
