import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listCells } from '../db/cellsTable.js'
import { listAreas, listRoutes } from '../db/geometryTables.js'
import { openProjectDb, type ProjectDb } from '../db/openProjectDb.js'
import { readProjectSummary } from '../db/projectSummary.js'
import { generateDemoNetwork } from './generateDemoNetwork.js'
import { writeDemoProject } from './writeDemoProject.js'

const network = generateDemoNetwork()
const now = new Date('2026-11-30T08:00:00Z')
/** Records of the 'demo' provenance row (the radio part), and records written in all (with the app KQIs and KPIs). */
const recordCount =
  network.sites.length + network.cells.length + network.samples.length + network.routes.length + network.areas.length
const totalCount = recordCount + network.kqis.length + network.kpis.length

let folder: string
let path: string
let db: ProjectDb

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'certus-demo-'))
  path = join(folder, 'demo.certus')
  db = openProjectDb(path)
})

afterEach(() => {
  db.close()
  rmSync(folder, { recursive: true, force: true })
})

const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

function expectUntouched(): void {
  expect([count('cells'), count('sites'), count('samples'), count('imports'), count('routes'), count('areas'), count('meta'), count('kqi_values'), count('kpi_values')]).toEqual([
    0, 0, 0, 0, 0, 0, 0, 0, 0,
  ])
}

