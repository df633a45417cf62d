import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { chooseImporter } from '../../core/ingest/chooseImporter.js'
import type { ImportOptions } from '../../core/ingest/importer.js'
import { importFile } from '../../core/ingest/importFile.js'
import { detectDriveTestTable } from '../../core/ingest/importers/genericDriveTestImporter.js'
import { probeFile } from '../../core/ingest/probeFile.js'
import { writeXlsx } from '../fixtures/buildXlsx.js'
import { realDataPath } from '../fixtures/realData.js'
import { writeGnettrackFile } from './gnettrackFiles.js'

const now = new Date('2026-11-30T00:00:00Z')
const temp = mkdtempSync(join(tmpdir(), 'certus-generic-'))
const dronePaper = realDataPath('uav-lte-a2g-nemo', 'DronePaper_Final_Dataset_filtered6 (1).xlsx')
let db: ProjectDb | undefined
afterEach(() => db?.close())

async function importOne(path: string, options: ImportOptions = {}): Promise<{ db: ProjectDb; outcome: Awaited<ReturnType<typeof importFile>> }> {
  db = openProjectDb(join(mkdtempSync(join(temp, 'p-')), 'p.certus'))
  return { db, outcome: await importFile(db, path, options, { now }) }
}
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(mkdtempSync(join(temp, 'f-')), name)
  writeFileSync(path, content)
  return path
}
const samples = (d: ProjectDb, columns = 'time_ms, lon, lat, rsrp_dbm, dl_mbps'): unknown[] => d.prepare(`SELECT ${columns} FROM samples ORDER BY id`).all()

/** GB18030 bytes of `text`: ASCII as is, other characters from a reverse table of the two-byte (GBK) range decoded by TextDecoder. */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const c = trail === 0x7f ? '' : decoder.decode(Uint8Array.from([lead, trail]))
      if (c.length === 1 && !table.has(c)) table.set(c, [lead, trail])
    }
  }
  const bytes: number[] = []
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) bytes.push(c.charCodeAt(0))
    else bytes.push(...(table.get(c) ?? (() => { throw new Error(`no GBK code for ${c}`) })()))
  }
  return Uint8Array.from(bytes)
}

describe('generic drive-test importer on the UAV drone-paper workbook (real data, first sheet)', () => {
  it('imports the 8,910 rows of sheet TR with Cell_id as cell identity and the Excel times as times of day', async () => {
    const { db, outcome } = await importOne(dronePaper)
    expect(outcome).toMatchObject({ status: 'imported', kind: 'drivetest', format: 'generic-drivetest', rows: 8910, rejected: 0 })
    expect(outcome.warnings).toContain('8910 samples have a time of day without a date: their time_ms is milliseconds since midnight of an unknown day')
    const r = db
      .prepare(
        `SELECT min(rsrp_dbm) rsrpMin, max(rsrp_dbm) rsrpMax, min(rsrq_db) rsrqMin, max(rsrq_db) rsrqMax, min(rssi_dbm) rssiMin, max(rssi_dbm) rssiMax,
          min(path_loss_db) plMin, max(path_loss_db) plMax, count(rsrp_dbm) rsrp, count(altitude_m) alt, count(sinr_db) sinr,
          min(lat) latMin, max(lat) latMax, min(lon) lonMin, max(lon) lonMax FROM samples`,
      )
      .get()
    expect(r).toEqual({
      rsrpMin: -97, rsrpMax: -56, rsrqMin: -25, rsrqMax: -4, rssiMin: -62, rssiMax: -24, plMin: 77, plMax: 117, rsrp: 8910, alt: 0, sinr: 0,
      latMin: 2.916753, latMax: 2.929847, lonMin: 101.767334, lonMax: 101.775459,
    })
    expect(db.prepare('SELECT cell_identity, count(*) n FROM samples GROUP BY 1 ORDER BY 1').all()).toEqual([
      { cell_identity: '109', n: 592 }, { cell_identity: '110', n: 1657 }, { cell_identity: '173', n: 6661 },
    ])
    // Row 2 holds the Excel fraction 0.55018528935185185 (13:12:16.009); row 3400 the text " 9:27:56.797".
    const at = (line: number): unknown => db.prepare('SELECT time_ms FROM samples WHERE source_line = ?').pluck().get(line)
    expect(at(2)).toBe(47_536_009)
    expect(at(3400)).toBe(34_076_797)
  })

  it('puts every sample at --altitude-m AGL, and with a mapping reads Cell_id (which holds PCIs) as the PCI', async () => {
    const { db } = await importOne(dronePaper, { kind: 'drivetest', altitudeM: 120, mapping: { columns: { pci: 'Cell_id' } } })
    expect(db.prepare('SELECT DISTINCT altitude_m, altitude_ref FROM samples').all()).toEqual([{ altitude_m: 120, altitude_ref: 'AGL' }])
    expect(db.prepare('SELECT DISTINCT pci FROM samples ORDER BY 1').pluck().all()).toEqual([109, 110, 173])
    expect(db.prepare('SELECT count(cell_identity) FROM samples').pluck().get()).toBe(0)
  })
})

