import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { haversineDistanceM } from '../geo/haversineDistanceM.js'
import { routeLengthM } from '../geo/routeLength.js'
import { nrArfcnToFrequencyMhz } from '../radio/nrArfcn.js'
import { canonicalJson } from './canonicalJson.js'
import { radioPartOf } from './demoNetwork.js'
import { defaultDemoSeed, generateDemoNetwork } from './generateDemoNetwork.js'

// Futian/Nanshan, Shenzhen; south of 22.525° N lies the Shenzhen River and Shenzhen Bay.
const bounds = { minLon: 113.93, maxLon: 114.1, minLat: 22.525, maxLat: 22.58 }
const onLandInBounds = ([lon, lat]: readonly number[]): boolean =>
  lon !== undefined && lat !== undefined && lon >= bounds.minLon && lon <= bounds.maxLon && lat >= bounds.minLat && lat <= bounds.maxLat

const network = generateDemoNetwork()
const values = (key: 'rsrpDbm' | 'rsrqDb' | 'sinrDb' | 'cqi' | 'dlMbps' | 'ulMbps'): number[] =>
  network.samples.map((s) => s[key]).filter((v): v is number => v !== null)
const percentile = (sorted: readonly number[], p: number): number => sorted[Math.floor(p * (sorted.length - 1))] as number
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b)

/** Polygon area in m² by the shoelace formula in a local flat frame (error < 0.1 % at this size). */
function areaM2(ring: readonly (readonly [number, number])[]): number {
  const [lon0, lat0] = ring[0] as readonly [number, number]
  const metresPerDegree = 111_195
  const toM = ([lon, lat]: readonly [number, number]): [number, number] => [
    (lon - lon0) * metresPerDegree * Math.cos((lat0 * Math.PI) / 180),
    (lat - lat0) * metresPerDegree,
  ]
  let twice = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = toM(ring[i] as [number, number])
    const [x2, y2] = toM(ring[i + 1] as [number, number])
    twice += x1 * y2 - x2 * y1
  }
  return Math.abs(twice) / 2
}

describe('generateDemoNetwork: determinism', () => {
  it('gives byte-identical output for the same seed', () => {
    expect(canonicalJson(generateDemoNetwork({ seed: defaultDemoSeed }))).toBe(canonicalJson(network))
  })

  it('keeps the radio part byte-identical to the demo before the app KQIs and KPIs were added (their own PRNG streams)', () => {
    // SHA-256 of the canonical JSON of sites, cells, samples, routes and areas as the demo shipped them.
    const sha256 = (seed: number): string => createHash('sha256').update(canonicalJson(radioPartOf(generateDemoNetwork({ seed })))).digest('hex')
    expect(sha256(defaultDemoSeed)).toBe('8e65b564b6ec5a14f9ad1fd2ab21a8b7c00a299c99c91f30a9c349cd5a92b721')
    expect(sha256(7)).toBe('539ef7f676cffaa68c456e59ab3a038c1ebb7ab3e9e2ae7ff8be11eae057b9a8')
  })

  it('uses seed 20261130 by default and gives a different network for another seed', () => {
    expect(network.seed).toBe(20261130)
    const other = generateDemoNetwork({ seed: 1 })
    expect(other.sites.map((s) => s.lon)).not.toEqual(network.sites.map((s) => s.lon))
    expect(other.samples.length === network.samples.length && canonicalJson(other.samples) === canonicalJson(network.samples)).toBe(false)
  })

  it('refuses a seed that is not a whole number, naming it', () => {
    expect(() => generateDemoNetwork({ seed: 0.5 })).toThrow(/seed/)
  })
})

