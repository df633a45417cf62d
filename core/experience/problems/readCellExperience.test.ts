import { rmSync } from 'node:fs'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { insertImport } from '../../db/importsTable.js'
import { createKpiWriter, createKqiWriter } from '../../db/kpiKqiTables.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { createImportHarness, testNow } from '../../ingest/testing/importHarness.js'
import { classifyKpiCounter, readKpiDegradations } from './readCellExperience.js'
import { topProblems } from './topProblems.js'

const harness = createImportHarness('certus-experience-read-')
afterEach(() => harness.closeProjects())
afterAll(() => rmSync(harness.dir, { recursive: true, force: true }))

const t0 = Date.UTC(2026, 10, 1)

/** A project with a KPI series per cell (a BLER step on C1 at minute 150) and RTT / page-load KQIs per cell. */
function projectWithKpiAndKqi(): ProjectDb {
  const db = harness.project()
  const kpiImport = insertImport(db, { fileName: 'kpi.csv', sha256: 'a'.repeat(64), kind: 'kpi', rows: 0, rejected: 0, importedAt: testNow })
  const kqiImport = insertImport(db, { fileName: 'kqi.csv', sha256: 'b'.repeat(64), kind: 'kqi', rows: 0, rejected: 0, importedAt: testNow })
  const kpi = createKpiWriter(db, kpiImport)
  const kqi = createKqiWriter(db, kqiImport)
  db.transaction(() => {
    for (let i = 0; i < 300; i++) {
      const wiggle = ((i * 7919) % 13) / 13 - 0.5 // deterministic noise in −0.5…0.5
      kpi.write({ cell: 'C1', timeMs: t0 + i * 60_000, counter: 'dlBlerPct', unit: '%', value: 5 + wiggle + (i >= 150 ? 10 : 0) })
      kpi.write({ cell: 'C2', timeMs: t0 + i * 60_000, counter: 'dlBlerPct', unit: '%', value: 5 + wiggle })
    }
    for (let i = 0; i < 50; i++) {
      const base = { seq: i, app: 'ping', unit: 'ms', context: { device: 'P7' } }
      // C1: slow throughput during the BLER step, with fine RTT. C2: RTT far above 100 ms.
      kqi({ ...base, timeMs: t0 + (160 + i) * 60_000, kqi: 'throughputMbps', value: 2, unit: 'Mbit/s', cell: 'C1' })
      kqi({ ...base, timeMs: t0 + i * 60_000, kqi: 'rttMs', value: 20, cell: 'C1' })
      kqi({ ...base, timeMs: t0 + i * 60_000, kqi: 'rttMs', value: 250, cell: 'C2' })
      kqi({ ...base, timeMs: t0 + i * 60_000, kqi: 'pageLoadTimeS', value: 8, unit: 's', cell: 'C3' })
      kqi({ ...base, timeMs: t0 + i * 60_000, kqi: 'throughputMbps', value: 3, unit: 'Mbit/s', cell: 'C3' })
    }
  })()
  return db
}

describe('reading a cell\'s experience evidence from the project', () => {
  it('classifies KPI counters: BLER and RTT get worse upwards, rates downwards; RTT is transport, UPF core', () => {
    expect(classifyKpiCounter('dlBlerPct')).toEqual({ worse: 'higher', domain: 'radio' })
    expect(classifyKpiCounter('cellThroughputMbps')).toEqual({ worse: 'lower', domain: 'radio' })
    expect(classifyKpiCounter('backhaulRttMs')).toEqual({ worse: 'higher', domain: 'transport' })
    expect(classifyKpiCounter('upfLatencyMs')).toEqual({ worse: 'higher', domain: 'core' })
  })

  it('dates the BLER step of C1 from 1 minute before to 4 after it (the CUSUM run may start on a noisy point), and finds nothing on the steady C2', () => {
    const degradations = readKpiDegradations(projectWithKpiAndKqi())
    expect(degradations.get('C2')).toBeUndefined()
    const [step] = degradations.get('C1')!
    expect(step!.counter).toBe('dlBlerPct')
    expect(step!.startTimeMs).toBeGreaterThanOrEqual(t0 + 149 * 60_000)
    expect(step!.startTimeMs).toBeLessThanOrEqual(t0 + 154 * 60_000)
    expect(step!.baselineMedian).toBeCloseTo(5, 0)
  })

  it('demarcates KQI problems: radio KPI for C1, transport for C2 (high RTT), server for C3 (slow pages)', () => {
    const result = topProblems(projectWithKpiAndKqi(), { priority: 'latency' })
    expect(result.rankings.latency[0]).toBe('C2')
    const byCell = new Map(result.problems.map((p) => [p.cell, p]))
    expect(byCell.get('C2')!.causes.map((c) => c.domain)).toEqual(['transport'])
    expect(byCell.get('C1')!.causes.map((c) => c.domain)).toEqual(['radio'])
    expect(byCell.get('C1')!.causes[0]!.evidence[0]).toMatch(/^50 of 50 during a degradation of KPI dlBlerPct/)
    expect(byCell.get('C3')!.causes.map((c) => c.domain)).toEqual(['server'])
  })
})
