import { rmSync } from 'node:fs'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { experienceTopResultSchema } from '../../api/schemas/experienceSchemas.js'
import { insertImport } from '../../db/importsTable.js'
import { createKqiWriter } from '../../db/kpiKqiTables.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { createSampleWriter } from '../../db/samplesTable.js'
import { createImportHarness, testNow } from '../../ingest/testing/importHarness.js'
import { cellSeriesWorse, readCellDegradations } from './readCellDegradations.js'
import { chineseLineFaults } from './testing/bilingualLines.js'
import { topProblems } from './topProblems.js'

const harness = createImportHarness('certus-experience-cell-drops-')
afterEach(() => harness.closeProjects())
afterAll(() => rmSync(harness.dir, { recursive: true, force: true }))

const t0 = Date.UTC(2026, 10, 1)
const second = 1000
const weeks8 = 8 * 7 * 24 * 3600 * second
/** Deterministic noise in −0.5…0.5. */
const wiggle = (i: number): number => ((i * 7919) % 13) / 13 - 0.5

/**
 * Cell A: 600 drive-test samples once a second, 20 Mbit/s until second 300, then 5 Mbit/s, good
 * radio throughout. Cell B: 600 samples at 20 Mbit/s, steady. Cell K: no samples, an RTT KQI once a
 * second, 30 ms until second 250, then 150 ms. Cell V: two visits eight weeks apart, 20 Mbit/s for
 * 200 s then 5 Mbit/s for 50 s, and 100 s at 5 Mbit/s on the second visit.
 */
function projectWithCellDrops(): ProjectDb {
  const db = harness.project()
  const importId = insertImport(db, { fileName: 'drive.csv', sha256: 'd'.repeat(64), kind: 'drivetest', rows: 1550, rejected: 0, importedAt: testNow })
  db.transaction(() => {
    const write = createSampleWriter(db, importId)
    const kqi = createKqiWriter(db, importId)
    const radio = { altitudeM: 1.5, altitudeRef: 'AGL' as const, cellId: null, pci: null, rsrpDbm: -80, rsrqDb: -10, sinrDb: 15, cqi: 12, ulMbps: null, lon: -8.39, lat: 51.93 }
    for (let i = 0; i < 600; i++) {
      write({ ...radio, timeMs: t0 + i * second, dlMbps: (i < 300 ? 20 : 5) + 2 * wiggle(i), cellIdentity: 'A' })
      write({ ...radio, timeMs: t0 + i * second + 500, dlMbps: 20 + 2 * wiggle(i + 3), cellIdentity: 'B' })
    }
    for (let i = 0; i < 400; i++) {
      kqi({ timeMs: t0 + i * second, seq: null, app: 'ping', kqi: 'rttMs', value: (i < 250 ? 30 : 150) + 4 * wiggle(i), unit: 'ms', cell: 'K', context: {} })
    }
    for (let i = 0; i < 250; i++) write({ ...radio, timeMs: t0 + i * second, dlMbps: (i < 200 ? 20 : 5) + 2 * wiggle(i), cellIdentity: 'V' })
    for (let i = 0; i < 100; i++) write({ ...radio, timeMs: t0 + weeks8 + i * second, dlMbps: 5 + 2 * wiggle(i), cellIdentity: 'V' })
    write.flush()
  })()
  return db
}

