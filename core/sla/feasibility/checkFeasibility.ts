import type { FeasibilityRequestInput, FeasibilityResult, FeasibilitySegment } from '../../api/schemas/feasibilitySchemas.js'
import type { SlaTargets } from '../../api/schemas/slaSchemas.js'
import { correctionForAltitude, latestCalibration } from '../../coverage/calibrationRecord.js'
import { defaultCoverageParameters, resolveCoverageParameters } from '../../coverage/coverageParameters.js'
import { loadCoverageSceneAround, type CoverageScene } from '../../coverage/coverageScene.js'
import { areaGridPoints, routePoints, type PredictionPoints } from '../../coverage/predictionPoints.js'
import { listAreas, listRoutes } from '../../db/geometryTables.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import { localTangentPlane } from '../../geo/localTangentPlane.js'
import { emptyEvaluatedColumns, evaluateLayer } from './evaluateLayer.js'
import { feasibilityDefaults } from './feasibilityDefaults.js'
import { describeInterruptionModel } from './interruptionModel.js'
import { measureAtPoints, type PointMeasurements } from './measureAtPoints.js'
import { feasibilityMargins, findTarget, pointChecks } from './pointChecks.js'
import { predictInTiles, tileCount } from './predictInTiles.js'
import { layerSegments, layoutSegments } from './segments.js'
import { summariseFeasibility } from './summariseFeasibility.js'

/** A feasibility request: the SLA's network targets and where and how to check them. */
export interface FeasibilityRequest extends FeasibilityRequestInput {
  targets: SlaTargets
}

export interface FeasibilityServices {
  /** The clock: samples older than now − maxAgeDays are not used. */
  now: Date
  signal?: AbortSignal
  progress?: (done: number, total: number, phase: string) => void
}

/** A request the project cannot serve (no such route, a bad target unit…): the message says what to do. */
export class FeasibilityRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FeasibilityRefusal'
  }
}

/**
 * Checks an SLA's network targets along a route or over an area at each altitude (AGL, flat ground):
 * points every `spacingM` (a grid over areas); at each, the nearest measured sample within the
 * distance/altitude/age tolerances, predictions (this thread, in tiles, with the latest calibration)
 * elsewhere and for what a sample cannot measure; a verdict per point (pointChecks.ts), per segment
 * (segments.ts), and the summary (summariseFeasibility.ts). Stores nothing.
 */
export async function checkFeasibility(db: ProjectDb, request: FeasibilityRequest, services: FeasibilityServices): Promise<FeasibilityResult> {
  const kind = request.target.kind
  const spacingM = request.spacingM ?? feasibilityDefaults.spacingM[kind]
  const segmentLengthM = request.segmentLengthM ?? feasibilityDefaults.segmentLengthM[kind]
  if (segmentLengthM < spacingM) throw new FeasibilityRefusal(`segment-length-m must be at least the spacing (${spacingM} m), not ${segmentLengthM}`)
  const tolerances = { ...feasibilityDefaults.tolerances, ...request.tolerances }
  const checks = refuseRangeErrors(() => pointChecks(request.targets))
  const points = refuseRangeErrors(() => targetPoints(db, request.target, spacingM))
  const n = points.lon.length
  if (n === 0) throw new FeasibilityRefusal(`${kind} ${JSON.stringify(request.target.name)} holds no point at a spacing of ${spacingM} m; use a finer spacing`)
  const rsrpThresholdDbm = request.parameters?.rsrpThresholdDbm ?? findTarget(request.targets, 'rsrp')?.value ?? defaultCoverageParameters.rsrpThresholdDbm
  const scene = refuseRangeErrors(() => loadCoverageSceneAround(db, points.lon, points.lat, resolveCoverageParameters({ ...request.parameters, rsrpThresholdDbm })))
  const calibration = request.applyCalibration === false ? undefined : latestCalibration(db)
  const plane = localTangentPlane(scene.lon0, scene.lat0)
  const eastM = Float64Array.from(points.lon, (lon) => plane.toEastM(lon))
  const northM = Float64Array.from(points.lat, (lat) => plane.toNorthM(lat))
  const altitudesM = [...new Set(request.altitudesM)]
  const measured = await measureAtPoints(db, {
    lon: points.lon, lat: points.lat, eastM, northM, altitudesM, tolerances, now: services.now, plane, rsrpThresholdDbm,
    ...(services.signal === undefined ? {} : { signal: services.signal }),
  })
  const checkInput = { n, altitudesM, points, eastM, northM, scene, calibration, measured, checks, segmentLengthM }
  const { columns, segments, segmentOfPoint } = await evaluateAltitudes(checkInput, services)
  const droneSpeedMps = request.droneSpeedMps ?? feasibilityDefaults.droneSpeedMps
  const recoveryS = request.recoveryS ?? feasibilityDefaults.recoveryS
  const summary = summariseFeasibility({
    kind, altitudesM, pointsPerLayer: n, columns, alongM: points.alongM, checks, targets: request.targets, segments,
    model: {
      spacingM, segmentLengthM, tolerances, margins: { ...feasibilityMargins }, rsrpThresholdDbm, droneSpeedMps, recoveryS,
      calibrated: calibration !== undefined, cells: scene.cells.length, interruption: describeInterruptionModel(kind, droneSpeedMps, recoveryS),
    },
  })
  const { failedMask: _failedMask, ...pointColumns } = columns
  return {
    target: request.target,
    altitudesM,
    segments,
    points: {
      count: n * altitudesM.length,
      positions: repeatPositions(points, altitudesM.length),
      alongM: points.alongM === undefined ? null : repeat(points.alongM, altitudesM.length),
      segment: segmentOfPoint,
      ...pointColumns,
    },
    summary,
  }
}

