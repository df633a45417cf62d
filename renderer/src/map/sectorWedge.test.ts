import { describe, expect, it } from 'vitest'
import { destination, earthRadiusM, sectorWedge, type LonLat } from './sectorWedge.js'

const toRad = Math.PI / 180

/** Initial great-circle bearing from a to b, degrees clockwise from north in [0, 360). */
const bearingDeg = ([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number => {
  const y = Math.sin((lon2 - lon1) * toRad) * Math.cos(lat2 * toRad)
  const x = Math.cos(lat1 * toRad) * Math.sin(lat2 * toRad) - Math.sin(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.cos((lon2 - lon1) * toRad)
  return ((Math.atan2(y, x) / toRad) + 360) % 360
}

/** Haversine distance, metres. */
const distanceM = ([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number => {
  const a = Math.sin(((lat2 - lat1) * toRad) / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(((lon2 - lon1) * toRad) / 2) ** 2
  return 2 * earthRadiusM * Math.asin(Math.sqrt(a))
}

const site: LonLat = [114.05, 22.54]

describe('destination', () => {
  it('moves north for bearing 0 and east for bearing 90', () => {
    const north = destination(...site, 0, 1000)
    const east = destination(...site, 90, 1000)
    expect(north[0]).toBeCloseTo(site[0], 9)
    expect(north[1]).toBeGreaterThan(site[1])
    expect(east[0]).toBeGreaterThan(site[0])
    expect(distanceM(site, north)).toBeCloseTo(1000, 3)
  })
})

describe('sectorWedge', () => {
  const ring = sectorWedge(...site, { azimuthDeg: 120, openingDeg: 65, radiusM: 150 })
  const arc = ring.slice(1, -1)

  it('is a closed ring that starts and ends at the site', () => {
    expect(ring[0]).toEqual(site)
    expect(ring.at(-1)).toEqual(site)
  })
  it('has its arc at the radius, within a millimetre', () => {
    for (const point of arc) expect(Math.abs(distanceM(site, point) - 150)).toBeLessThan(1e-3)
  })
  it('opens by the beamwidth, centred on the azimuth (north = 0°, clockwise)', () => {
    const first = bearingDeg(site, arc[0] as LonLat)
    const last = bearingDeg(site, arc.at(-1) as LonLat)
    expect(first).toBeCloseTo(120 - 32.5, 6)
    expect(last).toBeCloseTo(120 + 32.5, 6)
    expect(last - first).toBeCloseTo(65, 6)
  })
  it('points an azimuth of 90° east and of 180° south', () => {
    const east = sectorWedge(...site, { azimuthDeg: 90, openingDeg: 10, radiusM: 200 })
    const south = sectorWedge(...site, { azimuthDeg: 180, openingDeg: 10, radiusM: 200 })
    const middle = (wedge: LonLat[]): LonLat => wedge[Math.floor(wedge.length / 2)] as LonLat
    expect(middle(east)[0]).toBeGreaterThan(site[0])
    expect(middle(east)[1]).toBeCloseTo(site[1], 5)
    expect(middle(south)[1]).toBeLessThan(site[1])
    expect(middle(south)[0]).toBeCloseTo(site[0], 9)
  })
  it('wraps across north: azimuth 350° spans 320° to 20°', () => {
    const wedge = sectorWedge(...site, { azimuthDeg: 350, openingDeg: 60, radiusM: 150 }).slice(1, -1)
    expect(bearingDeg(site, wedge[0] as LonLat)).toBeCloseTo(320, 6)
    expect(bearingDeg(site, wedge.at(-1) as LonLat)).toBeCloseTo(20, 6)
  })
  it('draws an omni cell (360°) as a closed disc around the site', () => {
    const disc = sectorWedge(...site, { azimuthDeg: 0, openingDeg: 360, radiusM: 100 })
    expect(disc[0]?.[0]).toBeCloseTo(disc.at(-1)?.[0] ?? Number.NaN, 9)
    expect(disc[0]?.[1]).toBeCloseTo(disc.at(-1)?.[1] ?? Number.NaN, 9)
    for (const point of disc) expect(distanceM(site, point)).toBeCloseTo(100, 3)
  })
  it('refuses a non-positive radius or opening, naming it', () => {
    expect(() => sectorWedge(...site, { azimuthDeg: 0, openingDeg: 65, radiusM: 0 })).toThrow(/radiusM/)
    expect(() => sectorWedge(...site, { azimuthDeg: 0, openingDeg: 0, radiusM: 10 })).toThrow(/openingDeg/)
  })
})
