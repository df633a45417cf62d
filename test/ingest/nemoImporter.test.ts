import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { realDataPath } from '../fixtures/realData.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { chooseImporter } from '../../core/ingest/chooseImporter.js'
import type { ImportOptions } from '../../core/ingest/importer.js'
import { importFile } from '../../core/ingest/importFile.js'
import { probeFile } from '../../core/ingest/probeFile.js'
import { altitudeFromFileName, nemoImporter } from '../../core/ingest/importers/nemoImporter.js'

const now = new Date('2026-11-30T00:00:00Z')
const temp = mkdtempSync(join(tmpdir(), 'certus-nemo-'))
const flight = (name: string): string => realDataPath('uav-lte-a2g-nemo', 'Measured Data', name)
let db: ProjectDb | undefined
afterEach(() => db?.close())

async function importOne(path: string, options: ImportOptions = {}): Promise<{ db: ProjectDb; outcome: Awaited<ReturnType<typeof importFile>> }> {
  db = openProjectDb(join(mkdtempSync(join(temp, 'p-')), 'p.certus'))
  return { db, outcome: await importFile(db, path, options, { now }) }
}

const hhmmss = (h: number, m: number, s: number, ms = 0): number => ((h * 60 + m) * 60 + s) * 1000 + ms

/** Samples after merging rows of equal Time, neighbours stored, and serving-cell ranges, per flight (checked against an independent count). */
const flights = [
  { file: '20m.csv', altitudeM: 20, samples: 1765, neighbours: 2975, withRsrp: 1467, rsrp: [-94, -58], rsrq: [-22, -4], snr: [-14, 23], maxRank: 12 },
  { file: '40m.csv', altitudeM: 40, samples: 1639, neighbours: 4318, withRsrp: 1413, rsrp: [-94, -63], rsrq: [-20, -4], snr: [-14, 22], maxRank: 12 },
  { file: '60m.csv', altitudeM: 60, samples: 3069, neighbours: 9882, withRsrp: 2779, rsrp: [-95, -64], rsrq: [-24, -4], snr: [-17, 23], maxRank: 10 },
  { file: '80m.csv', altitudeM: 80, samples: 23, neighbours: 18, withRsrp: 20, rsrp: [-81, -71], rsrq: [-9, -4], snr: [10, 20], maxRank: 2 },
  { file: '100m.csv', altitudeM: 100, samples: 3144, neighbours: 9791, withRsrp: 2816, rsrp: [-97, -65], rsrq: [-26, -4], snr: [-17.5, 23], maxRank: 9 },
  { file: '120m.csv', altitudeM: 120, samples: 3336, neighbours: 9004, withRsrp: 2885, rsrp: [-95, -63], rsrq: [-24, -4], snr: [-15.5, 23], maxRank: 10 },
  { file: '140m-1.csv', altitudeM: 140, samples: 1702, neighbours: 4067, withRsrp: 1519, rsrp: [-93, -64], rsrq: [-24, -4], snr: [-15.5, 23], maxRank: 6 },
  { file: '150m.csv', altitudeM: 150, samples: 2958, neighbours: 7453, withRsrp: 2672, rsrp: [-95, -66], rsrq: [-25, -4], snr: [-16.5, 22], maxRank: 8 },
]