interface CheckInput {
  n: number
  altitudesM: number[]
  points: PredictionPoints
  eastM: Float64Array
  northM: Float64Array
  scene: CoverageScene
  calibration: ReturnType<typeof latestCalibration>
  measured: PointMeasurements
  checks: ReturnType<typeof pointChecks>
  segmentLengthM: number
}

/** Predicts and judges each altitude layer in turn, with progress per tile; then its segments. */
async function evaluateAltitudes(input: CheckInput, services: FeasibilityServices): Promise<{ columns: ReturnType<typeof emptyEvaluatedColumns>; segments: FeasibilitySegment[]; segmentOfPoint: Int32Array<ArrayBuffer> }> {
  const { n, altitudesM, scene } = input
  const columns = emptyEvaluatedColumns(n * altitudesM.length)
  const layout = layoutSegments(input.points, input.segmentLengthM)
  const cellNames = new Map(scene.cells.map((c) => [c.id, c.name]))
  const tiles = scene.cells.length === 0 ? 1 : tileCount(n)
  const total = tiles * altitudesM.length
  const segments: FeasibilitySegment[] = []
  const segmentOfPoint = new Int32Array(n * altitudesM.length)
  services.progress?.(0, total, 'checking')
  for (const [layer, altitudeM] of altitudesM.entries()) {
    const predicted = await predictInTiles(scene, input, altitudeM, correctionForAltitude(input.calibration, altitudeM), {
      ...(services.signal === undefined ? {} : { signal: services.signal }),
      onTile: (done) => services.progress?.(layer * tiles + done, total, `${altitudeM} m`),
    })
    const offset = layer * n
    evaluateLayer({ altitudeM, eastM: input.eastM, northM: input.northM, predicted, cells: scene.cells, measured: input.measured, checks: input.checks }, columns, offset)
    const firstIndex = segments.length
    segments.push(...layerSegments({ layout, altitudeM, offset, firstIndex, lon: input.points.lon, lat: input.points.lat, columns, checks: input.checks, cellNames }))
    for (let i = 0; i < n; i++) segmentOfPoint[offset + i] = firstIndex + (layout.segmentOfPoint[i] as number)
  }
  services.progress?.(total, total, 'done')
  return { columns, segments, segmentOfPoint }
}

function targetPoints(db: ProjectDb, target: FeasibilityRequestInput['target'], spacingM: number): PredictionPoints {
  const names = (list: { name: string }[]): string => (list.length === 0 ? 'none' : list.map((x) => JSON.stringify(x.name)).join(', '))
  if (target.kind === 'area') {
    const areas = listAreas(db)
    const area = areas.find((a) => a.name === target.name)
    if (area === undefined) throw new FeasibilityRefusal(`no area named ${JSON.stringify(target.name)}; the project has ${names(areas)}`)
    return areaGridPoints(area.ring, spacingM)
  }
  const routes = listRoutes(db)
  const route = routes.find((r) => r.name === target.name)
  if (route === undefined) throw new FeasibilityRefusal(`no route named ${JSON.stringify(target.name)}; the project has ${names(routes)}`)
  return routePoints(route.points, spacingM)
}

function refuseRangeErrors<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof RangeError) throw new FeasibilityRefusal(error.message)
    throw error
  }
}

function repeat(values: Float64Array, times: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(values.length * times)
  for (let t = 0; t < times; t++) out.set(values, t * values.length)
  return out
}

function repeatPositions(points: PredictionPoints, times: number): Float64Array<ArrayBuffer> {
  const n = points.lon.length
  const out = new Float64Array(2 * n * times)
  for (let t = 0; t < times; t++) {
    for (let i = 0; i < n; i++) {
      out[2 * (t * n + i)] = points.lon[i] as number
      out[2 * (t * n + i) + 1] = points.lat[i] as number
    }
  }
  return out
}
