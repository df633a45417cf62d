import { ApiError } from '../api/apiError.js'
import type { CallMethodName, JobMethodName, ParsedParams, Result } from '../api/methods.js'
import type { AppInfo } from '../api/schemas/projectSchemas.js'
import { listCells } from '../db/cellsTable.js'
import { listAreas, listRoutes } from '../db/geometryTables.js'
import { readProjectSummary } from '../db/projectSummary.js'
import { readSamplesLayer } from '../db/samplesTable.js'
import { createDemoProjectFile } from './createDemoProjectFile.js'
import { importFile } from '../ingest/importFile.js'
import type { JobContext, JobRunner } from './jobRunner.js'
import type { ProjectSession } from './projectSession.js'

export interface HandlerContext {
  session: ProjectSession
  jobs: JobRunner
  appInfo: Omit<AppInfo, 'projectPath'>
  now: () => Date
  nativeBinding: string | undefined
}

export type CallHandlers = {
  [M in CallMethodName]: (params: ParsedParams<M>) => Result<M> | Promise<Result<M>>
}
export type JobHandlers = {
  [M in JobMethodName]: (params: ParsedParams<M>, job: JobContext) => Result<M> | Promise<Result<M>>
}

/** The implementation of every call method, over one project session. */
export function createCallHandlers(ctx: HandlerContext): CallHandlers {
  const { session } = ctx
  return {
    'app.info': () => ({ ...ctx.appInfo, projectPath: session.path }),
    'project.open': ({ path, create }) => {
      const project = session.open(path, create)
      return readProjectSummary(project.db, project.path)
    },
    'project.summary': () => {
      const project = session.require()
      return readProjectSummary(project.db, project.path)
    },
    'cells.list': () => ({ cells: listCells(session.require().db) }),
    'samples.layer': ({ metric }) => readSamplesLayer(session.require().db, metric),
    'routes.list': () => ({ routes: listRoutes(session.require().db) }),
    'areas.list': () => ({ areas: listAreas(session.require().db) }),
    'jobs.cancel': ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
    'jobs.result': ({ jobId }) => ctx.jobs.result(jobId),
  }
}

/** The implementation of every job method. */
export function createJobHandlers(ctx: HandlerContext): JobHandlers {
  return {
    'project.createDemo': async ({ path, seed }, job) => {
      try {
        await createDemoProjectFile(path, {
          now: ctx.now(),
          signal: job.signal,
          onProgress: (done, total, phase) => job.progress(done, total, phase),
          ...(seed === undefined ? {} : { seed }),
          ...(ctx.nativeBinding === undefined ? {} : { nativeBinding: ctx.nativeBinding }),
        })
      } catch (error) {
        if ((error as Error).name === 'AbortError') throw error
        throw new ApiError('bad-input', (error as Error).message, { path })
      }
      const project = ctx.session.open(path, false)
      return readProjectSummary(project.db, project.path)
    },
    'import.run': async ({ paths, ...options }, job) => {
      const { db } = ctx.session.require()
      const imports = []
      for (const [index, path] of paths.entries()) {
        const outcome = await importFile(db, path, options, {
          now: ctx.now(),
          signal: job.signal,
          // Progress over all files: whole files done plus the share of this one.
          onProgress: (bytesRead, sizeBytes, phase) => job.progress(index + (sizeBytes > 0 ? bytesRead / sizeBytes : 0), paths.length, `${phase} ${path}`),
        })
        imports.push(outcome)
      }
      job.progress(paths.length, paths.length, 'done')
      return { imports }
    },
  }
}
