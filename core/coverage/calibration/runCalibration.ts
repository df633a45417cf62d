import type { CalibrationResult, CoverageParametersInput } from '../../api/schemas/coverageSchemas.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { localTangentPlane } from '../../geo/localTangentPlane.js'
import { insertCalibration, latestCalibration, type CalibrationLayer } from '../calibrationRecord.js'
import { resolveCoverageParameters, type CoverageParameters } from '../coverageParameters.js'
import { loadCoverageSceneAround, type CoverageScene } from '../coverageScene.js'
import { predictInThread, tileCount } from '../predictInThread.js'
import { binAltitudeLayers } from './altitudeLayers.js'
import { readCalibrationResiduals, writeCalibrationResiduals, type CalibrationResiduals } from './calibrationResiduals.js'
import { readCalibrationSamples, type CalibrationSamples } from './calibrationSamples.js'
import { fitPathLossCorrection } from './fitPathLossCorrection.js'
import { matchServingCells } from './matchServingCells.js'

/** What calibration.run asks for: one fit per altitude layer or one over all, and the prediction's parameters. */
export interface CalibrationRequest {
  byAltitude?: boolean
  parameters?: CoverageParametersInput
}

export interface CalibrationServices {
  now: Date
  signal?: AbortSignal
  progress?: (done: number, total: number, phase: string) => void
}

/** A calibration the project cannot support (no measured RSRP, no cells…): the message says what to import. */
export class CalibrationRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CalibrationRefusal'
  }
}

/**
 * Calibrates the path-loss model against the project's measured RSRP: predicts each sample at its own
 * position and height (computeCoverageTile, in this thread, in tiles, yielding between them), served
 * by the cell it measured when that can be matched (matchServingCells), else by the strongest; fits
 * ΔPL = offset + slope · log10(d3D / 1 km) per altitude layer (or once over all samples) by least
 * squares (fitPathLossCorrection); stores the fit with its residual map in one transaction.
 * Samples without a cell in range are left out. A cancel stores nothing.
 * @throws CalibrationRefusal when no sample has RSRP at a usable height, the project has no cells, or no sample is near one
 */
export async function runCalibration(db: ProjectDb, request: CalibrationRequest, services: CalibrationServices): Promise<CalibrationResult> {
  const byAltitude = request.byAltitude ?? false
  const parameters = resolveCoverageParameters(request.parameters)
  const samples = readCalibrationSamples(db)
  if (samples.count === 0) throw new CalibrationRefusal(noSamplesMessage(samples.amslCount))
  const scene = sceneAround(db, samples, parameters)
  if (scene.cells.length === 0) throw new CalibrationRefusal('the project has no cells: import an engineering-parameter sheet first')

  const predicted = await predictSamples(db, scene, samples, services)
  const kept: number[] = []
  for (let i = 0; i < samples.count; i++) if (Number.isFinite(predicted.rsrpDbm[i])) kept.push(i)
  if (kept.length === 0) {
    throw new CalibrationRefusal(`none of the ${samples.count} samples with RSRP lies within ${parameters.maxDistanceM} m of a cell: import the cells that served them`)
  }
  const { layers, residuals } = fitLayers(samples, predicted, kept, byAltitude)
  services.signal?.throwIfAborted()
  const calibrationId = db.transaction(() => {
    const id = insertCalibration(db, services.now, byAltitude, layers)
    writeCalibrationResiduals(db, id, residuals, parameters)
    return id
  })()
  const steps = tileCount(samples.count) + 1
  services.progress?.(steps, steps, 'done')
  return { calibrationId, createdAt: services.now.toISOString(), byAltitude, layers, residuals }
}

/** The newest calibration with its residual map, or null when the project has none. */
export function readLatestCalibration(db: ProjectDb): CalibrationResult | null {
  const record = latestCalibration(db)
  if (record === undefined) return null
  return { calibrationId: record.id, createdAt: record.createdAt, byAltitude: record.byAltitude, layers: record.layers, residuals: readCalibrationResiduals(db, record.id) }
}

function noSamplesMessage(amslCount: number): string {
  return amslCount > 0
    ? `the project's ${amslCount} samples with RSRP give AMSL altitudes, which Certus cannot turn into heights above ground without a terrain model`
    : 'the project has no samples with a measured RSRP: import a drive test or a flight log first'
}

