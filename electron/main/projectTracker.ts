import type { ApiEvent } from '../../core/api/schemas/jobSchemas.js'

/**
 * Remembers which project the core host has open, so that a restarted host reopens it: the path of
 * a successful `project.open`, or of a `project.createDemo` job once it is done.
 */
export interface ProjectTracker {
  current(): { projectPath: string; demoIfMissing: boolean } | undefined
  observeCall(method: string, params: unknown, result: unknown): void
  observeEvent(event: ApiEvent): void
}

const pathField = (value: unknown): string | undefined => {
  if (value === null || typeof value !== 'object') return undefined
  const path = (value as { path?: unknown }).path
  return typeof path === 'string' && path !== '' ? path : undefined
}

export function createProjectTracker(initial: { projectPath: string; demoIfMissing: boolean } | undefined): ProjectTracker {
  let current = initial
  const demoJobs = new Map<string, string>()
  return {
    current: () => current,
    observeCall(method, params, result) {
      if (method === 'project.open') {
        const path = pathField(result)
        if (path !== undefined) current = { projectPath: path, demoIfMissing: false }
      } else if (method === 'project.createDemo') {
        const path = pathField(params)
        const jobId = (result as { jobId?: unknown } | null)?.jobId
        if (path !== undefined && typeof jobId === 'string') demoJobs.set(jobId, path)
      }
    },
    observeEvent(event) {
      if (event.type === 'job.progress') return
      const path = demoJobs.get(event.jobId)
      demoJobs.delete(event.jobId)
      if (path !== undefined && event.type === 'job.done') current = { projectPath: path, demoIfMissing: false }
    },
  }
}
