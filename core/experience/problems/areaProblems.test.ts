import { rmSync } from 'node:fs'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { experienceTopResultSchema } from '../../api/schemas/experienceSchemas.js'
import { insertArea } from '../../db/geometryTables.js'
import { insertImport } from '../../db/importsTable.js'
import { createKpiWriter } from '../../db/kpiKqiTables.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { createSampleWriter } from '../../db/samplesTable.js'
import { createImportHarness, testNow } from '../../ingest/testing/importHarness.js'
import { encodeGeohash, geohashBounds } from '../../geo/geohash.js'
import { topProblems } from './topProblems.js'

const harness = createImportHarness('certus-experience-areas-')
afterEach(() => harness.closeProjects())
afterAll(() => rmSync(harness.dir, { recursive: true, force: true }))

const t0 = Date.UTC(2026, 10, 1)
const second = 1000
/** Deterministic noise in −0.5…0.5. */
const wiggle = (i: number): number => ((i * 7919) % 13) / 13 - 0.5
/** The street: the centre of a geohash-6 square in Cork. */
const street = geohashBounds(encodeGeohash(51.93, -8.39, 6))
const streetLon = (street.minLon + street.maxLon) / 2
const streetLat = (street.minLat + street.maxLat) / 2
const streetHash = encodeGeohash(streetLat, streetLon, 6)

/**
 * A drive of 600 samples once a second on the street, cycling through cells A, B and C: 20 Mbit/s
 * until second 300, then 5 Mbit/s on all three (an area-wide drop), good radio throughout; cell A's
 * BLER steps up at second 300 too. Then 200 samples at 8 Mbit/s from cell D in task area 'Depot',
 * 0.05° east, steady.
 */
function projectWithAreaDrop(): ProjectDb {
  const db = harness.project()
  const importId = insertImport(db, { fileName: 'drive.csv', sha256: 'c'.repeat(64), kind: 'drivetest', rows: 800, rejected: 0, importedAt: testNow })
  const depotLon = streetLon + 0.05
  insertArea(db, importId, { name: 'Depot', altitudeRef: 'AGL', minAltitudeM: 0, maxAltitudeM: 100, ring: [[depotLon - 0.002, streetLat - 0.001], [depotLon + 0.002, streetLat - 0.001], [depotLon + 0.002, streetLat + 0.001], [depotLon - 0.002, streetLat + 0.001], [depotLon - 0.002, streetLat - 0.001]] })
  db.transaction(() => {
    const write = createSampleWriter(db, importId)
    const kpi = createKpiWriter(db, importId)
    const radio = { altitudeM: 1.5, altitudeRef: 'AGL' as const, cellId: null, pci: null, rsrpDbm: -80, rsrqDb: -10, sinrDb: 15, cqi: 12, ulMbps: null }
    for (let i = 0; i < 600; i++) {
      const dlMbps = (i < 300 ? 20 : 5) + 2 * wiggle(i)
      write({ ...radio, timeMs: t0 + i * second, lon: streetLon + 1e-4 * wiggle(i), lat: streetLat + 1e-4 * wiggle(i + 5), dlMbps, cellIdentity: ['A', 'B', 'C'][i % 3] })
      kpi.write({ cell: 'A', timeMs: t0 + i * second, counter: 'dlBlerPct', unit: '%', value: 5 + wiggle(i) + (i >= 300 ? 10 : 0) })
    }
    for (let i = 0; i < 200; i++) {
      write({ ...radio, timeMs: t0 + (600 + i) * second, lon: depotLon + 1e-4 * wiggle(i), lat: streetLat, dlMbps: 8 + wiggle(i), cellIdentity: 'D' })
    }
    write.flush()
  })()
  return db
}

