import { serveWorkerTasks } from '../workers/workerTasks.js'
import type { CoverageScene } from './coverageScene.js'
import { computeCoverageTile, type TileInput, type TileResult } from './coverageTile.js'

/** A coverage tile for a pool worker: the scene (small: cells and parameters) and the tile's points. */
export interface CoverageTileTask {
  scene: CoverageScene
  tile: TileInput
}

/** Worker thread of the coverage pool: computes tiles and hands their columns back without copying. */
serveWorkerTasks<CoverageTileTask, TileResult>(({ scene, tile }) => {
  const result = computeCoverageTile(scene, tile)
  const { bestCell, bestBeam, rsrpDbm, dlSinrDb, ulSinrDb, dlMbps, ulMbps, coverageProbability, distance3dM } = result
  return {
    result,
    transfer: [bestCell, bestBeam, rsrpDbm, dlSinrDb, ulSinrDb, dlMbps, ulMbps, coverageProbability, distance3dM].map((a) => a.buffer as ArrayBuffer),
  }
})