describe('generateDemoNetwork: sites and cells', () => {
  it('has 28–32 sites with 3 cells each (84–96 cells), all names unique', () => {
    expect(network.sites.length).toBeGreaterThanOrEqual(28)
    expect(network.sites.length).toBeLessThanOrEqual(32)
    expect(network.cells.length).toBe(3 * network.sites.length)
    expect(new Set(network.sites.map((s) => s.name)).size).toBe(network.sites.length)
    expect(new Set(network.cells.map((c) => c.name)).size).toBe(network.cells.length)
  })

  it('keeps every site and cell on land inside the Futian/Nanshan box', () => {
    for (const site of network.sites) expect(onLandInBounds([site.lon, site.lat]), site.name).toBe(true)
    for (const cell of network.cells) expect(onLandInBounds([cell.lon, cell.lat]), cell.name).toBe(true)
  })

  it('spaces sites about 500–700 m from their nearest neighbour', () => {
    const nearestM = network.sites.map((a) =>
      Math.min(...network.sites.filter((b) => b !== a).map((b) => haversineDistanceM(a.lon, a.lat, b.lon, b.lat))),
    )
    expect(Math.min(...nearestM)).toBeGreaterThan(400)
    expect(Math.max(...nearestM)).toBeLessThan(750)
    const median = percentile(sorted(nearestM), 0.5)
    expect(median).toBeGreaterThan(500)
    expect(median).toBeLessThan(700)
  })

  it('plans unique PCIs with the mod-3 rule per site: pci = 3·siteIndex + sector', () => {
    const pcis = network.cells.map((c) => c.pci)
    expect(new Set(pcis).size).toBe(network.cells.length)
    network.cells.forEach((cell, i) => expect(cell.pci).toBe(i))
    for (const pci of pcis) expect(pci).toBeLessThanOrEqual(1007)
  })

  it('puts every cell on one n78 carrier: 100 MHz TDD at 30 kHz, ARFCN and frequency consistent (TS 38.104 §5.4.2.1)', () => {
    for (const cell of network.cells) {
      expect(cell.band).toBe('n78')
      expect(cell.arfcn).toBeGreaterThanOrEqual(620_000)
      expect(cell.arfcn).toBeLessThanOrEqual(653_333)
      expect(cell.fcMhz).toBe(nrArfcnToFrequencyMhz(cell.arfcn as number))
      expect(cell.fcMhz).toBeGreaterThanOrEqual(3450)
      expect(cell.fcMhz).toBeLessThanOrEqual(3600)
      expect([cell.bandwidthMhz, cell.scsKhz, cell.tddPattern, cell.txPowerDbm]).toEqual([100, 30, 'DDDSU', 49])
      expect([cell.hBeamwidthDeg, cell.vBeamwidthDeg]).toEqual([65, 10])
    }
  })

  it('uses heights of 25–45 m, mechanical tilt 0–4°, electrical tilt 2–8° and sectors about 120° apart', () => {
    for (const cell of network.cells) {
      expect(cell.heightM).toBeGreaterThanOrEqual(25)
      expect(cell.heightM).toBeLessThanOrEqual(45)
      expect(cell.mechanicalTiltDeg).toBeGreaterThanOrEqual(0)
      expect(cell.mechanicalTiltDeg).toBeLessThanOrEqual(4)
      expect(cell.electricalTiltDeg).toBeGreaterThanOrEqual(2)
      expect(cell.electricalTiltDeg).toBeLessThanOrEqual(8)
      expect(cell.azimuthDeg).toBeGreaterThanOrEqual(0)
      expect(cell.azimuthDeg).toBeLessThan(360)
    }
    for (let i = 0; i < network.cells.length; i += 3) {
      const [a, b] = [network.cells[i]?.azimuthDeg ?? 0, network.cells[i + 1]?.azimuthDeg ?? 0]
      const gapDeg = (((b - a) % 360) + 360) % 360
      expect(gapDeg).toBeGreaterThanOrEqual(110)
      expect(gapDeg).toBeLessThanOrEqual(130)
    }
  })

  it('gives every cell 8 SSB beams pointing at its electrical tilt', () => {
    for (const cell of network.cells) {
      expect(cell.beams).toHaveLength(8)
      for (const beam of cell.beams) expect(beam.elevationDeg).toBe(-cell.electricalTiltDeg)
    }
  })
})