/** The scene around the samples' bounding box; a cell whose carrier cannot be read is a refusal. */
function sceneAround(db: ProjectDb, samples: CalibrationSamples, parameters: CoverageParameters): CoverageScene {
  try {
    return loadCoverageSceneAround(db, samples.lon, samples.lat, parameters)
  } catch (error) {
    if (error instanceof RangeError) throw new CalibrationRefusal(error.message)
    throw error
  }
}

interface SamplePredictions {
  rsrpDbm: Float32Array
  distance3dM: Float32Array
}

/** Predicted RSRP and distance to the serving antenna of every sample, tile by tile, yielding between tiles. */
async function predictSamples(db: ProjectDb, scene: CoverageScene, samples: CalibrationSamples, services: CalibrationServices): Promise<SamplePredictions> {
  const plane = localTangentPlane(scene.lon0, scene.lat0)
  const eastM = Float64Array.from(samples.lon, (lon) => plane.toEastM(lon))
  const northM = Float64Array.from(samples.lat, (lat) => plane.toNorthM(lat))
  const pciById = new Map((db.prepare('SELECT id, pci FROM cells').all() as { id: number; pci: number | null }[]).map((c) => [c.id, c.pci]))
  const cells = scene.cells.map((c) => ({ id: c.id, pci: pciById.get(c.id) ?? null, eastM: c.eastM, northM: c.northM }))
  const servingCell = matchServingCells({ eastM, northM, cellId: samples.cellId, pci: samples.pci }, cells, scene.parameters.maxDistanceM)

  const tiles = tileCount(samples.count)
  services.progress?.(0, tiles + 1, 'predicting')
  const predicted = await predictInThread(scene, { eastM, northM, utHeightM: samples.heightM, servingCell }, null, {
    ...(services.signal === undefined ? {} : { signal: services.signal }),
    onTile: (done) => services.progress?.(done, tiles + 1, 'predicting'),
  })
  services.progress?.(tiles, tiles + 1, 'fitting')
  return { rsrpDbm: predicted.rsrpDbm, distance3dM: predicted.distance3dM }
}

/** The fit of each altitude layer (or of all samples) and the residual map of the kept samples. */
function fitLayers(samples: CalibrationSamples, predicted: SamplePredictions, kept: readonly number[], byAltitude: boolean): { layers: CalibrationLayer[]; residuals: CalibrationResiduals } {
  const count = kept.length
  const residuals: CalibrationResiduals = {
    count,
    positions: new Float64Array(2 * count),
    altitudesM: new Float32Array(count),
    beforeDb: new Float32Array(count),
    afterDb: new Float32Array(count),
  }
  const heightsM = Float64Array.from(kept, (i) => samples.heightM[i] as number)
  const binned: { altitudesM: (number | null)[]; layerOfSample: Int32Array } = byAltitude ? binAltitudeLayers(heightsM) : { altitudesM: [null], layerOfSample: new Int32Array(count) }
  const membersOfLayer = binned.altitudesM.map((): number[] => [])
  binned.layerOfSample.forEach((layer, k) => membersOfLayer[layer]?.push(k))
  const layers = binned.altitudesM.map((altitudeM, layer): CalibrationLayer => {
    const members = membersOfLayer[layer] as number[]
    const distance3dM = Float64Array.from(members, (k) => predicted.distance3dM[kept[k] as number] as number)
    const beforeDb = Float64Array.from(members, (k) => {
      const i = kept[k] as number
      return (samples.rsrpDbm[i] as number) - (predicted.rsrpDbm[i] as number)
    })
    const fit = fitPathLossCorrection(distance3dM, beforeDb)
    members.forEach((k, m) => {
      residuals.beforeDb[k] = beforeDb[m] as number
      residuals.afterDb[k] = fit.afterDb[m] as number
    })
    const { offsetDb, slopeDbPerDecade, samples: fitted, meBeforeDb, rmseBeforeDb, sigmaBeforeDb, meAfterDb, rmseAfterDb, sigmaAfterDb } = fit
    return { altitudeM, samples: fitted, offsetDb, slopeDbPerDecade, meBeforeDb, rmseBeforeDb, sigmaBeforeDb, meAfterDb, rmseAfterDb, sigmaAfterDb }
  })
  kept.forEach((i, k) => {
    residuals.positions[2 * k] = samples.lon[i] as number
    residuals.positions[2 * k + 1] = samples.lat[i] as number
    residuals.altitudesM[k] = samples.heightM[i] as number
  })
  return { layers, residuals }
}
