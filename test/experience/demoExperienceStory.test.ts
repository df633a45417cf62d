import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { methods } from '../../core/api/methods.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { demoSpec } from '../../core/demo/demoSpec.js'
import { readKqiDashboards } from '../../core/experience/dashboard/readKqiDashboards.js'
import { chineseLineFaults } from '../../core/experience/problems/testing/bilingualLines.js'
import { topProblems, type CellExperienceProblem, type TopProblemsResult } from '../../core/experience/problems/topProblems.js'
import { createDemoProjectFile } from '../../core/host/createDemoProjectFile.js'

/**
 * The demo's experience story (data/demo/README.md, "The experience story") as the Experience view
 * tells it, at the default thresholds: overloaded cells lead rate-first (radio, with their PRB
 * utilisation KPI as evidence), the congested-backhaul site leads latency-first (transport, by its
 * RTT segments), the slow content server shows as server, the buggy phone model as terminal.
 */
const { stories } = demoSpec
const dir = mkdtempSync(join(tmpdir(), 'certus-demo-story-'))
let db: ProjectDb
let siteOf: Map<string, string>

beforeAll(async () => {
  const path = join(dir, 'demo.certus')
  await createDemoProjectFile(path, { now: new Date('2026-11-30T08:00:00Z') })
  db = openProjectDb(path, { mustExist: true })
  siteOf = new Map(db.prepare('SELECT c.name, s.name FROM cells c JOIN sites s ON s.id = c.site_id').raw().all() as [string, string][])
}, 120_000)
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Shares sum to 1, evidence in both languages with the same numbers, and the API's schema accepts the result. */
function expectConsistent(result: TopProblemsResult): void {
  for (const p of result.problems) {
    expect(Math.abs(p.causes.reduce((s, c) => s + c.share, 0) - 1)).toBeLessThan(1e-9)
    for (const c of p.causes) expect(chineseLineFaults(c.evidence, c.evidenceZh)).toEqual([])
  }
  expect(() => methods['experience.top'].result.parse(result)).not.toThrow()
}

const mainCause = (p: CellExperienceProblem): CellExperienceProblem['causes'][number] => p.causes[0]!

describe('the demo project tells its experience story at the default thresholds', () => {
  it('ranks rate-first by the overloaded cells, demarcated radio by their dlPrbUtilPct degradation', () => {
    const result = topProblems(db, { scope: 'cells' })
    expectConsistent(result)
    const [top, second] = result.problems
    expect(stories.overloadedCells.cells).toContain(top!.cell)
    expect(stories.overloadedCells.cells).toContain(second!.cell)
    for (const p of [top!, second!]) {
      expect(mainCause(p)).toMatchObject({ domain: 'radio', share: 1 })
      expect(mainCause(p).evidence.some((line) => /degradation of KPI dlPrbUtilPct/.test(line))).toBe(true)
    }
  })

  it('ranks latency-first differently: the congested-backhaul site first, mostly transport, with RTT and segment evidence', () => {
    const rate = topProblems(db, { scope: 'cells' })
    const latency = topProblems(db, { priority: 'latency', scope: 'cells' })
    expectConsistent(latency)
    expect(latency.rankings.latency).toEqual(rate.rankings.latency)
    expect(latency.rankings.latency[0]).not.toBe(latency.rankings.rate[0])
    // The site's three cells lead; each is at least mostly transport.
    const leaders = latency.problems.slice(0, 3)
    expect(new Set(leaders.map((p) => siteOf.get(p.cell)))).toEqual(new Set([stories.backhaulCongestion.site]))
    for (const p of leaders) {
      const transport = p.causes.find((c) => c.domain === 'transport')!
      expect(transport.share).toBeGreaterThan(0.5)
      expect(transport.evidence.some((line) => /^cell RTT median \d+(\.\d+)? ms/.test(line))).toBe(true)
      expect(transport.evidence).toContainEqual(expect.stringMatching(/largest (RTT )?segment rttTransportMs = \d+/))
    }
  })

  it('shows the slow content server as server: radio good, RTT fine, page loads and first bytes slow', () => {
    const result = topProblems(db, { scope: 'cells', limit: 100 })
    const server = result.problems.filter((p) => mainCause(p).domain === 'server')
    expect(server.length).toBeGreaterThanOrEqual(3)
    // The best-ranked server problem ranks in the default top 10 of the Experience view.
    expect(result.problems.findIndex((p) => mainCause(p).domain === 'server')).toBeLessThan(10)
    for (const p of server) {
      expect(mainCause(p).evidence).toContainEqual(expect.stringMatching(/^radio good and RTT fine \(median \d+(\.\d+)? ms\)/))
      expect(mainCause(p).evidence).toContainEqual(expect.stringMatching(/^server-side KQI (pageLoadTimeS|ttfbMs): median/))
      expect(siteOf.get(p.cell)).not.toBe(stories.backhaulCongestion.site)
    }
  })

  it('shows the buggy phone model as terminal on its sites\' cells, and nowhere else', () => {
    const result = topProblems(db, { scope: 'cells', limit: 100 })
    const terminal = result.problems.filter((p) => mainCause(p).domain === 'terminal')
    expect(terminal.length).toBeGreaterThanOrEqual(2)
    for (const p of terminal) {
      expect(stories.deviceBug.sites).toContain(siteOf.get(p.cell))
      expect(mainCause(p).evidence[0]).toMatch(new RegExp(`^all \\d+ affected records come from device ${stories.deviceBug.device}$`))
    }
    expect(result.problems.findIndex((p) => mainCause(p).domain === 'terminal')).toBeLessThan(10)
  })

  it('keeps the drive-test samples out of it: no sample is below 10 Mbit/s, so no area has a problem and no problem a sample', () => {
    const result = topProblems(db)
    expect(result.areaProblems).toEqual([])
    for (const p of result.problems) expect(p.bbox).toBeNull()
    expect(db.prepare('SELECT count(*) FROM samples WHERE dl_mbps < 10').pluck().get()).toBe(0)
  })

  it('gives the dashboards the app KQIs: rttMs and its segments, page loads, first bytes and video throughput', () => {
    const names = readKqiDashboards(db).map((d) => d.name)
    expect(names).toEqual(expect.arrayContaining(['dlMbps', 'ulMbps', 'rttMs', 'rttTransportMs', 'pageLoadTimeS', 'ttfbMs', 'throughputMbps']))
    const [rtt] = readKqiDashboards(db, { kqi: 'rttMs' })
    // Only the congested site's pings exceed 100 ms: a few percent of all.
    expect(rtt!.badShare).toBeGreaterThan(0.01)
    expect(rtt!.badShare).toBeLessThan(0.2)
  })
})
