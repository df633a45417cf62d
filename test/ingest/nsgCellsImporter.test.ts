import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { listCells } from '../../core/db/cellsTable.js'
import { realDataPath } from '../fixtures/realData.js'
import { importFile } from '../../core/ingest/importFile.js'
import { plmnFromPath } from '../../core/ingest/importers/nsgCellsImporter.js'
import { createImportHarness, testNow as now } from '../../core/ingest/testing/importHarness.js'

const { dir, project, closeProjects } = createImportHarness('certus-nsg-')
afterEach(closeProjects)

const gb = (plmn: string, town: string): string => realDataPath('nsg-celldb-gb', 'fragments', 'GB', plmn, 'West Sussex', town, 'cells_eutra.csv')
const de = realDataPath('nsg-celldb-de', 'Germany_262-01_-02_-03.csv')

/** Data rows per file (the header excluded), counted from the shared files. */
const gbFiles: [string, string, number][] = [
  ['23410', 'Brighton and Hove', 531], ['23410', 'Burgess Hill, Hassocks', 95], ['23410', 'Crawley', 155], ['23410', 'Haywards Heath', 39],
  ['23410', 'Horley', 64], ['23420', 'Brighton and Hove', 317], ['23420', 'Burgess Hill, Hassocks', 45], ['23420', 'Crawley', 224],
  ['23420', 'Haywards Heath', 29], ['23420', 'Horley', 100],
]

