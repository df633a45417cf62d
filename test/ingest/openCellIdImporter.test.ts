import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { realDataPath } from '../fixtures/realData.js'
import { importFile } from '../../core/ingest/importFile.js'
import { createImportHarness, testNow as now } from '../../core/ingest/testing/importHarness.js'

const { dir, project, closeProjects } = createImportHarness('certus-ocid-')
afterEach(closeProjects)

const sanFrancisco = realDataPath('opencellid-sf-extract', 'Datasets', 'openCellId', 'cell_towers_san_francisco.csv')

describe('OpenCelliD exports', () => {
  it('imports the San Francisco extract: 1999 rows, 48 cells listed again under another TAC rejected, first kept', async () => {
    const db = project()
    const outcome = await importFile(db, sanFrancisco, {}, { now })
    // 45 cells appear twice and 3 three times: 51 repeats of 1999 rows (2.6 %, under the 5 % threshold).
    expect(outcome).toMatchObject({ status: 'imported', kind: 'cells', format: 'opencellid', rows: 1948, rejected: 51 })
    expect(outcome.errors[0]).toEqual({ line: 687, field: 'cell', message: 'cell 311-480-86536204 repeats line 15: the first one is kept' })
    const kept = db.prepare("SELECT lon, lat FROM cells WHERE name = '311-480-86536204'").get()
    expect(kept).toEqual({ lon: -122.401119, lat: 37.781854 })
  })

  it('stores LTE cells keyed <mcc>-<mnc>-<ECI> with unknown PCI, inside San Francisco, with omni defaults', async () => {
    const db = project()
    const outcome = await importFile(db, sanFrancisco, {}, { now })
    const stats = db
      .prepare(`SELECT count(*) n, count(pci) pci, min(lon) lonMin, max(lon) lonMax, min(lat) latMin, max(lat) latMax,
        count(DISTINCT technology) techs, max(technology) tech, min(h_beamwidth_deg) hbw, max(azimuth_deg) az FROM cells`)
      .get() as Record<string, number | string>
    expect(stats).toMatchObject({ n: 1948, pci: 0, techs: 1, tech: 'LTE', hbw: 360, az: 0 })
    expect(stats.lonMin).toBeGreaterThanOrEqual(-122.52)
    expect(stats.lonMax).toBeLessThanOrEqual(-122.35)
    expect(stats.latMin).toBeGreaterThanOrEqual(37.6)
    expect(stats.latMax).toBeLessThanOrEqual(37.81)
    for (const name of db.prepare('SELECT name FROM cells LIMIT 50').pluck().all() as string[]) expect(name).toMatch(/^311-480-\d+$/)
    expect(JSON.parse(db.prepare('SELECT defaulted_json FROM cells LIMIT 1').pluck().get() as string)).toContain('azimuthDeg')
    expect(outcome.warnings.some((w) => w.startsWith('1999 of 1999 positions are OpenCelliD estimates'))).toBe(true)
    expect(outcome.warnings).toContain('1999 rows have unit 0 or -1, OpenCelliD\'s "unknown": PCI left empty')
    expect(outcome.warnings.filter((w) => w.startsWith('defaults applied'))).toEqual([expect.stringContaining('horizontal beamwidth 360° (omni: azimuth unknown too) for 1948 cells')])
  })

  it('groups cells into eNB sites (ECI >> 8) at the samples-weighted centroid of their estimates', async () => {
    const db = project()
    await importFile(db, sanFrancisco, {}, { now })
    expect(db.prepare('SELECT count(*) FROM sites').pluck().get()).toBe(549)
    const site = db.prepare("SELECT id, lon, lat FROM sites WHERE name = '311-480 eNB 38674'").get() as { id: number; lon: number; lat: number }
    const cells = db.prepare('SELECT lon, lat FROM cells WHERE site_id = ?').all(site.id) as { lon: number; lat: number }[]
    expect(cells.length).toBeGreaterThan(1)
    expect(site.lon).toBeGreaterThanOrEqual(Math.min(...cells.map((c) => c.lon)))
    expect(site.lon).toBeLessThanOrEqual(Math.max(...cells.map((c) => c.lon)))
  })

  it('keys GSM/UMTS cells with their LAC and reads a known PCI from unit', async () => {
    const db = project()
    const path = join(dir, 'mixed.csv')
    writeFileSync(path, [
      'radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal',
      'UMTS,262,2,100,5001,12,13.4,52.5,1000,5,1,1458613761,1491242559,0',
      'UMTS,262,2,101,5001,12,13.41,52.51,1000,5,1,1458613761,1491242559,0',
      'LTE,262,2,100,10335745,131,13.42,52.52,1000,5,1,1458613761,1491242559,-95',
    ].join('\n'))
    const outcome = await importFile(db, path, {}, { now })
    expect(outcome).toMatchObject({ status: 'imported', rows: 3, rejected: 0 })
    expect(db.prepare('SELECT name, pci, technology FROM cells ORDER BY name').all()).toEqual([
      { name: '262-02-100-5001', pci: 12, technology: 'UMTS' },
      { name: '262-02-101-5001', pci: 12, technology: 'UMTS' },
      { name: '262-02-10335745', pci: 131, technology: 'LTE' },
    ])
  })
})