describe('topProblems over areas (task areas, else geohash-6 squares), with change detection per area', () => {
  it('ranks the street square above the depot task area by impact, and places each on its centre', () => {
    const result = topProblems(projectWithAreaDrop())
    expect(experienceTopResultSchema.parse(result)).toBeTruthy()
    expect(result.areaUnits).toEqual({ taskAreas: ['Depot'], geohashPrecision: 6 })
    expect(result.areaRankings.rate).toEqual([streetHash, 'Depot'])
    const [streetProblem, depot] = result.areaProblems
    expect(streetProblem).toMatchObject({ kind: 'area', area: streetHash, areaUnit: 'geohash', affected: 300 })
    expect(depot).toMatchObject({ kind: 'area', area: 'Depot', areaUnit: 'task-area', affected: 200, degradations: [] })
    expect(streetProblem!.impact).toBeGreaterThan(depot!.impact)
    expect(streetProblem!.lon).toBeCloseTo(streetLon, 12)
    expect(streetProblem!.lat).toBeCloseTo(streetLat, 12)
    const [west, south, east, north] = streetProblem!.bbox!
    expect(west >= street.minLon && east <= street.maxLon && south >= street.minLat && north <= street.maxLat).toBe(true)
    expect([...streetProblem!.cells].sort()).toEqual(['A', 'B', 'C'])
    expect(result.areasScored).toBe(2)
  })

  it('finds the street\'s drop at second 300 within 4 s, and shows it in the evidence', () => {
    const [streetProblem] = topProblems(projectWithAreaDrop()).areaProblems
    expect(streetProblem!.degradations).toHaveLength(1)
    const [drop] = streetProblem!.degradations
    expect(Math.abs(drop!.startTimeMs - (t0 + 300 * second))).toBeLessThanOrEqual(4 * second)
    expect(drop!.baselineMedian).toBeCloseTo(20, 0)
    expect(drop!.maxCellsReporting).toBe(1) // 1 s buckets, one sample a second
    const unknown = streetProblem!.causes.find((c) => c.domain === 'unknown')!
    expect(unknown.evidence.join('\n')).toMatch(/^200 of 200 during a drop of the area's DL rate \(median before (19\.9|20\.0)\d Mbit\/s, worst z [\d.]+, at most 1 cell reporting at a time\)/m)
  })

  it('medians over the cells of a bucket: 3 s buckets see the 3 cells together', () => {
    const [streetProblem] = topProblems(projectWithAreaDrop(), { areaDegradation: { bucketMs: 3000 } }).areaProblems
    expect(streetProblem!.degradations.map((d) => d.maxCellsReporting)).toEqual([3])
  })

  it('puts on radio only cell A\'s records during A\'s BLER step, and names the cell', () => {
    const [streetProblem] = topProblems(projectWithAreaDrop()).areaProblems
    const radio = streetProblem!.causes.find((c) => c.domain === 'radio')!
    expect(Math.abs(radio.share - 1 / 3)).toBeLessThan(0.03) // 100 of 300 records, badness within ±0.1 of 0.5
    expect(radio.evidence[0]).toMatch(/^100 of 100 during a degradation of KPI dlBlerPct of cell A/)
  })

  it('reports cells only, or areas only, when the scope says so', () => {
    const db = projectWithAreaDrop()
    const cells = topProblems(db, { scope: 'cells' })
    expect(cells.areaProblems).toEqual([])
    expect(cells.areaRankings).toEqual({ rate: [], stall: [], latency: [] })
    expect(cells.problems.map((p) => p.cell).sort()).toEqual(['A', 'B', 'C', 'D'])
    const areas = topProblems(db, { scope: 'areas' })
    expect(areas.problems).toEqual([])
    expect(areas.rankings).toEqual({ rate: [], stall: [], latency: [] })
    expect(areas.areaProblems).toHaveLength(2)
    expect(() => topProblems(db, { scope: 'sites' as never })).toThrow('scope must be one of cells, areas, both, not "sites"')
  })

  it('places a cell unknown to the cells table on the centroid of its samples', () => {
    const d = topProblems(projectWithAreaDrop()).problems.find((p) => p.cell === 'D')!
    expect(d.positionFrom).toBe('samples')
    expect(d.lon).toBeCloseTo(streetLon + 0.05, 4)
    expect(d.lat).toBeCloseTo(streetLat, 9)
  })
})