describe('Nemo importer on the UAV air-to-ground flights (real data)', () => {
  it.each(flights)('$file: $samples merged samples at $altitudeM m AGL, $neighbours neighbours, no rejected row (the footer is not data)', async (f) => {
    const { db, outcome } = await importOne(flight(f.file))
    expect(outcome).toMatchObject({ status: 'imported', format: 'nemo', kind: 'drivetest', rows: f.samples, rejected: 0, errors: [] })
    const s = db
      .prepare(
        `SELECT count(*) n, count(rsrp_dbm) withRsrp, min(rsrp_dbm) rsrpMin, max(rsrp_dbm) rsrpMax, min(rsrq_db) rsrqMin, max(rsrq_db) rsrqMax,
          min(sinr_db) snrMin, max(sinr_db) snrMax, count(sinr_db) withSnr, min(altitude_m) altMin, max(altitude_m) altMax,
          min(altitude_ref) ref, min(technology) tech, min(lat) latMin, max(lat) latMax, min(lon) lonMin, max(lon) lonMax,
          min(path_loss_db) plMin, max(path_loss_db) plMax FROM samples`,
      )
      .get() as Record<string, number | string>
    expect(s).toMatchObject({ n: f.samples, withRsrp: f.withRsrp, withSnr: f.samples, altMin: f.altitudeM, altMax: f.altitudeM, ref: 'AGL', tech: 'LTE' })
    expect([s.rsrpMin, s.rsrpMax]).toEqual(f.rsrp)
    expect([s.rsrqMin, s.rsrqMax]).toEqual(f.rsrq)
    expect([s.snrMin, s.snrMax]).toEqual(f.snr)
    // The UKM campus, Bangi, Malaysia.
    expect(s.latMin).toBeGreaterThan(2.91)
    expect(s.latMax).toBeLessThan(2.93)
    expect(s.lonMin).toBeGreaterThan(101.76)
    expect(s.lonMax).toBeLessThan(101.78)
    expect(s.plMin).toBeGreaterThanOrEqual(79)
    expect(s.plMax).toBeLessThanOrEqual(117)
    const n = db.prepare('SELECT count(*) n, max(rank) maxRank, min(rsrp_dbm) lo, max(rsrp_dbm) hi, min(pci) pciMin, max(pci) pciMax, count(path_loss_db) pl FROM neighbour_measurements').get() as Record<string, number>
    expect(n).toMatchObject({ n: f.neighbours, maxRank: f.maxRank, pl: 0 })
    expect(n.lo).toBeGreaterThanOrEqual(-111)
    expect(n.hi).toBeLessThanOrEqual(-57)
    expect(n.pciMin).toBeGreaterThanOrEqual(0)
    expect(n.pciMax).toBeLessThanOrEqual(503)
    expect(outcome.warnings).toContain(`altitude ${f.altitudeM} m AGL taken from the file name`)
    expect(outcome.warnings.some((w) => w.startsWith('Time has no date'))).toBe(true)
  })

  it('80m.csv (a truncated flight of 70 lines) merges its first fixed sample from three rows, carrying the serving cell identity', async () => {
    const { db, outcome } = await importOne(flight('80m.csv'))
    expect(outcome.warnings).toContain('1 samples before a GPS fix (no Latitude/Longitude) were skipped')
    const first = db.prepare('SELECT * FROM samples ORDER BY id LIMIT 1').get() as Record<string, unknown>
    expect(first).toMatchObject({
      time_ms: hhmmss(13, 53, 20, 951), lat: 2.922819, lon: 101.771072, pci: 110, rsrp_dbm: -75, rsrq_db: -6, rssi_dbm: -47,
      path_loss_db: 98, sinr_db: 15, cell_identity: '5885799', source_line: 6, altitude_m: 80,
    })
    const neighbours = db.prepare('SELECT rank, pci, rsrp_dbm, rsrq_db, rssi_dbm, path_loss_db FROM neighbour_measurements WHERE sample_id = ?').all(first.id)
    expect(neighbours).toEqual([{ rank: 1, pci: 364, rsrp_dbm: -91, rsrq_db: -15, rssi_dbm: -52, path_loss_db: null }])
    // Neighbour values with a leading space (`, 364`) are read.
    const two = db.prepare('SELECT n.pci FROM neighbour_measurements n JOIN samples s ON s.id = n.sample_id WHERE s.time_ms = ? ORDER BY rank').pluck().all(hhmmss(13, 53, 25, 954))
    expect(two).toEqual([173, 364])
  })

  it('140m.csv and 140m-1.csv (two flights at 140 m) both take 140 m from the file name', async () => {
    const copy = join(mkdtempSync(join(temp, 'c-')), '140m.csv')
    copyFileSync(flight('140m-1.csv'), copy)
    const { db } = await importOne(copy)
    expect(db.prepare('SELECT DISTINCT altitude_m FROM samples').pluck().all()).toEqual([140])
    expect(altitudeFromFileName('140m.csv')).toBe(140)
    expect(altitudeFromFileName('140m-1.csv')).toBe(140)
  })

  it('takes --altitude-m over the file name', async () => {
    const { db } = await importOne(flight('80m.csv'), { altitudeM: 82.5 })
    expect(db.prepare('SELECT DISTINCT altitude_m FROM samples').pluck().all()).toEqual([82.5])
  })

  it('refuses a flight whose altitude is neither given nor in the file name, telling to pass --altitude-m', async () => {
    const path = join(mkdtempSync(join(temp, 'a-')), 'flight.csv')
    copyFileSync(flight('80m.csv'), path)
    const { db, outcome } = await importOne(path)
    expect(outcome.status).toBe('refused')
    expect(outcome.message).toBe('flight.csv: the flight altitude is neither given nor in the file name (as in 120m.csv); pass --altitude-m N')
    expect(db.prepare('SELECT count(*) FROM samples').pluck().get()).toBe(0)
    db.close()
    expect((await importOne(path, { altitudeM: 45 })).outcome).toMatchObject({ status: 'imported', rows: 23 })
  })

  it('is chosen for a Nemo export by its header, and not for a G-NetTrack one', async () => {
    const probe = await probeFile(flight('20m.csv'))
    expect(nemoImporter.detect(probe)).toBe(0.95)
    expect(chooseImporter(probe, {})?.format).toBe('nemo')
    expect(nemoImporter.detect({ ...probe, header: ['Timestamp', 'Longitude', 'Latitude', 'RSRP'] })).toBe(0)
  })
})

describe('altitudeFromFileName', () => {
  it.each([
    ['20m.csv', 20], ['155m.csv', 155], ['UKM 25m-1repeat.csv', 25], ['flight_42.5m.csv', 42.5], ['flight.csv', null], ['100mbps.csv', null],
  ])('%s → %s', (name, altitudeM) => expect(altitudeFromFileName(name)).toBe(altitudeM))
})

