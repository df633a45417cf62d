import type { CoverageScene, PathLossCorrection } from '../../coverage/coverageScene.js'
import { computeCoverageTile, type TileResult } from '../../coverage/coverageTile.js'
import { pointsPerTile } from '../../coverage/predictCoverage.js'

/** Predicted values of one altitude layer, per point; −1 / NaN where no cell is in range. */
export type PredictedLayer = Omit<TileResult, 'distance3dM' | 'linkEvaluations'>

export interface PredictInTilesServices {
  signal?: AbortSignal
  /** Called after each tile with the tiles done in this layer. */
  onTile?: (tilesDone: number) => void
}

/** Tiles of a layer of `points` points. */
export const tileCount = (points: number): number => Math.ceil(points / pointsPerTile)

/**
 * Predicts one altitude layer in this thread, tile by tile (pointsPerTile points each), yielding to
 * the event loop between tiles so that progress events and a cancel get through: a feasibility check
 * predicts thousands, not millions, of points, which does not pay for a worker pool's start-up.
 * Cancelling throws the signal's AbortError at the next tile.
 */
export async function predictInTiles(
  scene: CoverageScene,
  points: { eastM: Float64Array; northM: Float64Array },
  heightM: number,
  correction: PathLossCorrection | null,
  services: PredictInTilesServices = {},
): Promise<PredictedLayer> {
  const n = points.eastM.length
  const layer: PredictedLayer = {
    bestCell: new Int32Array(n).fill(-1), bestBeam: new Int32Array(n).fill(-1), rsrpDbm: new Float32Array(n).fill(Number.NaN),
    dlSinrDb: new Float32Array(n).fill(Number.NaN), ulSinrDb: new Float32Array(n).fill(Number.NaN), dlMbps: new Float32Array(n).fill(Number.NaN),
    ulMbps: new Float32Array(n).fill(Number.NaN), coverageProbability: new Float32Array(n),
  }
  if (scene.cells.length === 0) return layer
  for (let t = 0, start = 0; start < n; t++, start += pointsPerTile) {
    services.signal?.throwIfAborted()
    const end = Math.min(n, start + pointsPerTile)
    const tile = computeCoverageTile(scene, {
      eastM: points.eastM.subarray(start, end),
      northM: points.northM.subarray(start, end),
      utHeightM: new Float64Array(end - start).fill(heightM),
      correction,
    })
    layer.bestCell.set(tile.bestCell, start)
    layer.bestBeam.set(tile.bestBeam, start)
    layer.rsrpDbm.set(tile.rsrpDbm, start)
    layer.dlSinrDb.set(tile.dlSinrDb, start)
    layer.ulSinrDb.set(tile.ulSinrDb, start)
    layer.dlMbps.set(tile.dlMbps, start)
    layer.ulMbps.set(tile.ulMbps, start)
    layer.coverageProbability.set(tile.coverageProbability, start)
    services.onTile?.(t + 1)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  services.signal?.throwIfAborted()
  return layer
}