describe('generic drive-test importer: encodings, delimiters and line ends', () => {
  const rows = ['2024-05-01 10:00:00,-8.47,51.89,-85,12.5', '2024-05-01 10:00:01,-8.4701,51.8901,-86,13']
  const expected = [
    { time_ms: Date.UTC(2024, 4, 1, 10), lon: -8.47, lat: 51.89, rsrp_dbm: -85, dl_mbps: 12.5 },
    { time_ms: Date.UTC(2024, 4, 1, 10, 0, 1), lon: -8.4701, lat: 51.8901, rsrp_dbm: -86, dl_mbps: 13 },
  ]

  it('reads UTF-8 with a BOM', async () => {
    const { db, outcome } = await importOne(file('bom.csv', `\uFEFFTime,Longitude,Latitude,RSRP,DL throughput\n${rows.join('\n')}\n`))
    expect(outcome).toMatchObject({ status: 'imported', format: 'generic-drivetest', rows: 2 })
    expect(samples(db)).toEqual(expected)
  })

  it('reads UTF-16LE with a BOM', async () => {
    const text = `\uFEFFtimestamp\tlon\tlat\tss-rsrp\tdl_mbps\r\n${rows.map((r) => r.replaceAll(',', '\t')).join('\r\n')}\r\n`
    const { db, outcome } = await importOne(file('utf16.txt', Buffer.from(text, 'utf16le')))
    expect(outcome).toMatchObject({ status: 'imported', rows: 2 })
    expect(samples(db)).toEqual(expected)
  })

  it('reads GB18030 (GBK) with Chinese headers, units from the header', async () => {
    const header = '采样时间,经度,纬度,参考信号接收功率,下行速率(kbps),小区ID,制式'
    const bytes = encodeGb18030(`${header}\r\n2024/05/01 10:00:00,116.39,39.91,-90,2500,460-00-123456-7,NR\r\n`)
    // 经度 = BE AD B6 C8, 纬度 = CE B3 B6 C8 in GB18030.
    expect([...bytes.subarray(9, 13)]).toEqual([0xbe, 0xad, 0xb6, 0xc8])
    expect([...bytes.subarray(14, 18)]).toEqual([0xce, 0xb3, 0xb6, 0xc8])
    expect(new TextDecoder('gb18030').decode(bytes).split('\r\n')[0]).toBe(header)
    const { db, outcome } = await importOne(file('gbk.csv', bytes))
    expect(outcome).toMatchObject({ status: 'imported', rows: 1 })
    expect(samples(db, 'time_ms, lon, lat, rsrp_dbm, dl_mbps, cell_identity, technology')).toEqual([
      { time_ms: Date.UTC(2024, 4, 1, 10), lon: 116.39, lat: 39.91, rsrp_dbm: -90, dl_mbps: 2.5, cell_identity: '460-00-123456-7', technology: 'NR' },
    ])
  })

  it.each([
    ['semicolon with decimal commas', ';', (r: string) => r.replace(/(\d),(\d)/g, '$1;$2').replaceAll(',', ';').replace(/(-?\d+)\.(\d+)/g, '$1,$2')],
    ['tab', '\t', (r: string) => r.replaceAll(',', '\t')],
    ['pipe', '|', (r: string) => r.replaceAll(',', '|')],
  ])('reads %s separated values with CRLF line ends', async (_, delimiter, convert) => {
    const header = ['Date Time', 'LNG', 'LAT', 'RSRP (dBm)', 'DL (Mbps)'].join(delimiter)
    const { db, outcome } = await importOne(file('d.csv', `${header}\r\n${rows.map(convert).join('\r\n')}\r\n`))
    expect(outcome).toMatchObject({ status: 'imported', rows: 2, rejected: 0 })
    expect(samples(db)).toEqual(expected)
  })
})

