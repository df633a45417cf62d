import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { insertImport } from './importsTable.js'
import { openProjectDb } from './openProjectDb.js'
import { createSampleWriter, readSamplesLayer } from './samplesTable.js'

const db = openProjectDb(join(mkdtempSync(join(tmpdir(), 'certus-samples-')), 'p.certus'))
afterAll(() => db.close())

/** One import of `count` samples along a line eastwards from `lon0`, RSRP counting down from −60 dBm. */
function importLine(lon0: number, count: number): void {
  db.exec('BEGIN IMMEDIATE')
  const importId = insertImport(db, { fileName: `line-${lon0}`, sha256: String(lon0), kind: 'drivetest', rows: count, rejected: 0, importedAt: new Date() })
  const write = createSampleWriter(db, importId)
  for (let i = 0; i < count; i++) {
    write({
      timeMs: i, lon: lon0 + i * 1e-4, lat: 22.5, altitudeM: null, altitudeRef: null, cellId: null, pci: null,
      rsrpDbm: -60 - (i % 50), rsrqDb: null, sinrDb: null, cqi: null, dlMbps: null, ulMbps: null,
    })
  }
  write.flush()
  db.exec('COMMIT')
}

importLine(114, 1003)
importLine(115, 997)

describe('readSamplesLayer', () => {
  it('reads every sample in id order with its metric when nothing narrows it', () => {
    const layer = readSamplesLayer(db, 'rsrpDbm')
    expect([layer.count, layer.total, layer.stride]).toEqual([2000, 2000, 1])
    expect(layer.values[0]).toBe(-60)
    expect(Number.isNaN(readSamplesLayer(db, 'sinrDb').values[5])).toBe(true)
  })

  it('keeps exactly the samples inside a box, across the blocks of several imports', () => {
    const layer = readSamplesLayer(db, 'rsrpDbm', { bbox: { minLon: 114.05, maxLon: 115.02, minLat: 22, maxLat: 23 } })
    // 114.0500…114.1002 from the first line (503 samples, i = 500…1002) and 115.0000…115.0200 from the second (201).
    expect(layer.total).toBe(503 + 201)
    expect(layer.count).toBe(704)
    for (let i = 0; i < layer.count; i++) expect(layer.positions[2 * i]).toBeGreaterThanOrEqual(114.05)
  })

  it('never returns more than maxPoints, even when id ranges of several imports round up', () => {
    for (const maxPoints of [7, 100, 999, 1999]) {
      const layer = readSamplesLayer(db, 'rsrpDbm', { maxPoints })
      expect(layer.total).toBe(2000)
      expect(layer.count).toBeLessThanOrEqual(maxPoints)
      expect(layer.count).toBeGreaterThan(maxPoints / 2)
      expect(layer.stride).toBe(Math.ceil(2000 / maxPoints))
    }
  })
})
