import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../../core/api/apiError.js'
import { createClient } from '../../core/api/client.js'
import { latestCalibration } from '../../core/coverage/calibrationRecord.js'
import { CalibrationRefusal, readLatestCalibration, runCalibration } from '../../core/coverage/calibration/runCalibration.js'
import { resolveCoverageParameters } from '../../core/coverage/coverageParameters.js'
import { loadCoverageScene } from '../../core/coverage/coverageScene.js'
import { computeCoverageTile } from '../../core/coverage/coverageTile.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { localTangentPlane } from '../../core/geo/localTangentPlane.js'
import { createCoreHost } from '../../core/host/createCoreHost.js'
import { createDemoProjectFile } from '../../core/host/createDemoProjectFile.js'
import { createInProcessTransport } from '../../core/host/inProcessTransport.js'

/** Calibration on the demo project: 2018 drive-test samples at 1.5 m, each with its serving cell, and 90 cells. */
const now = new Date('2026-11-30T00:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'certus-calibration-'))
const demoPath = join(dir, 'demo.certus')
const opened: ProjectDb[] = []

/** A private copy of the demo project, so each test starts from the same file. */
function demoCopy(name: string): ProjectDb {
  const path = join(dir, `${name}.certus`)
  copyFileSync(demoPath, path)
  const db = openProjectDb(path)
  opened.push(db)
  return db
}

interface SampleRow {
  lon: number
  lat: number
  altitude_m: number | null
  cell_id: number | null
  rsrp_dbm: number
}

/** Measured − predicted RSRP of samples computed here in one tile, each served by its stored cell, with an optional correction. */
function directResiduals(db: ProjectDb, rows: SampleRow[], correction: { offsetDb: number; slopeDbPerDecade: number } | null): Float64Array {
  const lons = rows.map((r) => r.lon)
  const lats = rows.map((r) => r.lat)
  // The scene's plane centred where runCalibration centres it: the middle of all samples with RSRP.
  const box = db.prepare('SELECT min(lon) AS minLon, max(lon) AS maxLon, min(lat) AS minLat, max(lat) AS maxLat FROM samples WHERE rsrp_dbm IS NOT NULL').get() as Record<string, number>
  const lon0 = ((box.minLon as number) + (box.maxLon as number)) / 2
  const lat0 = ((box.minLat as number) + (box.maxLat as number)) / 2
  const scene = loadCoverageScene(db, lon0, lat0, resolveCoverageParameters(undefined))
  const plane = localTangentPlane(lon0, lat0)
  const tile = computeCoverageTile(scene, {
    eastM: Float64Array.from(lons, (l) => plane.toEastM(l)),
    northM: Float64Array.from(lats, (l) => plane.toNorthM(l)),
    utHeightM: Float64Array.from(rows, (r) => r.altitude_m ?? 1.5),
    correction,
    servingCell: Int32Array.from(rows, (r) => scene.cells.findIndex((c) => c.id === r.cell_id)),
  })
  return Float64Array.from(rows, (r, i) => r.rsrp_dbm - (tile.rsrpDbm[i] as number))
}

const mean = (values: ArrayLike<number>): number => Array.from(values).reduce((a, b) => a + b, 0) / values.length

beforeAll(async () => {
  await createDemoProjectFile(demoPath, { now })
}, 60_000)
afterAll(() => {
  for (const db of opened) db.close()
})

describe('runCalibration on the demo project', () => {
  it('fits one layer over all samples, with mean error 0 after (1e-6 dB) and a smaller RMSE, and stores it', async () => {
    const db = demoCopy('all')
    const phases: string[] = []
    const result = await runCalibration(db, {}, { now, progress: (_done, _total, phase) => phases.push(phase) })
    expect(result.byAltitude).toBe(false)
    expect(result.createdAt).toBe(now.toISOString())
    expect(result.layers).toHaveLength(1)
    const [layer] = result.layers
    expect(layer?.altitudeM).toBeNull()
    expect(layer?.samples).toBe(2018)
    expect(Math.abs(layer?.meAfterDb ?? NaN)).toBeLessThan(1e-6)
    expect(layer?.rmseAfterDb).toBeLessThan(layer?.rmseBeforeDb ?? NaN)
    // RMSE² = ME² + σ² (0.001 dB²).
    expect(Math.abs((layer?.rmseBeforeDb ?? 0) ** 2 - (layer?.meBeforeDb ?? 0) ** 2 - (layer?.sigmaBeforeDb ?? 0) ** 2)).toBeLessThan(1e-3)
    expect(phases).toContain('predicting')
    expect(phases.at(-1)).toBe('done')
    expect(latestCalibration(db)).toMatchObject({ id: result.calibrationId, byAltitude: false, layers: result.layers })
    console.info(`demo calibration: ${JSON.stringify(layer)}`)
  })

  it('predicts each sample served by the cell it measured: its before-residual equals a direct prediction (1e-4 dB)', async () => {
    const db = demoCopy('direct')
    const result = await runCalibration(db, {}, { now })
    const rows = db.prepare('SELECT lon, lat, altitude_m, cell_id, rsrp_dbm FROM samples WHERE rsrp_dbm IS NOT NULL ORDER BY id LIMIT 50').all() as SampleRow[]
    const direct = directResiduals(db, rows, null)
    for (let i = 0; i < rows.length; i++) {
      expect(result.residuals.positions[2 * i]).toBe(rows[i]?.lon)
      expect(Math.abs((result.residuals.beforeDb[i] as number) - (direct[i] as number))).toBeLessThan(1e-4)
    }
  })

  it('gives predictions that apply the fit (computeCoverageTile with the correction) a mean error of 0 (0.01 dB)', async () => {
    const db = demoCopy('applied')
    const { layers, residuals } = await runCalibration(db, {}, { now })
    const rows = db.prepare('SELECT lon, lat, altitude_m, cell_id, rsrp_dbm FROM samples WHERE rsrp_dbm IS NOT NULL ORDER BY id').all() as SampleRow[]
    const layer = layers[0] as { offsetDb: number; slopeDbPerDecade: number }
    const corrected = directResiduals(db, rows, { offsetDb: layer.offsetDb, slopeDbPerDecade: layer.slopeDbPerDecade })
    expect(Math.abs(mean(corrected))).toBeLessThan(0.01)
    // The stored after-residuals are those corrected predictions (0.01 dB).
    for (let i = 0; i < rows.length; i += 97) expect(Math.abs((residuals.afterDb[i] as number) - (corrected[i] as number))).toBeLessThan(0.01)
  })

  it('fits each altitude layer on its own when byAltitude: the 1.5 m drive and a 60 m flight over the same streets', async () => {
    const ground = (await runCalibration(demoCopy('ground'), {}, { now })).layers[0]
    const db = demoCopy('layers')
    db.exec(`INSERT INTO samples (import_id, time_ms, lon, lat, altitude_m, altitude_ref, cell_id, pci, rsrp_dbm)
             SELECT import_id, time_ms, lon, lat, 60, 'AGL', cell_id, pci, rsrp_dbm - 8 FROM samples`)
    const result = await runCalibration(db, { byAltitude: true }, { now })
    expect(result.byAltitude).toBe(true)
    expect(result.layers.map((l) => [l.altitudeM, l.samples])).toEqual([
      [1.5, 2018],
      [60, 2018],
    ])
    for (const layer of result.layers) expect(Math.abs(layer.meAfterDb)).toBeLessThan(1e-6)
    // The 1.5 m layer is the fit of the drive alone: the flight samples do not leak into it (1e-9 dB).
    expect(Math.abs((result.layers[0]?.offsetDb ?? NaN) - (ground?.offsetDb ?? NaN))).toBeLessThan(1e-9)
    expect(Math.abs((result.layers[0]?.slopeDbPerDecade ?? NaN) - (ground?.slopeDbPerDecade ?? NaN))).toBeLessThan(1e-9)
    expect(Math.abs((result.layers[1]?.offsetDb ?? NaN) - (ground?.offsetDb ?? NaN))).toBeGreaterThan(0.5)
    expect(result.residuals.count).toBe(4036)
    expect(Array.from(new Set(result.residuals.altitudesM)).sort((a, b) => a - b)).toEqual([1.5, 60])
  })

  it('returns the newest calibration with its residual map from readLatestCalibration, as the run returned it', async () => {
    const db = demoCopy('latest')
    expect(readLatestCalibration(db)).toBeNull()
    await runCalibration(db, {}, { now })
    const newest = await runCalibration(db, { byAltitude: true }, { now: new Date('2026-12-01T00:00:00Z') })
    const latest = readLatestCalibration(db)
    expect(latest).toEqual(newest)
    expect(latest?.residuals.count).toBe(2018)
    expect(latest?.residuals.positions).toHaveLength(4036)
  })

  it('stores nothing when cancelled during the prediction', async () => {
    const db = demoCopy('cancel')
    const controller = new AbortController()
    const run = runCalibration(db, {}, { now, signal: controller.signal, progress: () => controller.abort() })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(latestCalibration(db)).toBeUndefined()
  })
})

describe('runCalibration refusals', () => {
  it('refuses a project without samples with RSRP, then one without cells, saying what to import', async () => {
    const db = openProjectDb(join(mkdtempSync(join(dir, 'empty-')), 'empty.certus'))
    opened.push(db)
    await expect(runCalibration(db, {}, { now })).rejects.toThrow(CalibrationRefusal)
    await expect(runCalibration(db, {}, { now })).rejects.toThrow(/no samples with a measured RSRP: import a drive test or a flight log/)
    const importId = db.prepare("INSERT INTO imports (file_name, sha256, kind, imported_at) VALUES ('drive.csv', 'x', 'drivetest', '2026-11-30')").run().lastInsertRowid
    db.prepare('INSERT INTO samples (import_id, lon, lat, rsrp_dbm) VALUES (?, 114.05, 22.54, -90)').run(importId)
    await expect(runCalibration(db, {}, { now })).rejects.toThrow(/the project has no cells: import an engineering-parameter sheet/)
  })

  it('refuses when no sample lies within range of a cell', async () => {
    const db = demoCopy('far')
    db.exec('UPDATE samples SET lon = lon + 1')
    await expect(runCalibration(db, {}, { now })).rejects.toThrow(/none of the 2018 samples with RSRP lies within 10000 m of a cell/)
  })
})

describe('calibration.run and calibration.latest over the API (in-process host)', () => {
  it('runs the job, then returns the same calibration with its residual map; a refusal is bad input', async () => {
    const path = join(dir, 'api.certus')
    copyFileSync(demoPath, path)
    const host = await createCoreHost({ mode: 'in-process', version: '9.9.9', now: () => now })
    const client = createClient(createInProcessTransport(host))
    try {
      await client.call('project.open', { path, create: false })
      expect(await client.call('calibration.latest', {})).toEqual({ calibration: null })
      const result = await client.runJob('calibration.run', { byAltitude: true })
      expect(result.layers.map((l) => l.altitudeM)).toEqual([1.5])
      const { calibration } = await client.call('calibration.latest', {})
      expect(calibration).toEqual(result)
      expect(calibration?.residuals.beforeDb).toBeInstanceOf(Float32Array)

      const emptyPath = join(dir, 'api-empty.certus')
      await client.call('project.open', { path: emptyPath, create: true })
      const refused = await client.runJob('calibration.run', {}).catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(ApiError)
      expect(refused).toMatchObject({ code: 'bad-input', message: expect.stringMatching(/no samples with a measured RSRP/) })
    } finally {
      client.close()
      await host.close()
    }
  })
})