describe('generic drive-test importer: columns, units, mappings and times', () => {
  it('scales throughput by the unit in the header: DL_bitrate(kbps), UL in bit/s, and Mbit/s by default', async () => {
    const { db } = await importOne(file('units.csv', 'lat,lon,DL_bitrate(kbps),UL [bit/s],speed (m/s)\n51.9,-8.4,7000,250000,10\n'))
    expect(samples(db, 'dl_mbps, ul_mbps, speed_kmh')).toEqual([{ dl_mbps: 7, ul_mbps: 0.25, speed_kmh: 36 }])
  })

  it('lets a mapping name the columns, scale kbit/s to Mbit/s and give the time format', async () => {
    const path = file('mapped.csv', 'Stamp,X,Y,Down,Signal\n01.05.2024 10:00:00,-8.47,51.89,1500,-95\n')
    const mapping = { columns: { time: 'Stamp', lon: 'X', lat: 'Y', dlMbps: 'Down', rsrp: 'Signal' }, scale: { dl: 0.001 }, timeFormat: 'DD.MM.YYYY hh:mm:ss' }
    const { db, outcome } = await importOne(path, { kind: 'drivetest', mapping })
    expect(outcome).toMatchObject({ status: 'imported', format: 'generic-drivetest', rows: 1 })
    expect(samples(db)).toEqual([{ time_ms: Date.UTC(2024, 4, 1, 10), lon: -8.47, lat: 51.89, rsrp_dbm: -95, dl_mbps: 1.5 }])
  })

  it('lets a mapping override a synonym match', async () => {
    const { db } = await importOne(file('override.csv', 'lon,lat,rsrp,rsrp_filtered\n-8.4,51.9,-80,-82\n'), { mapping: { columns: { rsrpDbm: 'rsrp_filtered' } } })
    expect(samples(db, 'rsrp_dbm')).toEqual([{ rsrp_dbm: -82 }])
  })

  it('refuses a mapping that names a column the file lacks, or an unknown field', async () => {
    const path = file('m.csv', 'lon,lat\n-8.4,51.9\n')
    expect((await importOne(path, { mapping: { columns: { dl: 'Throughput' } } })).outcome.message).toBe(
      'm.csv: the mapping\'s column "Throughput" (for dlMbps) is not in the file; its columns are "lon", "lat"',
    )
    db?.close()
    expect((await importOne(path, { mapping: { columns: { colour: 'lon' } } })).outcome.message).toMatch(/^m\.csv: the mapping names an unknown field "colour"; drive-test fields are time, lon, lat/)
  })

  it('refuses a file without longitude or latitude, naming what is missing and the headers found', async () => {
    const { db, outcome } = await importOne(file('nopos.csv', 'time,rsrp,lat\n2024-05-01T10:00:00Z,-80,51.9\n'), { kind: 'drivetest' })
    expect(outcome).toMatchObject({ status: 'refused', rows: 0 })
    expect(outcome.message).toBe('nopos.csv: no longitude (lon) column found; headers found: "time", "rsrp", "lat"; name them with a mapping (--mapping)')
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0)
  })

  it('reads ISO 8601 with zones, epoch seconds and epoch milliseconds by magnitude', async () => {
    const path = file('times.csv', ['time,lon,lat', '2024-05-01T12:00:00+02:00,1,1', '1714557600,1,1', '1714557600250,1,1', '2024-05-01T10:00:00.5Z,1,1'].join('\n'))
    const { db } = await importOne(path)
    const t = Date.UTC(2024, 4, 1, 10)
    expect(db.prepare('SELECT time_ms FROM samples ORDER BY id').pluck().all()).toEqual([t, t, t + 250, t + 500])
  })

  it('reads Excel serial dates in an xlsx (days since 1899-12-30) and booleans as text', async () => {
    const path = join(mkdtempSync(join(temp, 'x-')), 'drive.xlsx')
    writeXlsx(path, [{ name: 'Log', rows: [['Time', 'Lon', 'Lat', 'SINR', 'Network'], [45413.5, -8.4, 51.9, 12, 'LTE'], [45413.25, -8.41, 51.91, null, true]] }])
    const { db, outcome } = await importOne(path, { kind: 'drivetest' })
    expect(outcome).toMatchObject({ status: 'imported', rows: 2 })
    expect(samples(db, 'time_ms, sinr_db, technology')).toEqual([
      { time_ms: Date.UTC(2024, 4, 1, 12), sinr_db: 12, technology: 'LTE' },
      { time_ms: Date.UTC(2024, 4, 1, 6), sinr_db: null, technology: 'TRUE' },
    ])
  })
})

