import type { CoverageScene, PathLossCorrection } from '../../coverage/coverageScene.js'
import { predictInThread, type PointPredictions, type PredictInThreadServices } from '../../coverage/predictInThread.js'

export { tileCount } from '../../coverage/predictInThread.js'

/** Predicted values of one altitude layer, per point; −1 / NaN where no cell is in range. */
export type PredictedLayer = Omit<PointPredictions, 'distance3dM'>

/** One altitude layer of a feasibility check, predicted in this thread (predictInThread) at `heightM` AGL. */
export function predictInTiles(
  scene: CoverageScene,
  points: { eastM: Float64Array; northM: Float64Array },
  heightM: number,
  correction: PathLossCorrection | null,
  services: PredictInThreadServices = {},
): Promise<PredictedLayer> {
  return predictInThread(scene, { ...points, utHeightM: new Float64Array(points.eastM.length).fill(heightM) }, correction, services)
}
