import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { importFile } from '../../core/ingest/importFile.js'
import { realDataPath } from '../fixtures/realData.js'
import { writeGnettrackFile } from './gnettrackFiles.js'

const now = new Date('2026-11-30T00:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'certus-import-'))
let db: ProjectDb | undefined
const project = (): ProjectDb => (db = openProjectDb(join(mkdtempSync(join(dir, 'p-')), 'p.certus')))
const count = (table: string): number => db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
afterEach(() => db?.close())

const driving = realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Download', 'Driving', 'B_2019.12.14_10.16.30.csv')

describe('importing a file', () => {
  it('stores a real G-NetTrack trace with provenance, in range values and hex identities kept as text', async () => {
    const p = project()
    const outcome = await importFile(p, driving, {}, { now })
    expect(outcome).toMatchObject({ status: 'imported', kind: 'drivetest', format: 'gnettrack', rows: 1155, rejected: 0 })
    expect(outcome.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(count('samples')).toBe(1155)
    const ranges = p.prepare('SELECT min(rsrp_dbm) lo, max(rsrp_dbm) hi, min(lon) lon, max(lat) lat, count(dl_mbps) dl FROM samples').get()
    expect(ranges).toMatchObject({ lo: expect.any(Number), hi: expect.any(Number) })
    const r = ranges as { lo: number; hi: number; lon: number; lat: number }
    expect(r.lo).toBeGreaterThanOrEqual(-156)
    expect(r.hi).toBeLessThanOrEqual(-31)
    expect(r.lon).toBeCloseTo(-8.4, 0)
    expect(r.lat).toBeCloseTo(51.9, 0)
    // RAWCELLID stays the published integer text, never a float in scientific notation.
    for (const id of p.prepare('SELECT DISTINCT cell_identity FROM samples').pluck().all() as string[]) expect(id).toMatch(/^\d+$/)
    expect(p.prepare('SELECT file_name, kind, format, rows FROM imports').get()).toEqual({ file_name: driving, kind: 'drivetest', format: 'gnettrack', rows: 1155 })
    // The block R*Tree covers every sample.
    expect(p.prepare('SELECT sum(last_id - id + 1) FROM samples_rtree').pluck().get()).toBe(1155)
  })

  it('skips a file imported before, and replaces it with force', async () => {
    const p = project()
    await importFile(p, driving, {}, { now })
    const again = await importFile(p, driving, {}, { now })
    expect(again).toMatchObject({ status: 'skipped', rows: 0 })
    expect(again.message).toMatch(/already imported.*--force/)
    const forced = await importFile(p, driving, { force: true }, { now })
    expect(forced).toMatchObject({ status: 'imported', rows: 1155 })
    expect(count('samples')).toBe(1155)
    expect(count('imports')).toBe(1)
    expect(p.prepare('SELECT sum(last_id - id + 1) FROM samples_rtree').pluck().get()).toBe(1155)
  })

  it('rejects bad rows with line and field and goes on', async () => {
    const p = project()
    const path = join(dir, 'few-bad.csv')
    writeGnettrackFile(path, 100, (i) => i === 10 || i === 20)
    const outcome = await importFile(p, path, {}, { now })
    expect(outcome).toMatchObject({ status: 'imported', rows: 98, rejected: 2 })
    expect(outcome.errors).toEqual([
      { line: 12, field: 'RSRP', message: 'not a number: "strong"' },
      { line: 22, field: 'RSRP', message: 'not a number: "strong"' },
    ])
  })

  it('refuses a file whose rejected share passes the threshold, storing nothing', async () => {
    const p = project()
    const path = join(dir, 'many-bad.csv')
    writeGnettrackFile(path, 100, (i) => i % 10 === 0)
    const outcome = await importFile(p, path, {}, { now })
    expect(outcome.status).toBe('refused')
    expect(outcome.message).toBe('many-bad.csv: 10 of 100 rows rejected (10.0 %), above the 5.0 % threshold')
    expect(outcome.errorsTotal).toBe(10)
    expect([count('samples'), count('imports'), count('neighbour_measurements'), count('samples_rtree')]).toEqual([0, 0, 0, 0])
    // A higher threshold lets the same file in.
    expect((await importFile(p, path, { rejectThreshold: 0.2 }, { now })).status).toBe('imported')
  })

  it('refuses a file it cannot recognise, saying how to name its kind', async () => {
    const p = project()
    const path = join(dir, 'mystery.csv')
    writeFileSync(path, 'alpha,beta\n1,2\n')
    const outcome = await importFile(p, path, {}, { now })
    expect(outcome).toMatchObject({ status: 'refused', kind: null })
    expect(outcome.message).toMatch(/mystery\.csv: cannot tell what this file holds; pass --kind/)
  })

  it('refuses a missing file by name', async () => {
    const outcome = await importFile(project(), join(dir, 'nope.csv'), {}, { now })
    expect(outcome).toMatchObject({ status: 'refused', message: `${join(dir, 'nope.csv')}: no such file` })
  })

  it('rejects a row with the wrong number of fields', async () => {
    const p = project()
    const path = join(dir, 'short-row.csv')
    writeGnettrackFile(path, 50)
    writeFileSync(path, 'this,row,is,short\n', { flag: 'a' })
    const outcome = await importFile(p, path, {}, { now })
    expect(outcome.errors).toEqual([{ line: 52, field: '(row)', message: 'expected 26 fields, found 4' }])
  })

  it('stops when cancelled and leaves the project as it was', async () => {
    const p = project()
    const path = join(dir, 'large.csv')
    writeGnettrackFile(path, 60_000)
    const controller = new AbortController()
    const run = importFile(p, path, {}, { now, signal: controller.signal, onProgress: (done) => (done > 0 ? controller.abort() : undefined) })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect([count('samples'), count('imports')]).toEqual([0, 0])
    expect(p.inTransaction).toBe(false)
  })
})
