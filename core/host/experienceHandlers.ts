import { ApiError } from '../api/apiError.js'
import { topProblems } from '../experience/problems/topProblems.js'
import { readKqiDashboards } from '../experience/dashboard/readKqiDashboards.js'
import { KqiDatasetRefusal } from '../experience/learned/buildKqiDataset.js'
import { listKqis } from '../experience/learned/listKqis.js'
import { listExperienceModels, readExperienceModel } from '../db/experienceModelsTable.js'
import { runKqiTraining } from '../experience/learned/runKqiTraining.js'
import type { CallHandlers, HandlerContext, JobHandlers } from './handlers.js'

/** experience.top, experience.kqis and experience.dashboard over the open project. */
export function experienceCallHandlers(ctx: HandlerContext): Pick<CallHandlers, 'experience.top' | 'experience.kqis' | 'experience.dashboard'> {
  return {
    'experience.kqis': () => ({ kqis: listKqis(ctx.session.require().db) }),
    'experience.dashboard': (params) => {
      try {
        return { kqis: readKqiDashboards(ctx.session.require().db, params) }
      } catch (error) {
        if (error instanceof KqiDatasetRefusal || error instanceof RangeError) throw new ApiError('bad-input', error.message)
        throw error
      }
    },
    'experience.top': ({ priority, limit, thresholds, scope, geohashPrecision, taskAreas }) => {
      try {
        return topProblems(ctx.session.require().db, {
          ...(priority === undefined ? {} : { priority }),
          ...(limit === undefined ? {} : { limit }),
          ...(thresholds === undefined ? {} : { thresholds }),
          ...(scope === undefined ? {} : { scope }),
          ...(geohashPrecision === undefined ? {} : { geohashPrecision }),
          ...(taskAreas === undefined ? {} : { taskAreas }),
        })
      } catch (error) {
        if (error instanceof ApiError) throw error
        if (error instanceof RangeError || error instanceof TypeError) throw new ApiError('bad-input', error.message)
        throw error
      }
    },
  }
}

/** experience.models and experience.model: the learned models stored in the open project. */
export function experienceModelCallHandlers(ctx: HandlerContext): Pick<CallHandlers, 'experience.models' | 'experience.model'> {
  return {
    'experience.models': () => ({ models: listExperienceModels(ctx.session.require().db) }),
    'experience.model': ({ id }) => {
      const stored = readExperienceModel(ctx.session.require().db, id)
      if (stored === undefined) throw new ApiError('not-found', `no experience model ${id} in this project`)
      return { model: stored.summary, holdout: { actual: stored.holdout.actual, predicted: stored.holdout.predicted }, examples: stored.holdout.examples }
    },
  }
}

/** experience.train: trains, evaluates and stores a KPI→KQI model; a KQI that cannot be trained is bad input. */
export function experienceJobHandlers(ctx: HandlerContext): Pick<JobHandlers, 'experience.train'> {
  return {
    'experience.train': async (params, job) => {
      const project = ctx.session.require()
      try {
        return await runKqiTraining(project.db, params, { now: ctx.now(), signal: job.signal, progress: (done, total, phase) => job.progress(done, total, phase) })
      } catch (error) {
        if (error instanceof KqiDatasetRefusal || error instanceof RangeError) throw new ApiError('bad-input', error.message)
        throw error
      }
    },
  }
}
