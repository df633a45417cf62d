import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { importFile, type FileImportOutcome } from '../../core/ingest/importFile.js'
import type { ImportOptions } from '../../core/ingest/importer.js'
import { realDataPath } from '../fixtures/realData.js'

/**
 * A large sample file is parsed in a worker thread while the import's thread writes
 * (core/ingest/parallel). It must store exactly what the single-threaded import stores, so each case
 * imports the same file both ways, into two projects, and compares every stored row.
 */
const now = new Date('2026-11-30T00:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'certus-parallel-'))
const opened: ProjectDb[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function importBothWays(file: string, options: ImportOptions = {}): Promise<{ serial: FileImportOutcome; parallel: FileImportOutcome; dbs: [ProjectDb, ProjectDb] }> {
  const open = (): ProjectDb => {
    const db = openProjectDb(join(mkdtempSync(join(dir, 'p-')), 'p.certus'))
    opened.push(db)
    return db
  }
  const a = open()
  const b = open()
  // An earlier import first, so that ids do not start at 1 and blocks straddle the id grid.
  await importFile(a, realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Download', 'Driving', 'B_2019.12.14_10.16.30.csv'), {}, { now, parallel: false })
  await importFile(b, realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Download', 'Driving', 'B_2019.12.14_10.16.30.csv'), {}, { now, parallel: false })
  const serial = await importFile(a, file, options, { now, parallel: false })
  const parallel = await importFile(b, file, options, { now, parallel: true })
  return { serial, parallel, dbs: [a, b] }
}

const dump = (db: ProjectDb): unknown[] => [
  db.prepare('SELECT * FROM samples ORDER BY id').raw().all(),
  db.prepare('SELECT * FROM neighbour_measurements ORDER BY sample_id, rank').raw().all(),
  db.prepare('SELECT * FROM samples_rtree ORDER BY id').raw().all(),
  db.prepare('SELECT id, kind, format, rows, rejected, errors_json, warnings_json, first_sample_id, last_sample_id FROM imports ORDER BY id').raw().all(),
]

describe('parsing in a worker thread', () => {
  it('stores a real Nemo flight (samples spread over rows, neighbours) exactly as the single-threaded import', async () => {
    const { serial, parallel, dbs } = await importBothWays(realDataPath('uav-lte-a2g-nemo', 'Measured Data', '60m.csv'))
    expect(serial.status).toBe('imported')
    expect(parallel).toEqual(serial)
    expect(dbs[0].prepare('SELECT count(*) FROM neighbour_measurements').pluck().get()).toBeGreaterThan(1000)
    expect(dump(dbs[1])).toEqual(dump(dbs[0]))
  })

  it('stores a real G-NetTrack trace exactly as the single-threaded import', async () => {
    const { serial, parallel, dbs } = await importBothWays(realDataPath('ucc-5g-gnettrack', '5G-production-dataset', 'Netflix', 'Driving', 'animated-RickandMorty', 'B_2019.11.20_16.55.16.csv'))
    expect(serial.status).toBe('imported')
    expect(parallel).toEqual(serial)
    expect(dump(dbs[1])).toEqual(dump(dbs[0]))
  })

  it('rejects the same rows of a generic file, with line and field, and stores the same samples', async () => {
    const path = join(dir, 'generic.csv')
    const lines = ['time;lon;lat;RSRP;SINR;小区;DL_Mbps']
    for (let i = 0; i < 30_000; i++) {
      const bad = i % 997 === 5 ? 'abc' : (-80 - (i % 40) + 0.5).toFixed(1).replace('.', ',')
      lines.push(`2026-11-30 10:${String(Math.floor(i / 600) % 60).padStart(2, '0')}:${String(Math.floor(i / 10) % 60).padStart(2, '0')};114,${String(100000 + i)};22,5${i % 10};${bad};${i % 30};4600${i % 7};${i % 13 === 0 ? '' : (i % 500) / 10}`)
    }
    writeFileSync(path, `${lines.join('\r\n')}\r\n`)
    const { serial, parallel, dbs } = await importBothWays(path)
    expect(serial).toMatchObject({ status: 'imported', rows: 30_000 - 31, rejected: 31 })
    expect(serial.errors[0]).toEqual({ line: 7, field: 'RSRP', message: 'not a number: "abc"' })
    expect(parallel).toEqual(serial)
    expect(dump(dbs[1])).toEqual(dump(dbs[0]))
  })

  it('refuses a file over the rejection threshold, or one the importer refuses, with the same message and nothing stored', async () => {
    const path = join(dir, 'mostly-bad.csv')
    writeFileSync(path, `lon,lat,rsrp\n${Array.from({ length: 5000 }, (_, i) => (i % 5 === 0 ? '114.1,22.5,-80' : '114.1,22.5,bad')).join('\n')}\n`)
    const tooBad = await importBothWays(path)
    expect(tooBad.serial).toMatchObject({ status: 'refused', message: expect.stringContaining('4000 of 5000 rows rejected') })
    expect(tooBad.parallel).toEqual(tooBad.serial)

    const unmapped = await importBothWays(path, { kind: 'drivetest', mapping: { kind: 'drivetest', columns: { lon: 'Längengrad' } } })
    expect(unmapped.serial).toMatchObject({ status: 'refused', message: expect.stringContaining('the mapping\'s column "Längengrad"') })
    expect(unmapped.parallel).toEqual(unmapped.serial)
    for (const db of unmapped.dbs) expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(1)
  })

  it('stops when cancelled, terminates the worker and leaves the project as it was', async () => {
    const path = join(dir, 'long.csv')
    writeFileSync(path, `lon,lat,rsrp\n${Array.from({ length: 200_000 }, (_, i) => `114.${i},22.5,-80`).join('\n')}\n`)
    const db = openProjectDb(join(mkdtempSync(join(dir, 'p-')), 'p.certus'))
    opened.push(db)
    const controller = new AbortController()
    const run = importFile(db, path, {}, { now, parallel: true, signal: controller.signal, onProgress: (done) => (done > 0 ? controller.abort() : undefined) })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(db.prepare('SELECT (SELECT count(*) FROM samples) + (SELECT count(*) FROM imports)').pluck().get()).toBe(0)
    expect(db.inTransaction).toBe(false)
  })
})