describe('writeDemoProject', () => {
  it('writes everything, and the project summary counts match the network', async () => {
    await writeDemoProject(db, network, { now })
    const summary = readProjectSummary(db, path)
    expect(summary.name).toBe('Shenzhen Futian demo')
    expect([summary.sites, summary.cells, summary.samples, summary.routes, summary.areas]).toEqual([
      network.sites.length, network.cells.length, network.samples.length, 2, 1,
    ])
    expect([summary.kqiRows, summary.kpiRows]).toEqual([network.kqis.length, network.kpis.length])
    expect(summary.routeNames).toEqual(['Drone patrol 120 m', 'Drone patrol 60 m'])
    expect(summary.areaNames).toEqual(['Task area A'])
    expect(summary.bbox?.minLat).toBeGreaterThanOrEqual(22.525)
    expect(summary.bbox?.maxLon).toBeLessThanOrEqual(114.1)
  })

  it('records a provenance row of kind demo named after the seed, then one of kind kqi and one of kind kpi of format demo, each with a SHA-256 and its row count', async () => {
    await writeDemoProject(db, network, { now })
    const [record, kqi, kpi, ...others] = readProjectSummary(db, path).imports
    expect(others).toEqual([])
    expect(record).toMatchObject({ file: 'demo:20261130', kind: 'demo', rows: recordCount, rejected: 0, importedAt: now.toISOString() })
    expect(kqi).toMatchObject({ file: 'demo:20261130:app-kqis', kind: 'kqi', format: 'demo', rows: network.kqis.length, rejected: 0 })
    expect(kpi).toMatchObject({ file: 'demo:20261130:kpis', kind: 'kpi', format: 'demo', rows: network.kpis.length, rejected: 0 })
    for (const r of [record, kqi, kpi]) expect(r?.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set([record?.sha256, kqi?.sha256, kpi?.sha256]).size).toBe(3)
  })

  it('stores the app KQIs as written: cell, time, seq, app, unit and context', async () => {
    await writeDemoProject(db, network, { now })
    const first = db.prepare('SELECT time_ms AS timeMs, seq, app, kqi, value, unit, cell, context_json FROM kqi_values ORDER BY id LIMIT 1').get() as Record<string, unknown>
    const { context, ...rest } = network.kqis[0]!
    expect(first).toEqual({ ...rest, context_json: JSON.stringify(context) })
    expect(count("kpi_values WHERE cell = 'FT013_2'")).toBe(network.kpis.filter((r) => r.cell === 'FT013_2').length)
  })

  it('gives the same SHA-256 for the same network and another for another seed', async () => {
    await writeDemoProject(db, network, { now })
    const sha256 = readProjectSummary(db, path).imports[0]?.sha256
    const otherPath = join(folder, 'other.certus')
    const other = openProjectDb(otherPath)
    try {
      await writeDemoProject(other, generateDemoNetwork({ seed: 7 }), { now })
      expect(readProjectSummary(other, otherPath).imports[0]?.sha256).not.toBe(sha256)
    } finally {
      other.close()
    }
    const againPath = join(folder, 'again.certus')
    const again = openProjectDb(againPath)
    try {
      await writeDemoProject(again, generateDemoNetwork(), { now })
      expect(readProjectSummary(again, againPath).imports[0]?.sha256).toBe(sha256)
    } finally {
      again.close()
    }
  })

  it('links every sample to its serving cell and stores cells with their 8 beams, routes and the area', async () => {
    await writeDemoProject(db, network, { now })
    expect(count('samples WHERE cell_id IS NULL')).toBe(0)
    const cellOfSample = db.prepare('SELECT c.name FROM samples s JOIN cells c ON c.id = s.cell_id ORDER BY s.id').pluck().all()
    expect(cellOfSample).toEqual(network.samples.map((s) => s.cellName))
    const cells = listCells(db)
    expect(cells).toHaveLength(network.cells.length)
    for (const cell of cells) expect(cell.beams).toHaveLength(8)
    const routes = listRoutes(db)
    expect(routes.find((r) => r.name === 'Drone patrol 60 m')?.points.every((p) => p[2] === 60)).toBe(true)
    expect(listAreas(db)[0]?.ring).toEqual(network.areas[0]?.ring)
  })

  it('reports progress per phase about every 500 samples and 5000 KQI or KPI values, ending with all records done', async () => {
    const calls: [number, number, string][] = []
    await writeDemoProject(db, network, { now, onProgress: (done, total, phase) => calls.push([done, total, phase]) })
    expect(calls.every(([, total]) => total === totalCount)).toBe(true)
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b))
    expect(calls.filter(([, , phase]) => phase === 'samples').length).toBeGreaterThanOrEqual(Math.floor(network.samples.length / 500))
    expect(calls.filter(([, , phase]) => phase === 'KPIs').length).toBeGreaterThanOrEqual(Math.floor(network.kpis.length / 5000))
    expect([...new Set(calls.map(([, , phase]) => phase))]).toEqual(['network', 'samples', 'routes and areas', 'app KQIs', 'KPIs', 'done'])
    expect(calls[0]).toEqual([0, totalCount, 'network'])
    expect(calls[calls.length - 1]).toEqual([totalCount, totalCount, 'done'])
  })

  it('rolls everything back when cancelled while writing the KPIs', async () => {
    const controller = new AbortController()
    const onProgress = (_done: number, _total: number, phase: string): void => {
      if (phase === 'KPIs') controller.abort()
    }
    await expect(writeDemoProject(db, network, { now, signal: controller.signal, onProgress })).rejects.toThrow(
      expect.objectContaining({ name: 'AbortError' }),
    )
    expectUntouched()
  })

  it('refuses a project that already holds cells, and leaves it as it was', async () => {
    await writeDemoProject(db, network, { now })
    await expect(writeDemoProject(db, network, { now })).rejects.toThrow(/already holds 90 cells/)
    expect([count('cells'), count('samples'), count('imports'), count('kqi_values')]).toEqual([network.cells.length, network.samples.length, 3, network.kqis.length])
  })

  it('writes nothing when cancelled before it starts', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(writeDemoProject(db, network, { now, signal: controller.signal })).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }))
    expectUntouched()
  })

  it('rolls everything back when cancelled half-way through the samples', async () => {
    const controller = new AbortController()
    const onProgress = (done: number, _total: number, phase: string): void => {
      if (phase === 'samples' && done > 1000) controller.abort()
    }
    await expect(writeDemoProject(db, network, { now, signal: controller.signal, onProgress })).rejects.toThrow(
      expect.objectContaining({ name: 'AbortError' }),
    )
    expectUntouched()
  })

  it('refuses an invalid clock, naming the option', async () => {
    await expect(writeDemoProject(db, network, { now: new Date(Number.NaN) })).rejects.toThrow(/now/)
  })
})
