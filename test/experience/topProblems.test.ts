import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { realDataPath } from '../fixtures/realData.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { createDemoProjectFile } from '../../core/host/createDemoProjectFile.js'
import { createImportHarness } from '../../core/ingest/testing/importHarness.js'
import { median } from '../../core/experience/problems/trailingBaseline.js'
import { chineseLineFaults } from '../../core/experience/problems/testing/bilingualLines.js'
import { topProblems, type TopProblemsResult } from '../../core/experience/problems/topProblems.js'
import { methods } from '../../core/api/methods.js'
import { pointInRing } from '../../core/geo/pointInRing.js'
import { geohashBounds } from '../../core/geo/geohash.js'

const harness = createImportHarness('certus-experience-top-')
afterAll(() => rmSync(harness.dir, { recursive: true, force: true }))

const downloadDrives = ['B_2019.12.14_10.16.30.csv', 'B_2019.12.16_07.22.43.csv', 'B_2019.12.16_11.49.59.csv', 'B_2020.02.13_13.03.24.csv']

/** Checks what every result must satisfy: severities in 0–1, impact = affected × severity, shares summing to 1. */
function expectConsistent(result: TopProblemsResult): void {
  for (const p of result.problems) {
    expect(p.severity).toBeGreaterThan(0)
    expect(p.severity).toBeLessThanOrEqual(1)
    expect(Math.abs(p.impact - p.affected * p.severity)).toBeLessThan(1e-6)
    expect(Math.abs(p.causes.reduce((s, c) => s + c.share, 0) - 1)).toBeLessThan(1e-9)
    for (const c of p.causes) expect(c.evidence.length).toBeGreaterThan(0)
  }
  // Every evidence line, of cells and areas, has its Chinese line with the same numbers.
  for (const c of [...result.problems, ...result.areaProblems].flatMap((p) => p.causes)) expect(chineseLineFaults(c.evidence, c.evidenceZh)).toEqual([])
  for (let i = 1; i < result.problems.length; i++) expect(result.problems[i]!.impact).toBeLessThanOrEqual(result.problems[i - 1]!.impact)
  for (let i = 1; i < result.areaProblems.length; i++) expect(result.areaProblems[i]!.impact).toBeLessThanOrEqual(result.areaProblems[i - 1]!.impact)
  // The methods table's schema is what the API validates the result against.
  expect(() => methods['experience.top'].result.parse(result)).not.toThrow()
}

/** Half a geohash-6 square, degrees: how far a square's centre may lie beyond the samples in it. */
const halfSquareLon = 360 / 2 ** 15 / 2
const halfSquareLat = 180 / 2 ** 15 / 2

/** [west, south, east, north] of a project's samples. */
function samplesBox(db: ProjectDb): [number, number, number, number] {
  return db.prepare('SELECT min(lon), min(lat), max(lon), max(lat) FROM samples').raw().get() as [number, number, number, number]
}

