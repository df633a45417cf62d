import { existsSync } from 'node:fs'
import { ApiError } from '../api/apiError.js'
import { methods, type CallMethodName, type JobMethodName } from '../api/methods.js'
import type { ApiEvent } from '../api/schemas/jobSchemas.js'
import type { AppInfo } from '../api/schemas/projectSchemas.js'
import { parseParams, parseResult, requireMethod } from '../api/validate.js'
import type { CoreHost } from './coreHost.js'
import { createDemoProjectFile } from './createDemoProjectFile.js'
import { createCallHandlers, createJobHandlers, type HandlerContext } from './handlers.js'
import { JobRunner } from './jobRunner.js'
import { ProjectSession } from './projectSession.js'

export interface CoreHostOptions {
  mode: AppInfo['mode']
  version: string
  /** Project to open at start. */
  projectPath?: string
  /** Write the demo project at `projectPath` when no file is there yet. */
  demoIfMissing?: boolean
  /** better-sqlite3 addon for the running runtime (the Electron host passes its Electron-ABI build). */
  nativeBinding?: string
  /** Where the report fonts are (the desktop app ships them as a resource); default data/fonts of the source tree. */
  fontDirectory?: string
  now?: () => Date
}

/**
 * The composition of the core behind every transport: one project session, one job runner,
 * every method's handler, and schema validation of what comes in and what goes out.
 */
export async function createCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  const listeners = new Set<(event: ApiEvent) => void>()
  const emit = (event: ApiEvent): void => {
    for (const listener of listeners) listener(event)
  }
  const now = options.now ?? (() => new Date())
  const session = new ProjectSession(options.nativeBinding)
  const jobs = new JobRunner({ emit })
  const context: HandlerContext = {
    session,
    jobs,
    appInfo: { name: 'Certus', version: options.version, mode: options.mode },
    now,
    nativeBinding: options.nativeBinding,
    fontDirectory: options.fontDirectory,
  }
  const callHandlers = createCallHandlers(context)
  const jobHandlers = createJobHandlers(context)

  if (options.projectPath !== undefined) {
    if (options.demoIfMissing && !existsSync(options.projectPath)) {
      await createDemoProjectFile(options.projectPath, {
        now: now(),
        ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
      })
    }
    session.open(options.projectPath, true)
  }

  return {
    async handle(name, rawParams) {
      const method = requireMethod(name)
      const spec = methods[method]
      const params = parseParams(method, rawParams)
      if (spec.kind === 'job') {
        const handler = jobHandlers[method as JobMethodName] as (p: unknown, c: Parameters<JobHandlers[JobMethodName]>[1]) => unknown
        const jobId = jobs.start(method, async (job) => parseResult(method, await handler(params, job)))
        return { jobId }
      }
      const handler = callHandlers[method as CallMethodName] as (p: unknown) => unknown
      try {
        return parseResult(method, await handler(params))
      } catch (error) {
        throw ApiError.from(error)
      }
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async close() {
      jobs.cancelAll()
      session.close()
      listeners.clear()
    },
  }
}

type JobHandlers = ReturnType<typeof createJobHandlers>
