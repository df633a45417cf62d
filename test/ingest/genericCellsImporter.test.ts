import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { listCells } from '../../core/db/cellsTable.js'
import { writeXlsx } from '../fixtures/buildXlsx.js'
import { createImportHarness } from '../../core/ingest/testing/importHarness.js'

const { dir, project, closeProjects, write, importInto } = createImportHarness('certus-cellsheet-')
afterEach(closeProjects)

/** GB18030 bytes of a text, by inverting the WHATWG decoder over the two-byte GBK range (enough for CJK ideographs). */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail])
  }
  const bytes: number[] = []
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0))
    else bytes.push(...(table.get(char) ?? [0x3f]))
  }
  return new Uint8Array(bytes)
}

const chineseNrSheet = [
  '站点,小区名称,经度,纬度,方位角,机械下倾角,电子下倾角,天线挂高(米),PCI,频点,频段,带宽(MHz),发射功率(W),波束数,波束方位角偏置',
  '杭州西湖站,西湖_1,120.155100,30.274100,30,2,6,35,101,630000,n78,100,200,8,-52.5;-37.5;-22.5;-7.5;7.5;22.5;37.5;52.5',
  '杭州西湖站,西湖_2,120.155100,30.274100,150,2,6,35,102,630000,n78,100,200,8,',
  '杭州西湖站,西湖_3,120.155100,30.274100,270,,,,103,630000,n78,100,,,',
].join('\r\n')