describe('topProblems on real G-NetTrack drive tests (ucc-5g-gnettrack, Download/Driving, 4 drives)', () => {
  let db: ProjectDb
  beforeAll(async () => {
    db = harness.project()
    for (const file of downloadDrives) await harness.importInto(db, realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Download', 'Driving', file))
  }, 120_000)
  afterAll(() => harness.closeProjects())

  it('ranks the cells non-trivially: the top cell has far more impact than the median cell', () => {
    const all = topProblems(db, { limit: 1000 })
    expectConsistent(all)
    expect(all.problems.length).toBeGreaterThan(10)
    const impacts = all.problems.map((p) => p.impact)
    expect(impacts[0]!).toBeGreaterThan(3 * median(impacts))
    expect(all.cellsScored).toBe(db.prepare('SELECT count(DISTINCT cell_identity) FROM samples').pluck().get())
  })

  it('counts as affected exactly the samples below the rate threshold (10 Mbit/s) under rate-first', () => {
    const [top] = topProblems(db, { limit: 1 }).problems
    const below = db.prepare('SELECT count(*) FROM samples WHERE cell_identity = ? AND dl_mbps < 10').pluck().get(top!.cell)
    expect(top!.affected).toBe(below)
  })

  it('puts on radio exactly the affected samples with RSRP < −110 dBm, SINR < 0 dB or CQI < 6, and says so', () => {
    for (const problem of topProblems(db, { limit: 10 }).problems) {
      const radio = problem.causes.find((c) => c.domain === 'radio')
      const poor = db
        .prepare('SELECT count(*) FROM samples WHERE cell_identity = ? AND dl_mbps < 10 AND (rsrp_dbm < -110 OR sinr_db < 0 OR cqi < 6)')
        .pluck()
        .get(problem.cell) as number
      if (poor === 0) {
        expect(radio).toBeUndefined()
        continue
      }
      expect(radio!.evidence.join('\n')).toMatch(new RegExp(`of ${poor} (affected samples )?with (RSRP|SINR|CQI)`))
      // Radio-good affected samples, with no RTT, KPI or server data here, stay unknown rather than guessed.
      const unknown = problem.causes.find((c) => c.domain === 'unknown')
      if (poor < problem.affected) expect(unknown!.evidence[0]).toContain(`${problem.affected - poor} of ${problem.affected - poor} with good radio`)
    }
  })

  it('shows the three priorities side by side, and stall-first ranks differently from rate-first', () => {
    const result = topProblems(db, { priority: 'stall', limit: 5 })
    expect(result.priority).toBe('stall')
    expect(Object.keys(result.rankings)).toEqual(['rate', 'stall', 'latency'])
    for (const list of Object.values(result.rankings)) expect(list.length).toBe(5)
    expect(result.rankings.stall).toEqual(result.problems.map((p) => p.cell))
    expect(result.rankings.stall).not.toEqual(result.rankings.rate)
  })

  it('places every problem on the map within the drives: cells (no cells table here) on the centroid of their samples, areas on their square\'s centre', () => {
    const result = topProblems(db, { limit: 1000 })
    const [west, south, east, north] = samplesBox(db)
    for (const p of result.problems) {
      expect(p.positionFrom).toBe('samples')
      expect(Number.isFinite(p.lon) && Number.isFinite(p.lat)).toBe(true)
      expect(p.lon! >= west && p.lon! <= east && p.lat! >= south && p.lat! <= north).toBe(true)
      const centroid = db.prepare('SELECT avg(lon), avg(lat) FROM samples WHERE cell_identity = ?').raw().get(p.cell) as [number, number]
      expect(Math.abs(p.lon! - centroid[0])).toBeLessThan(1e-9)
      expect(Math.abs(p.lat! - centroid[1])).toBeLessThan(1e-9)
    }
    expect(result.areaProblems.length).toBeGreaterThan(10)
    for (const p of [...result.problems, ...result.areaProblems]) {
      const [w, s, e, n] = p.bbox!
      expect(w >= west && e <= east && s >= south && n <= north && w <= e && s <= n).toBe(true)
    }
    for (const a of result.areaProblems) {
      // A square's centre lies at most half a square beyond the samples it holds.
      expect(a.lon >= west - halfSquareLon && a.lon <= east + halfSquareLon && a.lat >= south - halfSquareLat && a.lat <= north + halfSquareLat).toBe(true)
      const [w, s, e, n] = a.bbox!
      const square = geohashBounds(a.area)
      expect(w >= square.minLon && e <= square.maxLon && s >= square.minLat && n <= square.maxLat).toBe(true)
    }
  })

  it('ranks geohash-6 areas by impact; their impacts add up to the cells\' (each sample lies in one cell and one area)', () => {
    const result = topProblems(db, { limit: 1000 })
    expectConsistent(result)
    expect(result.areaUnits).toEqual({ taskAreas: [], geohashPrecision: 6 })
    expect(result.areaRankings.rate).toEqual(result.areaProblems.map((a) => a.area))
    for (const a of result.areaProblems) expect(a.areaUnit).toBe('geohash')
    const total = (list: { impact: number }[]): number => list.reduce((sum, p) => sum + p.impact, 0)
    expect(Math.abs(total(result.areaProblems) - total(result.problems))).toBeLessThan(1e-6)
    // The worst area holds the samples of a few cells and more impact than the median area.
    const impacts = result.areaProblems.map((a) => a.impact)
    expect(impacts[0]!).toBeGreaterThan(3 * median(impacts))
  })

  it('counts as affected in the worst area exactly the samples below 10 Mbit/s inside its square, and names their cells', () => {
    const [worst] = topProblems(db, { limit: 1 }).areaProblems
    const b = geohashBounds(worst!.area)
    const inside = 'lon >= ? AND lon < ? AND lat >= ? AND lat < ? AND dl_mbps < 10'
    const args = [b.minLon, b.maxLon, b.minLat, b.maxLat]
    expect(worst!.affected).toBe(db.prepare(`SELECT count(*) FROM samples WHERE ${inside}`).pluck().get(...args))
    const cells = db.prepare(`SELECT DISTINCT cell_identity FROM samples WHERE ${inside}`).pluck().all(...args) as string[]
    expect([...worst!.cells].sort()).toEqual([...cells].sort())
  })

  it('shows in an area\'s evidence the DL-rate drops change detection finds in it', () => {
    const result = topProblems(db, { limit: 1000 })
    const dropped = result.areaProblems.filter((a) => a.degradations.length > 0)
    expect(dropped.length).toBeGreaterThan(0)
    const slowInDrop = db.prepare('SELECT count(*) FROM samples WHERE lon >= ? AND lon < ? AND lat >= ? AND lat < ? AND time_ms BETWEEN ? AND ? AND dl_mbps < 10').pluck()
    let shown = 0
    for (const a of dropped) {
      const b = geohashBounds(a.area)
      for (const d of a.degradations) {
        expect(d.metric).toBe('dlMbps')
        expect(d.endTimeMs).toBeGreaterThan(d.startTimeMs)
        // Each domain's line says how many of its records fall in the drop; together, every slow sample of the area in it.
        const period = `from ${new Date(d.startTimeMs).toISOString()} to ${new Date(d.endTimeMs).toISOString()}`
        const counted = a.causes
          .flatMap((c) => c.evidence)
          .filter((e) => e.includes("during a drop of the area's DL rate") && e.endsWith(period))
          .reduce((sum, e) => sum + Number(/^(\d+) of/.exec(e)![1]), 0)
        expect(counted).toBe(slowInDrop.get(b.minLon, b.maxLon, b.minLat, b.maxLat, d.startTimeMs, d.endTimeMs))
        shown += counted
      }
    }
    expect(shown).toBeGreaterThan(0)
  })

  it('shows in a cell\'s evidence the drops of its own DL rate, each within the drives\' time span and never across an unmeasured gap', () => {
    const result = topProblems(db, { limit: 1000 })
    const [first, last] = db.prepare('SELECT min(time_ms), max(time_ms) FROM samples').raw().get() as [number, number]
    const dropped = result.problems.filter((p) => p.degradations.length > 0)
    expect(dropped.length).toBeGreaterThan(0)
    const slowInDrop = db.prepare('SELECT count(*) FROM samples WHERE cell_identity = ? AND time_ms BETWEEN ? AND ? AND dl_mbps < 10').pluck()
    const timesInDrop = db.prepare('SELECT time_ms FROM samples WHERE cell_identity = ? AND time_ms BETWEEN ? AND ? AND dl_mbps IS NOT NULL ORDER BY time_ms').pluck()
    let shown = 0
    for (const p of dropped) {
      for (const d of p.degradations) {
        // G-NetTrack drives carry no KQIs: every series of a cell is its DL rate.
        expect([d.metric, d.worse]).toEqual(['dlMbps', 'lower'])
        // Within the data: from the start of a 1 s bucket that holds a sample to the end of one.
        expect(d.startTimeMs).toBeGreaterThanOrEqual(Math.floor(first / 1000) * 1000)
        expect(d.endTimeMs).toBeLessThanOrEqual(Math.floor(last / 1000) * 1000 + 999)
        expect(d.endTimeMs).toBeGreaterThan(d.startTimeMs)
        const times = timesInDrop.all(p.cell, d.startTimeMs, d.endTimeMs) as number[]
        expect(times.length).toBeGreaterThan(0)
        for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeLessThanOrEqual(10 * 60_000 + 1000)
        const period = `from ${new Date(d.startTimeMs).toISOString()} to ${new Date(d.endTimeMs).toISOString()}`
        const counted = p.causes
          .flatMap((c) => c.evidence)
          .filter((e) => e.includes("during a drop of the cell's DL rate") && e.endsWith(period))
          .reduce((sum, e) => sum + Number(/^(\d+) of/.exec(e)![1]), 0)
        expect(counted).toBe(slowInDrop.get(p.cell, d.startTimeMs, d.endTimeMs))
        shown += counted
      }
    }
    expect(shown).toBeGreaterThan(0)
  })

  it('refuses a bad priority, limit or threshold, naming it', () => {
    expect(() => topProblems(db, { priority: 'speed' as never })).toThrow('priority must be one of rate, stall, latency, not "speed"')
    expect(() => topProblems(db, { limit: 0 })).toThrow('limit must be a whole number ≥ 1, not 0')
    expect(() => topProblems(db, { thresholds: { rateThresholdMbps: -1 } })).toThrow('rateThresholdMbps must be a positive number, not -1')
    expect(() => topProblems(db, { geohashPrecision: 3 })).toThrow('geohashPrecision must be a whole number of characters within 4…8, not 3')
    const params = methods['experience.top'].params
    expect(params.parse({ scope: 'areas', geohashPrecision: 7, taskAreas: false })).toEqual({ scope: 'areas', geohashPrecision: 7, taskAreas: false })
    expect(params.safeParse({ scope: 'sites' }).success).toBe(false)
    expect(params.safeParse({ geohashPrecision: 9 }).success).toBe(false)
  })
})

describe('topProblems on the demo project', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certus-experience-demo-'))
  let db: ProjectDb
  beforeAll(async () => {
    const path = join(dir, 'demo.certus')
    await createDemoProjectFile(path, { now: new Date('2026-11-30T00:00:00Z') })
    db = openProjectDb(path, { mustExist: true })
  }, 120_000)
  afterAll(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('finds at the default 10 Mbit/s no drive-test sample among the problems (every sample is above it): they come from the app KQIs', () => {
    const slowest = db.prepare('SELECT min(dl_mbps) FROM samples WHERE cell_id IS NOT NULL').pluck().get() as number
    expect(slowest).toBeGreaterThanOrEqual(10)
    const result = topProblems(db)
    expectConsistent(result)
    // KQI values carry no position: problems of KQIs alone frame nothing on the map, and areas (of samples) have none.
    expect(result.problems.length).toBe(10)
    for (const p of result.problems) expect(p.bbox).toBeNull()
    expect(result.areaProblems).toEqual([])
  })

  it('with the rate threshold at the median DL rate, ranks named demo cells and blames radio where SINR is poor', () => {
    const rates = db.prepare('SELECT dl_mbps FROM samples WHERE cell_id IS NOT NULL AND dl_mbps IS NOT NULL').pluck().all() as number[]
    const result = topProblems(db, { limit: 5, thresholds: { rateThresholdMbps: median(rates) } })
    expectConsistent(result)
    expect(result.problems.length).toBe(5)
    const names = new Set(db.prepare('SELECT name FROM cells').pluck().all() as string[])
    for (const p of result.problems) expect(names.has(p.cell)).toBe(true)
    const poorSinr = db
      .prepare('SELECT count(*) FROM samples s JOIN cells c ON c.id = s.cell_id WHERE c.name = ? AND s.dl_mbps < ? AND (s.rsrp_dbm < -110 OR s.sinr_db < 0 OR s.cqi < 6)')
      .pluck()
    for (const p of result.problems) {
      const expected = poorSinr.get(p.cell, median(rates)) as number
      expect(p.causes.some((c) => c.domain === 'radio')).toBe(expected > 0)
    }
  })

  it('places every cell problem on its antenna from the cells table, and counts the samples inside the task area for it', () => {
    const rates = db.prepare('SELECT dl_mbps FROM samples WHERE dl_mbps IS NOT NULL').pluck().all() as number[]
    const result = topProblems(db, { limit: 1000, thresholds: { rateThresholdMbps: median(rates) } })
    expectConsistent(result)
    const site = db.prepare('SELECT lon, lat FROM cells WHERE name = ?').raw()
    for (const p of result.problems) {
      expect(p.positionFrom).toBe('site')
      expect([p.lon, p.lat]).toEqual(site.get(p.cell))
    }
    const [area] = db.prepare('SELECT name, ring_json FROM areas').raw().all() as [string, string][]
    expect(result.areaUnits.taskAreas).toEqual([area![0]])
    const task = result.areaProblems.find((a) => a.area === area![0])!
    expect(task.areaUnit).toBe('task-area')
    const ring = JSON.parse(area![1]) as [number, number][]
    const slowInside = (db.prepare('SELECT lon, lat FROM samples WHERE dl_mbps < ?').raw().all(median(rates)) as [number, number][]).filter(([lon, lat]) => pointInRing(lon, lat, ring))
    expect(task.affected).toBe(slowInside.length)
    // The rest of the drive falls in geohash-6 squares.
    expect(result.areaProblems.filter((a) => a.areaUnit === 'geohash').length).toBeGreaterThan(0)
  })
})