describe('readCellDegradations: change detection on each reported cell\'s own DL rate and timed KQIs', () => {
  it('finds the drop of cell A\'s DL rate at second 300 within 4 s, and none on the steady cell B', () => {
    const drops = readCellDegradations(projectWithCellDrops(), new Set(['A', 'B']))
    expect(drops.get('B')).toEqual([])
    const [drop, ...rest] = drops.get('A')!
    expect(rest).toEqual([])
    expect(drop).toMatchObject({ metric: 'dlMbps', worse: 'lower', endTimeMs: t0 + 599 * second + 999 })
    expect(Math.abs(drop!.startTimeMs - (t0 + 300 * second))).toBeLessThanOrEqual(4 * second)
    expect(Math.abs(drop!.baselineMedian - 20)).toBeLessThan(0.5)
    expect(drop!.worstZ).toBeGreaterThan(4)
  })

  it('finds the rise of cell K\'s RTT KQI at second 250 within 4 s: RTT is worse when higher', () => {
    const [rise, ...rest] = readCellDegradations(projectWithCellDrops(), new Set(['K'])).get('K')!
    expect(rest).toEqual([])
    expect(rise).toMatchObject({ metric: 'rttMs', worse: 'higher', endTimeMs: t0 + 399 * second + 999 })
    expect(Math.abs(rise!.startTimeMs - (t0 + 250 * second))).toBeLessThanOrEqual(4 * second)
    expect(Math.abs(rise!.baselineMedian - 30)).toBeLessThan(1)
    expect(rise!.worstZ).toBeGreaterThan(4)
  })

  it('cuts a drop that spans two visits eight weeks apart into one period per visit', () => {
    const periods = readCellDegradations(projectWithCellDrops(), new Set(['V'])).get('V')!
    expect(periods).toHaveLength(2)
    const [first, second_] = periods
    expect(Math.abs(first!.startTimeMs - (t0 + 200 * second))).toBeLessThanOrEqual(4 * second)
    expect(first!.endTimeMs).toBe(t0 + 249 * second + 999)
    expect(second_!.startTimeMs).toBe(t0 + weeks8)
    expect(second_!.endTimeMs).toBe(t0 + weeks8 + 99 * second + 999)
    // One period of the detector, cut at the gap: both pieces keep its baseline and worst z.
    expect(second_!.baselineMedian).toBe(first!.baselineMedian)
    expect(second_!.worstZ).toBe(first!.worstZ)
  })

  it('reads only the wanted cells, and refuses a bad bucket or gap, naming the option', () => {
    const db = projectWithCellDrops()
    expect([...readCellDegradations(db, new Set(['A'])).keys()]).toEqual(['A'])
    expect(readCellDegradations(db, new Set()).size).toBe(0)
    expect(() => readCellDegradations(db, new Set(['A']), { bucketMs: 0 })).toThrow('cellDegradation.bucketMs must be a positive number of milliseconds, not 0')
    expect(() => readCellDegradations(db, new Set(['A']), { maxGapMs: 500 })).toThrow('cellDegradation.maxGapMs must be at least the bucket (1000 ms), not 500')
  })

  it('judges each series\' direction as the KQI models do: rates and scores lower, times, delays and losses higher', () => {
    expect(['dlMbps', 'throughputMbps', 'ulMbps', 'videoMos'].map(cellSeriesWorse)).toEqual(['lower', 'lower', 'lower', 'lower'])
    expect(['rttMs', 'pageLoadTimeS', 'downloadTimeS', 'packetLossPct', 'jitterMs'].map(cellSeriesWorse)).toEqual(['higher', 'higher', 'higher', 'higher', 'higher'])
  })
})

describe('topProblems: each reported cell carries its own drops, and its evidence counts the records in them', () => {
  it('lists cell A\'s DL-rate drop and says, in English and Chinese, how many affected samples fall in it', () => {
    const result = topProblems(projectWithCellDrops(), { scope: 'cells' })
    expect(experienceTopResultSchema.parse(result)).toBeTruthy()
    const a = result.problems.find((p) => p.cell === 'A')!
    expect(a.degradations).toHaveLength(1)
    const [drop] = a.degradations
    // Good radio and no other evidence: every affected sample stays unknown, the drop only explains when.
    expect(a.causes.map((c) => c.domain)).toEqual(['unknown'])
    const [unknown] = a.causes
    const inDrop = Array.from({ length: 300 }, (_, i) => t0 + (300 + i) * second).filter((t) => t >= drop!.startTimeMs && t <= drop!.endTimeMs).length
    const period = `from ${new Date(drop!.startTimeMs).toISOString()} to ${new Date(drop!.endTimeMs).toISOString()}`
    const line = unknown!.evidence.find((e) => e.includes("during a drop of the cell's DL rate"))!
    expect(line).toMatch(new RegExp(`^${inDrop} of 300 during a drop of the cell's DL rate \\(median before (19\\.9|20\\.0)\\d Mbit/s, worst z [\\d.]+\\) ${period}$`))
    const zh = unknown!.evidenceZh[unknown!.evidence.indexOf(line)]!
    expect(zh).toMatch(new RegExp(`^${inDrop}/300 条记录处于本小区下行速率下降期间（下降前中位数 (19\\.9|20\\.0)\\d Mbit/s，最差 z 值 [\\d.]+），时段 `))
    for (const c of result.problems.flatMap((p) => p.causes)) expect(chineseLineFaults(c.evidence, c.evidenceZh)).toEqual([])
    expect(result.problems.find((p) => p.cell === 'B')).toBeUndefined() // never below the rate threshold
  })

  it('lists cell K\'s RTT rise under latency-first, and names it a rise in its evidence', () => {
    const k = topProblems(projectWithCellDrops(), { scope: 'cells', priority: 'latency' }).problems.find((p) => p.cell === 'K')!
    expect(k.degradations.map((d) => [d.metric, d.worse])).toEqual([['rttMs', 'higher']])
    const lines = k.causes.flatMap((c) => c.evidence).filter((e) => e.includes("during a rise of the cell's KQI rttMs (median before"))
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((e) => / ms, worst z [\d.]+\) from /.test(e))).toBe(true)
  })

  it('reports no cell drops, and reads no cell series, for scope \'areas\'', () => {
    expect(topProblems(projectWithCellDrops(), { scope: 'areas' }).problems).toEqual([])
  })
})
