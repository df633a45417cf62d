import type { CoveragePredictParams, CoverageRun } from '../api/schemas/coverageSchemas.js'
import { insertCoverageRun, listCoverageRuns, type CoverageLayerColumns } from '../db/coverageTables.js'
import { listAreas, listRoutes } from '../db/geometryTables.js'
import type { ProjectDb } from '../db/openProjectDb.js'
import { localTangentPlane } from '../geo/localTangentPlane.js'
import type { WorkerPool } from '../workers/workerPool.js'
import { correctionForAltitude, latestCalibration } from './calibrationRecord.js'
import { resolveCoverageParameters } from './coverageParameters.js'
import { loadCoverageSceneAround, type CoverageScene } from './coverageScene.js'
import type { TileResult } from './coverageTile.js'
import type { CoverageTileTask } from './coverageWorker.js'
import { summariseLayer } from './layerSummary.js'
import { areaGridPoints, routePoints, type PredictionPoints } from './predictionPoints.js'
import { pointsPerTile, tileCount } from './predictInThread.js'

export { pointsPerTile }

/** Default resolution: a 50 m grid over areas, a point every 10 m along routes. */
export const defaultResolutionM = { area: 50, route: 10 } as const

export interface PredictServices {
  pool: WorkerPool<CoverageTileTask, TileResult>
  now: Date
  signal?: AbortSignal
  progress?: (done: number, total: number, phase: string) => void
}

/** Thrown for a request the project cannot serve (no such area, no cells…): the message says what to do. */
export class PredictionRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PredictionRefusal'
  }
}

/**
 * Predicts coverage over an area grid or along a route at each altitude (AGL; flat ground, no
 * terrain model), in tiles on the worker pool, and stores the run with its layers in one
 * transaction: a cancel or a failure stores nothing.
 */
export async function predictCoverage(db: ProjectDb, request: CoveragePredictParams, services: PredictServices): Promise<CoverageRun> {
  const started = performance.now()
  const { target } = request
  const resolutionM = request.resolutionM ?? defaultResolutionM[target.kind]
  const points = targetPoints(db, target, resolutionM)
  const parameters = resolveCoverageParameters(request.parameters)
  const scene = sceneAround(db, points, parameters)
  if (scene.cells.length === 0) throw new PredictionRefusal('the project has no cells: import an engineering-parameter sheet first')
  const calibration = request.applyCalibration === false ? undefined : latestCalibration(db)
  const plane = localTangentPlane(scene.lon0, scene.lat0)
  const eastM = Float64Array.from(points.lon, (lon) => plane.toEastM(lon))
  const northM = Float64Array.from(points.lat, (lat) => plane.toNorthM(lat))
  const altitudesM = [...new Set(request.altitudesM)]
  const n = points.lon.length
  const tilesPerLayer = tileCount(n)
  const total = tilesPerLayer * altitudesM.length
  let done = 0
  let linkEvaluations = 0
  services.progress?.(0, total, 'predicting')

  const layers: CoverageLayerColumns[] = []
  for (const altitudeM of altitudesM) {
    const correction = correctionForAltitude(calibration, altitudeM)
    const columns = emptyColumns(n)
    const tiles = Array.from({ length: tilesPerLayer }, async (_, t) => {
      const start = t * pointsPerTile
      const end = Math.min(n, start + pointsPerTile)
      const tile = {
        eastM: eastM.slice(start, end),
        northM: northM.slice(start, end),
        utHeightM: new Float64Array(end - start).fill(altitudeM),
        correction,
      }
      const result = await services.pool.run({ scene, tile }, { ...(services.signal === undefined ? {} : { signal: services.signal }) })
      placeTile(columns, result, start, scene)
      linkEvaluations += result.linkEvaluations
      services.progress?.(++done, total, `${altitudeM} m`)
    })
    await Promise.all(tiles)
    layers.push({
      altitudeM,
      lon: points.lon,
      lat: points.lat,
      alongM: points.alongM ?? null,
      gridColumn: points.grid?.column ?? null,
      gridRow: points.grid?.row ?? null,
      ...columns,
      summary: summariseLayer(altitudeM, { ...columns, bestCell: columns.bestCellIndex }, scene.cells, parameters.rsrpThresholdDbm),
    })
  }
  const seconds = (performance.now() - started) / 1000
  const runId = db.transaction(() =>
    insertCoverageRun(db, {
      createdAt: services.now, target, resolutionM, parameters, calibration: calibration ?? null, cells: scene.cells.length, linkEvaluations, seconds, layers,
    }),
  )()
  const run = listCoverageRuns(db).find((r) => r.runId === runId)
  if (run === undefined) throw new Error(`bug: coverage run ${runId} was not stored`)
  return run
}

function targetPoints(db: ProjectDb, target: CoveragePredictParams['target'], resolutionM: number): PredictionPoints {
  try {
    if (target.kind === 'area') {
      const areas = listAreas(db)
      const area = areas.find((a) => a.name === target.name)
      if (area === undefined) throw new PredictionRefusal(`no area named ${JSON.stringify(target.name)}; the project has ${listNames(areas.map((a) => a.name))}`)
      return areaGridPoints(area.ring, resolutionM)
    }
    const routes = listRoutes(db)
    const route = routes.find((r) => r.name === target.name)
    if (route === undefined) throw new PredictionRefusal(`no route named ${JSON.stringify(target.name)}; the project has ${listNames(routes.map((r) => r.name))}`)
    return routePoints(route.points, resolutionM)
  } catch (error) {
    if (error instanceof RangeError) throw new PredictionRefusal(error.message)
    throw error
  }
}

const listNames = (names: string[]): string => (names.length === 0 ? 'none' : names.map((n) => JSON.stringify(n)).join(', '))

function sceneAround(db: ProjectDb, points: PredictionPoints, parameters: CoverageScene['parameters']): CoverageScene {
  try {
    return loadCoverageSceneAround(db, points.lon, points.lat, parameters)
  } catch (error) {
    if (error instanceof RangeError) throw new PredictionRefusal(error.message)
    throw error
  }
}

type LayerColumns = Omit<CoverageLayerColumns, 'altitudeM' | 'lon' | 'lat' | 'alongM' | 'gridColumn' | 'gridRow' | 'summary'> & { bestCellIndex: Int32Array }

function emptyColumns(n: number): LayerColumns {
  return {
    bestCellIndex: new Int32Array(n), bestCellId: new Int32Array(n), bestBeam: new Int32Array(n), rsrpDbm: new Float32Array(n), dlSinrDb: new Float32Array(n),
    ulSinrDb: new Float32Array(n), dlMbps: new Float32Array(n), ulMbps: new Float32Array(n), coverageProbability: new Float32Array(n),
  }
}

function placeTile(columns: LayerColumns, result: TileResult, start: number, scene: CoverageScene): void {
  columns.bestCellIndex.set(result.bestCell, start)
  for (let i = 0; i < result.bestCell.length; i++) {
    const c = result.bestCell[i] as number
    columns.bestCellId[start + i] = c < 0 ? -1 : (scene.cells[c]?.id ?? -1)
  }
  columns.bestBeam.set(result.bestBeam, start)
  columns.rsrpDbm.set(result.rsrpDbm, start)
  columns.dlSinrDb.set(result.dlSinrDb, start)
  columns.ulSinrDb.set(result.ulSinrDb, start)
  columns.dlMbps.set(result.dlMbps, start)
  columns.ulMbps.set(result.ulMbps, start)
  columns.coverageProbability.set(result.coverageProbability, start)
}
