import { ApiError } from '../api/apiError.js'
import type { CallMethodName, JobMethodName, ParsedParams, Result } from '../api/methods.js'
import type { AppInfo } from '../api/schemas/projectSchemas.js'
import { listCells } from '../db/cellsTable.js'
import { listAreas, listRoutes } from '../db/geometryTables.js'
import { readProjectSummary } from '../db/projectSummary.js'
import { readSamplesLayer } from '../db/samplesTable.js'
import { createDemoProjectFile } from './createDemoProjectFile.js'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { FileImportOutcome } from '../api/schemas/importSchemas.js'
import { exportLayer, ExportRefusal } from '../export/exportLayer.js'
import { importFile } from '../ingest/importFile.js'
import { findMapping, listMappings, saveMapping } from '../db/mappingsTable.js'
import type { ImportOptions } from '../ingest/importer.js'
import type { JobContext, JobRunner } from './jobRunner.js'
import { calibrationCallHandlers, calibrationJobHandlers } from './calibrationHandlers.js'
import { coverageCallHandlers, coverageJobHandlers } from './coverageHandlers.js'
import { slaCallHandlers } from './slaHandlers.js'
import { experienceCallHandlers, experienceJobHandlers, experienceModelCallHandlers } from './experienceHandlers.js'
import { slaCheckCallHandlers, slaCheckJobHandlers } from './slaCheckHandlers.js'
import { reportJobHandlers } from './reportHandlers.js'
import type { ProjectSession } from './projectSession.js'

export interface HandlerContext {
  session: ProjectSession
  jobs: JobRunner
  appInfo: Omit<AppInfo, 'projectPath'>
  now: () => Date
  nativeBinding: string | undefined
  fontDirectory?: string | undefined
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
    'samples.layer': ({ metric, ...query }) => readSamplesLayer(session.require().db, metric, query),
    'routes.list': () => ({ routes: listRoutes(session.require().db) }),
    'areas.list': () => ({ areas: listAreas(session.require().db) }),
    'mappings.list': () => ({ mappings: listMappings(session.require().db) }),
    'mappings.save': ({ name, mapping }) => {
      saveMapping(session.require().db, name, mapping, ctx.now())
      return { saved: true as const }
    },
    'jobs.cancel': ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
    'jobs.result': ({ jobId }) => ctx.jobs.result(jobId),
    ...coverageCallHandlers(ctx),
    ...calibrationCallHandlers(ctx),
    ...slaCallHandlers(ctx),
    ...slaCheckCallHandlers(ctx),
    ...experienceCallHandlers(ctx),
    ...experienceModelCallHandlers(ctx),
  }
}

/** Imports files one after the other, each in its own transaction, with progress over all of them. */
async function importFiles(
  ctx: HandlerContext,
  paths: readonly string[],
  options: ImportOptions & { mappingName?: string; saveMappingAs?: string },
  job: JobContext,
  labels?: readonly string[],
): Promise<{ imports: FileImportOutcome[] }> {
  const { db } = ctx.session.require()
  const { mappingName, saveMappingAs, ...importOptions } = options
  if (mappingName !== undefined && importOptions.mapping === undefined) {
    const saved = findMapping(db, mappingName)
    if (saved === undefined) throw new ApiError('bad-input', `no mapping named ${JSON.stringify(mappingName)} is saved in this project`)
    importOptions.mapping = saved
  }
  if (saveMappingAs !== undefined) {
    if (importOptions.mapping === undefined) throw new ApiError('bad-input', 'saveMappingAs needs a mapping to save')
    saveMapping(db, saveMappingAs, importOptions.mapping, ctx.now())
  }
  const imports: FileImportOutcome[] = []
  for (const [index, path] of paths.entries()) {
    const label = labels?.[index]
    const outcome = await importFile(db, path, importOptions, {
      now: ctx.now(),
      ...(label === undefined ? {} : { label }),
      signal: job.signal,
      // Progress over all files: whole files done plus the share of this one.
      onProgress: (bytesRead, sizeBytes, phase) => job.progress(index + (sizeBytes > 0 ? bytesRead / sizeBytes : 0), paths.length, `${phase} ${basename(path)}`),
    })
    imports.push(outcome)
  }
  job.progress(paths.length, paths.length, 'done')
  return { imports }
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
    'import.run': ({ paths, ...options }, job) => importFiles(ctx, paths, options, job),
    'export.run': async ({ layer, format, out }, job) => {
      const project = ctx.session.require()
      try {
        return await exportLayer(project.db, { layer, format, out }, {
          now: ctx.now(),
          signal: job.signal,
          projectPath: project.path,
          onProgress: (done, total, phase) => job.progress(done, total, phase),
          ...(ctx.nativeBinding === undefined ? {} : { nativeBinding: ctx.nativeBinding }),
        })
      } catch (error) {
        if (error instanceof ExportRefusal) throw new ApiError('bad-input', error.message, { out })
        throw error
      }
    },
    'import.upload': async ({ files, ...options }, job) => {
      // The original names matter (a flight log's altitude is in its name), so each file keeps its name in a private folder.
      const folder = await mkdtemp(join(tmpdir(), 'certus-upload-'))
      try {
        const paths = await Promise.all(
          files.map(async ({ name, bytes }, i) => {
            const path = join(folder, String(i), basename(name))
            await mkdir(dirname(path), { recursive: true })
            await writeFile(path, bytes)
            return path
          }),
        )
        return await importFiles(ctx, paths, options, job, files.map((f) => f.name))
      } finally {
        await rm(folder, { recursive: true, force: true })
      }
    },
    ...coverageJobHandlers(ctx),
    ...calibrationJobHandlers(ctx),
    ...slaCheckJobHandlers(ctx),
    ...experienceJobHandlers(ctx),
    ...reportJobHandlers(ctx, ctx.fontDirectory === undefined ? {} : { fontDirectory: ctx.fontDirectory }),
  }
}
