import { mkdtempSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveCoverageParameters } from '../../core/coverage/coverageParameters.js'
import { loadCoverageScene } from '../../core/coverage/coverageScene.js'
import { computeCoverageTile, type TileResult } from '../../core/coverage/coverageTile.js'
import type { CoverageTileTask } from '../../core/coverage/coverageWorker.js'
import { predictCoverage, PredictionRefusal } from '../../core/coverage/predictCoverage.js'
import { areaGridPoints } from '../../core/coverage/predictionPoints.js'
import { listCoverageRuns, readCoverageLayer } from '../../core/db/coverageTables.js'
import { listAreas } from '../../core/db/geometryTables.js'
import { openProjectDb, type ProjectDb } from '../../core/db/openProjectDb.js'
import { localTangentPlane } from '../../core/geo/localTangentPlane.js'
import { createDemoProjectFile } from '../../core/host/createDemoProjectFile.js'
import { WorkerPool } from '../../core/workers/workerPool.js'

/** Predictions on the demo project, computed by a real worker pool (2 threads) and stored in SQLite. */
const now = new Date('2026-11-30T00:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'certus-predict-'))
let db: ProjectDb
let pool: WorkerPool<CoverageTileTask, TileResult>

beforeAll(async () => {
  const path = join(dir, 'demo.certus')
  await createDemoProjectFile(path, { now })
  db = openProjectDb(path)
  pool = new WorkerPool<CoverageTileTask, TileResult>('coverage', { size: 2 })
}, 60_000)
afterAll(async () => {
  await pool.close()
  db.close()
})

describe('predictCoverage', () => {
  it('predicts an area at several altitudes on the pool exactly as one thread computes it, and stores every layer', async () => {
    const progress: number[] = []
    const run = await predictCoverage(db, { target: { kind: 'area', name: 'Task area A' }, altitudesM: [1.5, 120], resolutionM: 40 }, { pool, now, progress: (done) => progress.push(done) })
    expect(run).toMatchObject({ target: { kind: 'area', name: 'Task area A' }, resolutionM: 40, altitudesM: [1.5, 120], cells: 90, calibrated: false })
    expect(run.layers.map((l) => l.altitudeM)).toEqual([1.5, 120])
    expect(progress.at(-1)).toBe(progress.length - 1)

    // The same points in this thread, in one tile.
    const area = listAreas(db).find((a) => a.name === 'Task area A')!
    const grid = areaGridPoints(area.ring, 40)
    const layer = readCoverageLayer(db, run.runId, 120)!
    expect(layer.count).toBe(grid.lon.length)
    const lons = grid.lon
    const lats = grid.lat
    const centre = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2] as const
    const scene = loadCoverageScene(db, centre[0], centre[1], resolveCoverageParameters(undefined))
    const plane = localTangentPlane(centre[0], centre[1])
    const direct = computeCoverageTile(scene, {
      eastM: Float64Array.from(lons, (l) => plane.toEastM(l)),
      northM: Float64Array.from(lats, (l) => plane.toNorthM(l)),
      utHeightM: new Float64Array(lons.length).fill(120),
      correction: null,
    })
    expect(layer.rsrpDbm).toEqual(direct.rsrpDbm)
    expect(layer.ulSinrDb).toEqual(direct.ulSinrDb)
    expect(layer.bestCellId).toEqual(Int32Array.from(direct.bestCell, (c) => scene.cells[c]!.id))
    expect(layer.positions[0]).toBe(lons[0])
    expect(run.linkEvaluations).toBeGreaterThan(2 * grid.lon.length * 8)
    // Every point of the area is served at both heights, and the summary agrees with the stored values.
    const served = run.layers[1]!.servingCells.reduce((s, c) => s + c.points, 0)
    expect(served).toBe(grid.lon.length)
    const sorted = [...layer.rsrpDbm].sort((a, b) => a - b)
    expect(run.layers[1]!.rsrpDbm.median).toBeCloseTo(sorted[Math.ceil(sorted.length / 2) - 1]!, 1)
  })

  it('predicts along a route, with the distance of each point from the start', async () => {
    const run = await predictCoverage(db, { target: { kind: 'route', name: 'Drone patrol 120 m' }, altitudesM: [120] }, { pool, now })
    const layer = readCoverageLayer(db, run.runId, 120)!
    expect(layer.targetKind).toBe('route')
    expect(layer.alongM![0]).toBe(0)
    for (let i = 1; i < layer.count; i++) expect(layer.alongM![i]! - layer.alongM![i - 1]!).toBeLessThanOrEqual(10 + 1e-6)
    expect(run.layers[0]!.coveredShare).toBeGreaterThan(0.9)
  })

  it('stores nothing when cancelled half-way, and the pool still serves the next prediction', async () => {
    const before = listCoverageRuns(db).length
    const controller = new AbortController()
    const run = predictCoverage(db, { target: { kind: 'area', name: 'Task area A' }, altitudesM: [1.5, 30, 60, 120, 300], resolutionM: 10 }, {
      pool, now, signal: controller.signal, progress: (done) => (done >= 2 ? controller.abort() : undefined),
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(listCoverageRuns(db).length).toBe(before)
    const next = await predictCoverage(db, { target: { kind: 'area', name: 'Task area A' }, altitudesM: [60], resolutionM: 100 }, { pool, now })
    expect(next.layers[0]!.points).toBeGreaterThan(0)
  })

  it('refuses an unknown target, naming those the project has', async () => {
    await expect(predictCoverage(db, { target: { kind: 'area', name: 'Nowhere' }, altitudesM: [1.5] }, { pool, now })).rejects.toThrow(
      new PredictionRefusal('no area named "Nowhere"; the project has "Task area A"'),
    )
    await expect(predictCoverage(db, { target: { kind: 'route', name: 'Nowhere' }, altitudesM: [1.5] }, { pool, now })).rejects.toBeInstanceOf(PredictionRefusal)
  })

  it('refuses a project without cells', async () => {
    const empty = openProjectDb(join(dir, 'empty.certus'))
    empty.prepare("INSERT INTO areas (name, altitude_ref, min_altitude_m, max_altitude_m, ring_json) VALUES ('A', 'AGL', 0, 120, '[[114,22.5],[114.01,22.5],[114.01,22.51]]')").run()
    await expect(predictCoverage(empty, { target: { kind: 'area', name: 'A' }, altitudesM: [1.5] }, { pool, now })).rejects.toThrow('the project has no cells')
    empty.close()
  })
})

describe('WorkerPool', () => {
  it('is sized to the machine unless told otherwise', async () => {
    const sized = new WorkerPool<CoverageTileTask, TileResult>('coverage')
    expect(sized.size).toBe(availableParallelism())
    await sized.close()
  })

  it('answers a failing task with its error and keeps working', async () => {
    const bad = pool.run({ scene: { lon0: 0, lat0: 0, cells: [], parameters: null } as never, tile: { eastM: new Float64Array(1), northM: new Float64Array(1), utHeightM: new Float64Array(1), correction: null } })
    await expect(bad).rejects.toThrow()
    const scene = loadCoverageScene(db, 114.05, 22.54, resolveCoverageParameters(undefined))
    const ok = await pool.run({ scene, tile: { eastM: Float64Array.of(0), northM: Float64Array.of(0), utHeightM: Float64Array.of(1.5), correction: null } })
    expect(ok.bestCell[0]).toBeGreaterThanOrEqual(0)
  })
})
