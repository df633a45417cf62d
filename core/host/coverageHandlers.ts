import { ApiError } from '../api/apiError.js'
import type { TileResult } from '../coverage/coverageTile.js'
import type { CoverageTileTask } from '../coverage/coverageWorker.js'
import { predictCoverage, PredictionRefusal } from '../coverage/predictCoverage.js'
import { listCoverageRuns, readCoverageLayer } from '../db/coverageTables.js'
import { WorkerPool } from '../workers/workerPool.js'
import type { CallHandlers, HandlerContext, JobHandlers } from './handlers.js'

/** coverage.runs and coverage.layer: stored predictions. */
export function coverageCallHandlers(ctx: HandlerContext): Pick<CallHandlers, 'coverage.runs' | 'coverage.layer'> {
  return {
    'coverage.runs': () => ({ runs: listCoverageRuns(ctx.session.require().db) }),
    'coverage.layer': ({ runId, altitudeM }) => {
      const layer = readCoverageLayer(ctx.session.require().db, runId, altitudeM)
      if (layer === undefined) throw new ApiError('not-found', `no coverage layer at ${altitudeM} m in run ${runId}`, { runId, altitudeM })
      return layer
    },
  }
}

/**
 * coverage.predict: a worker pool sized to the machine for each prediction (threads start in
 * tenths of a second, and an idle app then holds none).
 */
export function coverageJobHandlers(ctx: HandlerContext): Pick<JobHandlers, 'coverage.predict'> {
  return {
    'coverage.predict': async (params, job) => {
      const project = ctx.session.require()
      const pool = new WorkerPool<CoverageTileTask, TileResult>('coverage')
      try {
        return await predictCoverage(project.db, params, {
          pool,
          now: ctx.now(),
          signal: job.signal,
          progress: (done, total, phase) => job.progress(done, total, phase),
        })
      } catch (error) {
        if (error instanceof PredictionRefusal) throw new ApiError('bad-input', error.message, { target: params.target })
        throw error
      } finally {
        await pool.close()
      }
    },
  }
}