describe('generateDemoNetwork: drive test', () => {
  const points = network.samples.map((s) => [s.lon, s.lat, 0] as [number, number, number])

  it('logs a few thousand samples once a second at 1.5 m above ground', () => {
    expect(network.samples.length).toBeGreaterThan(1500)
    expect(network.samples.length).toBeLessThan(4000)
    network.samples.forEach((sample, i) => {
      if (i > 0) expect(sample.timeMs).toBe((network.samples[i - 1]?.timeMs ?? 0) + 1000)
      expect(sample.altitudeM).toBe(1.5)
      expect(sample.altitudeRef).toBe('AGL')
    })
  })

  it('drives a closed loop of 12–20 km inside the box at no more than 12 m/s', () => {
    const lengthM = routeLengthM(points)
    expect(lengthM).toBeGreaterThan(12_000)
    expect(lengthM).toBeLessThan(20_000)
    const [first, last] = [points[0] as [number, number, number], points[points.length - 1] as [number, number, number]]
    expect(haversineDistanceM(first[0], first[1], last[0], last[1])).toBeLessThan(1)
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1] as [number, number, number], points[i] as [number, number, number]]
      expect(haversineDistanceM(a[0], a[1], b[0], b[1])).toBeLessThan(12.1)
    }
    for (const point of points) expect(onLandInBounds(point)).toBe(true)
  })

  it('names a serving cell of the network for every sample, with its PCI', () => {
    const pciByName = new Map(network.cells.map((c) => [c.name, c.pci]))
    for (const sample of network.samples) {
      expect(sample.cellName).not.toBeNull()
      expect(sample.pci).toBe(pciByName.get(sample.cellName ?? ''))
    }
    expect(new Set(network.samples.map((s) => s.cellName)).size).toBeGreaterThan(20)
  })

  it('has RSRP mostly within −120…−60 dBm with a median of −100…−75 dBm', () => {
    const rsrp = sorted(values('rsrpDbm'))
    expect(rsrp.length).toBe(network.samples.length)
    expect(rsrp.filter((v) => v >= -120 && v <= -60).length / rsrp.length).toBeGreaterThan(0.8)
    expect(percentile(rsrp, 0.5)).toBeGreaterThan(-100)
    expect(percentile(rsrp, 0.5)).toBeLessThan(-75)
    expect(rsrp[0]).toBeGreaterThanOrEqual(-156)
    expect(rsrp[rsrp.length - 1]).toBeLessThanOrEqual(-31)
  })

  it('has SINR within the reporting range, median 0–20 dB, and RSRQ within −43…−10.7 dB', () => {
    const sinr = sorted(values('sinrDb'))
    expect(sinr[0]).toBeGreaterThanOrEqual(-23)
    expect(sinr[sinr.length - 1]).toBeLessThanOrEqual(40)
    expect(percentile(sinr, 0.05)).toBeGreaterThan(-10)
    expect(percentile(sinr, 0.5)).toBeGreaterThan(0)
    expect(percentile(sinr, 0.5)).toBeLessThan(20)
    for (const rsrq of values('rsrqDb')) {
      expect(rsrq).toBeGreaterThanOrEqual(-43)
      expect(rsrq).toBeLessThanOrEqual(-10.7)
    }
  })

  it('reports CQI 0–15 and throughput that is positive at high SINR and within the carrier peaks', () => {
    for (const sample of network.samples) {
      expect(Number.isInteger(sample.cqi)).toBe(true)
      expect(sample.cqi).toBeGreaterThanOrEqual(0)
      expect(sample.cqi).toBeLessThanOrEqual(15)
      expect(sample.dlMbps).toBeLessThanOrEqual(1736.2)
      expect(sample.ulMbps).toBeLessThanOrEqual(107.2)
      if ((sample.sinrDb ?? -Infinity) >= 10) {
        expect(sample.dlMbps).toBeGreaterThan(100)
        expect(sample.ulMbps).toBeGreaterThan(0)
        expect(sample.cqi).toBeGreaterThanOrEqual(8)
      }
    }
  })
})

describe('generateDemoNetwork: drone routes and task area', () => {
  it('has "Drone patrol 60 m" and "Drone patrol 120 m" at exactly those heights above ground', () => {
    expect(network.routes.map((r) => r.name)).toEqual(['Drone patrol 60 m', 'Drone patrol 120 m'])
    for (const [route, altitudeM] of [[network.routes[0], 60], [network.routes[1], 120]] as const) {
      expect(route?.altitudeRef).toBe('AGL')
      for (const point of route?.points ?? []) expect(point[2]).toBe(altitudeM)
    }
  })

  it('makes each route 8–20 vertices and 3–8 km long, inside the box and crossing the network', () => {
    for (const route of network.routes) {
      expect(route.points.length).toBeGreaterThanOrEqual(8)
      expect(route.points.length).toBeLessThanOrEqual(20)
      const lengthM = routeLengthM(route.points)
      expect(lengthM).toBeGreaterThan(3000)
      expect(lengthM).toBeLessThan(8000)
      for (const point of route.points) expect(onLandInBounds(point)).toBe(true)
      const sitesNear = network.sites.filter((s) => route.points.some(([lon, lat]) => haversineDistanceM(s.lon, s.lat, lon, lat) < 600))
      expect(sitesNear.length).toBeGreaterThanOrEqual(5)
    }
  })

  it('has "Task area A": a closed ring of 5–12 vertices, 1–3 km², flown 30–150 m above ground', () => {
    const [area] = network.areas
    expect(network.areas).toHaveLength(1)
    expect(area?.name).toBe('Task area A')
    expect([area?.altitudeRef, area?.minAltitudeM, area?.maxAltitudeM]).toEqual(['AGL', 30, 150])
    const ring = area?.ring ?? []
    expect(ring[0]).toEqual(ring[ring.length - 1])
    expect(ring.length - 1).toBeGreaterThanOrEqual(5)
    expect(ring.length - 1).toBeLessThanOrEqual(12)
    const areaKm2 = areaM2(ring) / 1e6
    expect(areaKm2).toBeGreaterThan(1)
    expect(areaKm2).toBeLessThan(3)
    for (const point of ring) expect(onLandInBounds(point)).toBe(true)
  })
})