describe('Nemo importer on generated exports', () => {
  const header =
    'Time,Latitude,Longitude,Cell identification,Physical cell identity (LTE detected) - 1,RSRP (LTE detected) - 1,RSRQ (LTE detected) - 1,' +
    'E-UTRAN carrier RSSI (LTE detected) - 1,Pathloss (LTE detected) - 1,Physical cell identity (LTE pcell),RSRP (LTE pcell),RSRQ (LTE pcell),' +
    'E-UTRAN carrier RSSI (LTE pcell),Pathloss (LTE pcell),RS SNR'
  const footer = '\r\r\nExported Measurements\r\nC:\\Temp\\Anite\\ntf-1\\x, y.nmfs\r\n'
  const write = (name: string, rows: string[]): string => {
    const path = join(mkdtempSync(join(temp, 'g-')), name)
    writeFileSync(path, `${[header, ...rows].join('\r\n')}\r\n${footer}`)
    return path
  }

  it('rejects a row with a bad value as line:column, merges the rest of its sample, and reads n/a as missing', async () => {
    const path = write('30m.csv', [
      '23:59:59.500,1.5,103.5,777,,,,,,,,,,,',
      '23:59:59.500,1.5,103.5,,5,-90.0,-12.0,-60.0,n/a,20,-70.0,-8.0,-45.0,95.0,',
      '23:59:59.500,1.5,103.5,,,,,,,,,,,,12.5',
      '00:00:00.400,1.5,103.5,,,,,,,21,loud,-8.0,-45.0,95.0,',
      '00:00:00.400,1.5,103.5,,,,,,,,,,,,n/a',
      '00:00:00.400,1.5,103.5,,,,,,,,,,,,9.0',
      '00:00:01.400,1.5,103.5,,,,,,,21,-71.0,-9.0,-46.0,96.0,',
    ])
    const { db, outcome } = await importOne(path, { rejectThreshold: 0.5 })
    expect(outcome).toMatchObject({ status: 'imported', rows: 3, rejected: 1 })
    expect(outcome.errors).toEqual([{ line: 5, field: 'RSRP (LTE pcell)', message: 'not a number: "loud"' }])
    const samples = db.prepare('SELECT time_ms, pci, rsrp_dbm, sinr_db, cell_identity, source_line FROM samples ORDER BY id').all()
    expect(samples).toEqual([
      { time_ms: hhmmss(23, 59, 59, 500), pci: 20, rsrp_dbm: -70, sinr_db: 12.5, cell_identity: '777', source_line: 2 },
      // Past midnight the day is carried on; the new PCI ends the carried cell identity.
      { time_ms: 86_400_000 + hhmmss(0, 0, 0, 400), pci: null, rsrp_dbm: null, sinr_db: 9, cell_identity: '777', source_line: 5 },
      { time_ms: 86_400_000 + hhmmss(0, 0, 1, 400), pci: 21, rsrp_dbm: -71, sinr_db: null, cell_identity: null, source_line: 8 },
    ])
  })

  it('skips rows before the GPS fix with a warning, and reads a footer whose path holds a comma as footer', async () => {
    const path = write('10m.csv', [
      '10:00:00.000,,,,,,,,,1,-70.0,-8.0,-45.0,95.0,',
      '10:00:01.000,,,,,,,,,1,-70.0,-8.0,-45.0,95.0,',
      '10:00:02.000,1.5,103.5,,,,,,,1,-70.0,-8.0,-45.0,95.0,',
    ])
    const { outcome } = await importOne(path)
    expect(outcome).toMatchObject({ status: 'imported', rows: 1, rejected: 0 })
    expect(outcome.warnings).toContain('2 samples before a GPS fix (no Latitude/Longitude) were skipped')
    expect(readFileSync(path, 'utf8')).toContain('x, y.nmfs')
  })

  it('rejects a short record in the data and a time that is not a time of day', async () => {
    const path = write('10m.csv', [
      '10:00:00.000,1.5,103.5,,,,,,,1,-70.0,-8.0,-45.0,95.0,',
      '10:00:01.000,1.5,103.5',
      'noon,1.5,103.5,,,,,,,1,-70.0,-8.0,-45.0,95.0,',
      ...Array.from({ length: 40 }, (_, i) => `10:01:${String(i).padStart(2, '0')}.000,1.5,103.5,,,,,,,1,-70.0,-8.0,-45.0,95.0,`),
    ])
    const { outcome } = await importOne(path)
    expect(outcome).toMatchObject({ status: 'imported', rows: 41, rejected: 2 })
    expect(outcome.errors).toEqual([
      { line: 3, field: '(row)', message: 'expected 15 fields, found 3' },
      { line: 4, field: 'Time', message: 'not a time of day (hh:mm:ss.fff): "noon"' },
    ])
  })
})
