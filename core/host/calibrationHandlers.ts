import { ApiError } from '../api/apiError.js'
import { CalibrationRefusal, readLatestCalibration, runCalibration } from '../coverage/calibration/runCalibration.js'
import type { CallHandlers, HandlerContext, JobHandlers } from './handlers.js'

/** calibration.latest: the newest calibration of the open project with its residual map, or null. */
export function calibrationCallHandlers(ctx: HandlerContext): Pick<CallHandlers, 'calibration.latest'> {
  return {
    'calibration.latest': () => ({ calibration: readLatestCalibration(ctx.session.require().db) }),
  }
}

/** calibration.run: fits the path-loss model to the project's measured RSRP; a refusal is bad input. */
export function calibrationJobHandlers(ctx: HandlerContext): Pick<JobHandlers, 'calibration.run'> {
  return {
    'calibration.run': async (params, job) => {
      const project = ctx.session.require()
      try {
        return await runCalibration(
          project.db,
          { ...(params.byAltitude === undefined ? {} : { byAltitude: params.byAltitude }), ...(params.parameters === undefined ? {} : { parameters: params.parameters }) },
          { now: ctx.now(), signal: job.signal, progress: (done, total, phase) => job.progress(done, total, phase) },
        )
      } catch (error) {
        if (error instanceof CalibrationRefusal) throw new ApiError('bad-input', error.message)
        throw error
      }
    },
  }
}
