import type { CoverageScene, PathLossCorrection } from './coverageScene.js'
import { computeCoverageTile, type TileResult } from './coverageTile.js'

/**
 * Points per tile: enough to amortise a tile's set-up and its trip to a worker (the scene is cloned
 * with each task, about 0.85 ms), small enough that cancel and progress stay quick. With the wasm
 * kernel a 2048-point tile took only ~9 ms, so the trip cost 2 cores a third of their time
 * (parallel efficiency 0.7, bench/README.md); 8192 points take ~35 ms per tile over the demo network.
 */
export const pointsPerTile = 8192

/** Tiles of `points` points. */
export const tileCount = (points: number): number => Math.ceil(points / pointsPerTile)

/** Per point of the whole input: the tile kernel's columns, −1 / NaN where no cell is in range. */
export type PointPredictions = Omit<TileResult, 'linkEvaluations'>

export interface PredictInThreadServices {
  signal?: AbortSignal
  /** Called after each tile with the tiles done so far. */
  onTile?: (tilesDone: number) => void
}

/**
 * Predicts points in this thread, tile by tile (computeCoverageTile on pointsPerTile points), yielding
 * to the event loop between tiles so that progress events and a cancel get through. For the
 * thousands of points of a calibration or a feasibility check, which do not pay for a worker pool's
 * start-up (predictCoverage runs the same tiles on the pool). Cancelling throws the signal's
 * AbortError at the next tile.
 */
export async function predictInThread(
  scene: CoverageScene,
  points: { eastM: Float64Array; northM: Float64Array; utHeightM: Float64Array; servingCell?: Int32Array },
  correction: PathLossCorrection | null,
  services: PredictInThreadServices = {},
): Promise<PointPredictions> {
  const n = points.eastM.length
  const out: PointPredictions = {
    bestCell: new Int32Array(n).fill(-1), bestBeam: new Int32Array(n).fill(-1), rsrpDbm: new Float32Array(n).fill(Number.NaN),
    dlSinrDb: new Float32Array(n).fill(Number.NaN), ulSinrDb: new Float32Array(n).fill(Number.NaN), dlMbps: new Float32Array(n).fill(Number.NaN),
    ulMbps: new Float32Array(n).fill(Number.NaN), coverageProbability: new Float32Array(n), distance3dM: new Float32Array(n).fill(Number.NaN),
  }
  if (scene.cells.length === 0) return out
  for (let t = 0, start = 0; start < n; t++, start += pointsPerTile) {
    services.signal?.throwIfAborted()
    const end = Math.min(n, start + pointsPerTile)
    const tile = computeCoverageTile(scene, {
      eastM: points.eastM.subarray(start, end),
      northM: points.northM.subarray(start, end),
      utHeightM: points.utHeightM.subarray(start, end),
      correction,
      ...(points.servingCell === undefined ? {} : { servingCell: points.servingCell.subarray(start, end) }),
    })
    for (const key of ['bestCell', 'bestBeam', 'rsrpDbm', 'dlSinrDb', 'ulSinrDb', 'dlMbps', 'ulMbps', 'coverageProbability', 'distance3dM'] as const) {
      ;(out[key] as Float32Array | Int32Array).set(tile[key], start)
    }
    services.onTile?.(t + 1)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  services.signal?.throwIfAborted()
  return out
}
