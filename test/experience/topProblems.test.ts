import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { realDataPath } from '../fixtures/realData.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { createDemoProjectFile } from '../../core/host/createDemoProjectFile.js'
import { createImportHarness } from '../../core/ingest/testing/importHarness.js'
import { median } from '../../core/experience/problems/trailingBaseline.js'
import { topProblems, type TopProblemsResult } from '../../core/experience/problems/topProblems.js'

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
  for (let i = 1; i < result.problems.length; i++) expect(result.problems[i]!.impact).toBeLessThanOrEqual(result.problems[i - 1]!.impact)
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

  it('refuses a bad priority, limit or threshold, naming it', () => {
    expect(() => topProblems(db, { priority: 'speed' as never })).toThrow('priority must be one of rate, stall, latency, not "speed"')
    expect(() => topProblems(db, { limit: 0 })).toThrow('limit must be a whole number ≥ 1, not 0')
    expect(() => topProblems(db, { thresholds: { rateThresholdMbps: -1 } })).toThrow('rateThresholdMbps must be a positive number, not -1')
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

  it('finds no rate problem at the default 10 Mbit/s when every demo sample is above it', () => {
    const slowest = db.prepare('SELECT min(dl_mbps) FROM samples WHERE cell_id IS NOT NULL').pluck().get() as number
    if (slowest >= 10) expect(topProblems(db).problems).toEqual([])
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
})