describe('generic drive-test importer: bad rows', () => {
  const header = 'time,lon,lat,RSRP,DL_bitrate'
  const row = (i: number, rsrp = String(-80 - (i % 20))): string => `${1_714_557_600 + i},${(-8.4 - i * 1e-5).toFixed(5)},51.9,${rsrp},${i % 7}`

  it('rejects a bad number as line:field and a short row as line:(row), stores the rest, and skips rows without a position', async () => {
    const lines = [header, ...Array.from({ length: 60 }, (_, i) => row(i))]
    lines[4] = row(3, 'strong')
    lines[10] = '1714557609,-8.4'
    lines[20] = '1714557619,,,-80,1'
    const { db, outcome } = await importOne(file('bad.csv', `${lines.join('\n')}\n`))
    expect(outcome).toMatchObject({ status: 'imported', rows: 57, rejected: 2 })
    expect(outcome.errors).toEqual([
      { line: 5, field: 'RSRP', message: 'not a number: "strong"' },
      { line: 11, field: '(row)', message: 'expected 5 fields, found 2' },
    ])
    expect(outcome.warnings).toContain('1 rows without a position (no GPS fix) were skipped')
    expect(db.prepare('SELECT count(*) FROM samples').pluck().get()).toBe(57)
  })

  it('refuses a file with 10 % bad rows (over the 5 % threshold) and stores nothing', async () => {
    const lines = [header, ...Array.from({ length: 100 }, (_, i) => row(i, i % 10 === 0 ? 'n.a.' : undefined))]
    const { db, outcome } = await importOne(file('tenpercent.csv', `${lines.join('\n')}\n`))
    expect(outcome.status).toBe('refused')
    expect(outcome.message).toBe('tenpercent.csv: 10 of 100 rows rejected (10.0 %), above the 5.0 % threshold')
    expect(outcome.errors[0]).toEqual({ line: 2, field: 'RSRP', message: 'not a number: "n.a."' })
    expect(db.prepare('SELECT count(*) FROM samples').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0)
  })
})

describe('generic drive-test detection', () => {
  it('scores below the specific formats: 0.5 with a position and a radio metric, 0.3 with a position only, 0.1 for a spreadsheet, 0.01 otherwise', async () => {
    const probe = await probeFile(file('p.csv', 'Longitude,Latitude,SS-SINR\n1,1,1\n'))
    expect(detectDriveTestTable(probe)).toBe(0.5)
    expect(detectDriveTestTable({ ...probe, header: ['经度', '纬度', '高度'] })).toBe(0.3)
    expect(detectDriveTestTable({ ...probe, header: ['site', 'azimuth'] })).toBe(0.01)
    expect(detectDriveTestTable({ ...probe, header: [], extension: 'xlsx' })).toBe(0.1)
    expect(detectDriveTestTable({ ...probe, header: [], extension: 'kml' })).toBe(0)
  })

  it('leaves a G-NetTrack file to its own importer', async () => {
    const path = join(mkdtempSync(join(temp, 'gn-')), 'g.csv')
    writeGnettrackFile(path, 3)
    expect(chooseImporter(await probeFile(path), {})?.format).toBe('gnettrack')
  })
})