describe('NSG cell lists', () => {
  it('reads the PLMN from a folder named after it', () => {
    expect(plmnFromPath(gb('23410', 'Crawley'))).toBe('234-10')
    expect(plmnFromPath('/data/311480/cells.csv')).toBe('311-480')
    expect(plmnFromPath(de)).toBeNull()
  })

  it.each(gbFiles)('imports every cell of GB %s %s (%i rows) as LTE cells keyed <mcc>-<mnc>-<ECI>', async (plmn, town, expected) => {
    const db = project()
    const outcome = await importFile(db, gb(plmn, town), {}, { now })
    expect(outcome).toMatchObject({ status: 'imported', kind: 'cells', format: 'nsg-cells', rows: expected, rejected: 0 })
    const prefix = `${plmn.slice(0, 3)}-${plmn.slice(3)}`
    const cells = db.prepare('SELECT name, cell_identity, technology, label, pci, band, azimuth_deg FROM cells').all() as {
      name: string; cell_identity: string; technology: string; label: string; pci: number; band: string; azimuth_deg: number
    }[]
    expect(cells).toHaveLength(expected)
    for (const c of cells) {
      expect(c.name).toBe(`${prefix}-${c.cell_identity}`)
      expect(c.technology).toBe('LTE')
      expect(c.pci).toBeGreaterThanOrEqual(0)
      expect(c.pci).toBeLessThanOrEqual(503)
      expect(c.azimuth_deg).toBeGreaterThanOrEqual(0)
      expect(c.azimuth_deg).toBeLessThan(360)
      expect(['B1', 'B3', 'B8', 'B20', 'B28', 'B40']).toContain(c.band)
    }
    // Sites are eNBs (ECI >> 8), named with the PLMN.
    for (const site of db.prepare('SELECT name FROM sites').pluck().all() as string[]) expect(site).toMatch(new RegExp(`^${prefix} eNB \\d+$`))
    const defaults = outcome.warnings.filter((w) => w.startsWith('defaults applied'))
    expect(defaults).toHaveLength(1)
    expect(defaults[0]).toContain(`antenna height 30 m for ${expected} cells`)
  })

  it('imports all ten GB files into one project: 1599 cells, no key clash between PLMNs', async () => {
    const db = project()
    for (const [plmn, town] of gbFiles) expect((await importFile(db, gb(plmn, town), {}, { now })).rejected).toBe(0)
    expect(db.prepare('SELECT count(*) FROM cells').pluck().get()).toBe(1599)
    const bands = db.prepare('SELECT band, count(*) n FROM cells GROUP BY band ORDER BY band').all()
    expect(bands).toEqual([
      { band: 'B1', n: 337 }, { band: 'B20', n: 551 }, { band: 'B28', n: 36 }, { band: 'B3', n: 468 }, { band: 'B40', n: 161 }, { band: 'B8', n: 46 },
    ])
  })

  it('keeps the quoted CellName with its commas as the label, reads the BOM file by header, and computes the DL frequency', async () => {
    const db = project()
    await importFile(db, gb('23410', 'Burgess Hill, Hassocks'), {}, { now })
    const cell = db.prepare("SELECT * FROM cells WHERE cell_identity = '129546862'").get() as Record<string, unknown>
    expect(cell).toMatchObject({
      name: '234-10-129546862', label: 'East Grinstead Road, Chailey, Lewes, BN8 4DH', pci: 189, arfcn: 6400, band: 'B20', fc_mhz: 816,
      azimuth_deg: 146, lon: -0.01966202126892906, lat: 50.969098056447194, height_m: 30, electrical_tilt_deg: 6, tx_power_dbm: 46,
    })
    expect(JSON.parse(cell.defaulted_json as string)).toEqual(['heightM', 'mechanicalTiltDeg', 'electricalTiltDeg', 'txPowerDbm', 'hBeamwidthDeg', 'vBeamwidthDeg'])
    const site = db.prepare('SELECT s.name, s.lon, s.lat FROM sites s JOIN cells c ON c.site_id = s.id WHERE c.name = ?').get('234-10-129546862')
    expect(site).toEqual({ name: `234-10 eNB ${Math.floor(129546862 / 256)}`, lon: -0.01966202126892906, lat: 50.969098056447194 })
    // The API's cell list carries the source name, identity, technology and which fields were defaulted.
    const cells = listCells(db)
    expect(cells).toHaveLength(95)
    expect(cells.find((c) => c.name === '234-10-129546862')).toMatchObject({
      label: 'East Grinstead Road, Chailey, Lewes, BN8 4DH',
      cellIdentity: '129546862',
      technology: 'LTE',
      defaulted: ['heightM', 'mechanicalTiltDeg', 'electricalTiltDeg', 'txPowerDbm', 'hBeamwidthDeg', 'vBeamwidthDeg'],
    })
  })

  it('reads the German column order by header, keys by ECI alone, and warns about azimuth 0', async () => {
    const db = project()
    const outcome = await importFile(db, de, {}, { now })
    expect(outcome).toMatchObject({ status: 'imported', rows: 37, rejected: 0 })
    expect(outcome.warnings).toContain('3 cells have azimuth 0°, which community lists also use for "unknown": kept as 0° (north)')
    expect(outcome.warnings.some((w) => w.includes('no PLMN folder'))).toBe(true)
    expect(db.prepare("SELECT name, label, pci, arfcn, band, fc_mhz, azimuth_deg FROM cells WHERE cell_identity = '11600641'").get()).toEqual({
      name: '11600641', label: 'VF-45315', pci: 91, arfcn: 6300, band: 'B20', fc_mhz: 806, azimuth_deg: 120,
    })
    // Seven eNBs, named after ECI >> 8 as the CellName (VF-40374 → eNB 40374) says.
    expect(db.prepare('SELECT name FROM sites ORDER BY name').pluck().all()).toEqual(
      ['eNB 200179', 'eNB 208453', 'eNB 40217', 'eNB 40374', 'eNB 45315', 'eNB 61850', 'eNB 61940'],
    )
    expect(db.prepare("SELECT DISTINCT band FROM cells ORDER BY band").pluck().all()).toEqual(['B1', 'B20', 'B3'])
  })

  it('normalises azimuth 360 to 0', async () => {
    const db = project()
    await importFile(db, gb('23420', 'Brighton and Hove'), {}, { now })
    expect(db.prepare('SELECT max(azimuth_deg) FROM cells').pluck().get()).toBeLessThan(360)
  })

  it('rejects a cell already in the project or repeated in the file, and reuses its site', async () => {
    const db = project()
    await importFile(db, gb('23410', 'Haywards Heath'), {}, { now })
    const lines = readFileSync(gb('23410', 'Haywards Heath'), 'utf8').split('\n')
    const folder = join(dir, 'GB', '23410', 'extra')
    mkdirSync(folder, { recursive: true })
    const path = join(folder, 'cells_eutra.csv')
    // Line 2 is a cell already imported; line 3 a new cell on the same eNB (ECI + 1 keeps ECI >> 8); line 4 repeats line 3.
    const [eci, ...rest] = (lines[1] as string).split(',')
    const fresh = [String(Number(eci) + 1), ...rest].join(',')
    writeFileSync(path, [lines[0], lines[1], fresh, fresh].join('\n'))
    const outcome = await importFile(db, path, { rejectThreshold: 0.9 }, { now })
    expect(outcome.errors).toEqual([
      { line: 2, field: 'ECellID', message: `cell 234-10-${eci} is already in the project (import 1)` },
      { line: 4, field: 'ECellID', message: `cell 234-10-${Number(eci) + 1} repeats line 3: the first one is kept` },
    ])
    expect(outcome.rows).toBe(1)
    expect(outcome.warnings).toContain('sites already in the project (same name), given the new cells: 1')
    expect(db.prepare('SELECT count(*) FROM sites').pluck().get()).toBe(10)
  })
})