describe('generic cell sheets', () => {
  it('reads a UTF-8 BOM sheet with Chinese headers: NR cells, W → dBm, SSB beams given or spread over the sector', async () => {
    const db = project()
    const outcome = await importInto(db, write('gongcan.csv', `\uFEFF${chineseNrSheet}`))
    expect(outcome).toMatchObject({ status: 'imported', kind: 'cells', format: 'generic-cells', rows: 3, rejected: 0 })
    const [c1, c2, c3] = listCells(db)
    expect(c1).toMatchObject({
      name: '西湖_1', site: '杭州西湖站', lon: 120.1551, lat: 30.2741, azimuthDeg: 30, mechanicalTiltDeg: 2, electricalTiltDeg: 6, heightM: 35,
      pci: 101, arfcn: 630000, band: 'n78', fcMhz: 3450, bandwidthMhz: 100, hBeamwidthDeg: 65,
    })
    expect(c1?.txPowerDbm).toBeCloseTo(53.01, 2)
    expect(c1?.beams.map((b) => b.azimuthOffsetDeg)).toEqual([-52.5, -37.5, -22.5, -7.5, 7.5, 22.5, 37.5, 52.5])
    // Offsets not given: 8 beams over a 120° sector, 15° apart and 15° wide, pointing at −electrical tilt.
    expect(c2?.beams.map((b) => b.azimuthOffsetDeg)).toEqual([-52.5, -37.5, -22.5, -7.5, 7.5, 22.5, 37.5, 52.5])
    expect(c2?.beams[0]).toMatchObject({ hBeamwidthDeg: 15, vBeamwidthDeg: 10, elevationDeg: -6, gainDbi: 23.3 })
    expect(c3).toMatchObject({ heightM: 30, mechanicalTiltDeg: 0, electricalTiltDeg: 6, txPowerDbm: 49, beams: [] })
    const row = db.prepare("SELECT technology, label, defaulted_json FROM cells WHERE name = '西湖_3'").get() as Record<string, string>
    expect(row).toMatchObject({ technology: 'NR', label: '西湖_3' })
    expect(JSON.parse(row.defaulted_json as string)).toEqual(['heightM', 'mechanicalTiltDeg', 'electricalTiltDeg', 'txPowerDbm', 'hBeamwidthDeg', 'vBeamwidthDeg'])
    expect(outcome.warnings).toEqual([
      expect.stringMatching(/^defaults applied .*antenna height 30 m for 1 cells; mechanical tilt 0° for 1 cells; electrical tilt 6° for 1 cells; transmit power 49 dBm for 1 cells; horizontal beamwidth 65° for 3 cells; vertical beamwidth 10° for 3 cells$/),
    ])
    expect(db.prepare('SELECT count(*) FROM sites').pluck().get()).toBe(1)
  })

  it('reads GB18030 bytes, derives LTE band and frequency from the EARFCN, and groups unnamed sites by eNB', async () => {
    const db = project()
    const text = ['小区,小区标识,纬度,经度,方位角,挂高,PCI,频点', '北京朝阳_1,10335745,39.9219,116.4436,0,25,131,1825', '北京朝阳_2,10335746,39.9219,116.4436,120,25,132,1825'].join('\n')
    const outcome = await importInto(db, write('gbk.csv', encodeGb18030(text)))
    expect(outcome).toMatchObject({ status: 'imported', rows: 2, rejected: 0 })
    expect(listCells(db)[0]).toMatchObject({ name: '北京朝阳_1', site: 'eNB 40374', band: 'B3', fcMhz: 1867.5, heightM: 25, azimuthDeg: 0, hBeamwidthDeg: 65 })
    expect(db.prepare("SELECT technology, cell_identity FROM cells WHERE name = '北京朝阳_2'").get()).toEqual({ technology: 'LTE', cell_identity: '10335746' })
  })

  it('reads a semicolon sheet with decimal commas', async () => {
    const db = project()
    const path = write('semicolon.csv', 'Site;Cell;Latitude;Longitude;Azimuth;Height;Electrical tilt;EARFCN\nParis-1;P1A;48,8566;2,3522;120;25,5;4;6300\nParis-1;P1B;48,8566;2,3522;240;25,5;4;6300\n')
    const outcome = await importInto(db, path)
    expect(outcome).toMatchObject({ status: 'imported', rows: 2 })
    expect(listCells(db)[0]).toMatchObject({ name: 'P1A', site: 'Paris-1', lat: 48.8566, lon: 2.3522, heightM: 25.5, electricalTiltDeg: 4, band: 'B20', fcMhz: 806 })
  })

  it('follows a user mapping of unknown headers, which wins over synonyms', async () => {
    const db = project()
    const path = write('mapped.csv', 'Nom,Cellule,Y_WGS84,X_WGS84,Orientation\nLyon,L1,45.76,4.83,90\n')
    const mapping = { kind: 'cells' as const, columns: { site: 'Nom', cell: 'Cellule', lat: 'Y_WGS84', lon: 'X_WGS84', azimuthDeg: 'Orientation' } }
    const outcome = await importInto(db, path, { mapping })
    expect(outcome).toMatchObject({ status: 'imported', format: 'generic-cells', rows: 1 })
    expect(listCells(db)[0]).toMatchObject({ name: 'L1', site: 'Lyon', lat: 45.76, lon: 4.83, azimuthDeg: 90 })
    const wrong = await importInto(project(), path, { mapping: { ...mapping, columns: { ...mapping.columns, cell: 'Cell' } } })
    expect(wrong).toMatchObject({ status: 'refused' })
    expect(wrong.message).toMatch(/mapping names column "Cell" for cell, but the file has no such column/)
  })

  it('rejects bad values as line:field, keeps the rest, and refuses a sheet without positions', async () => {
    const db = project()
    const rows = Array.from({ length: 40 }, (_, i) => `S${i},C${i},30.${i},120.1,${i === 5 ? 400 : 10},${i === 7 ? 'tall' : 30}`)
    const outcome = await importInto(db, write('bad.csv', ['site,cell,lat,lon,azimuth,height', ...rows].join('\n')), { rejectThreshold: 0.1 })
    expect(outcome).toMatchObject({ status: 'imported', rows: 38, rejected: 2 })
    expect(outcome.errors).toEqual([
      { line: 7, field: 'azimuth', message: '400 is outside 0…360' },
      { line: 9, field: 'height', message: 'not a number: "tall"' },
    ])
    const refused = await importInto(project(), write('nopos.csv', 'site,cell,azimuth\nA,A1,10\n'), { kind: 'cells' })
    expect(refused.status).toBe('refused')
    expect(refused.message).toMatch(/no lat \(lat, latitude, 纬度.*lon \(lon, lng/)
  })

  it('reads an xlsx sheet (first worksheet) with --kind cells', async () => {
    const db = project()
    const path = join(dir, 'gongcan.xlsx')
    writeXlsx(path, [{
      name: '工参',
      rows: [
        ['基站名称', '小区名称', '经度', '纬度', '方位角', '电下倾', '挂高', 'PCI', 'SSB频点', '波束数'],
        ['深圳南山', '南山_1', 113.9305, 22.5333, 0, 3, 40, 500, 504990, 4],
        ['深圳南山', '南山_2', 113.9305, 22.5333, 120, 3, 40, 501, 504990, 4],
      ],
    }])
    const outcome = await importInto(db, path, { kind: 'cells' })
    expect(outcome).toMatchObject({ status: 'imported', format: 'generic-cells', rows: 2, rejected: 0 })
    const [c1] = listCells(db)
    expect(c1).toMatchObject({ name: '南山_1', site: '深圳南山', band: 'n41', fcMhz: 2524.95, electricalTiltDeg: 3, heightM: 40, pci: 500 })
    expect(c1?.beams.map((b) => b.azimuthOffsetDeg)).toEqual([-45, -15, 15, 45])
  })
})
