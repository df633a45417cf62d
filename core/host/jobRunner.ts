import { ApiError } from '../api/apiError.js'
import type { ApiEvent, JobResult } from '../api/schemas/jobSchemas.js'

/** What a long-running handler receives: a cancellation signal and a progress reporter. */
export interface JobContext {
  readonly signal: AbortSignal
  progress(done: number, total: number, phase: string): void
}

interface JobState {
  method: string
  controller: AbortController
  status: JobResult['status']
  result?: unknown
  error?: ApiError
}

export interface JobRunnerOptions {
  emit: (event: ApiEvent) => void
  /** How many ended jobs keep their result for `jobs.result`. */
  keepEnded?: number
  /** Minimum interval between two progress events of one job, so a hot loop cannot flood the channel. */
  progressIntervalMs?: number
  newId?: () => string
}

/** Runs jobs: ids, progress events, cancellation, and results kept until fetched or evicted. */
export class JobRunner {
  private readonly jobs = new Map<string, JobState>()
  private readonly options: Required<Omit<JobRunnerOptions, 'newId'>> & { newId: () => string }
  private sequence = 0

  constructor(options: JobRunnerOptions) {
    this.options = {
      keepEnded: 64,
      progressIntervalMs: 100,
      newId: () => `job-${Date.now().toString(36)}-${(++this.sequence).toString(36)}`,
      ...options,
    }
  }

  /** Starts `run` on the next tick and returns its id at once. */
  start(method: string, run: (context: JobContext) => Promise<unknown> | unknown): string {
    const jobId = this.options.newId()
    const state: JobState = { method, controller: new AbortController(), status: 'running' }
    this.jobs.set(jobId, state)
    let lastProgressAt = 0
    const context: JobContext = {
      signal: state.controller.signal,
      progress: (done, total, phase) => {
        const now = Date.now()
        if (done < total && now - lastProgressAt < this.options.progressIntervalMs) return
        lastProgressAt = now
        this.options.emit({ type: 'job.progress', jobId, method, done, total, phase })
      },
    }
    setImmediate(() => void this.execute(jobId, state, run, context))
    return jobId
  }

  private async execute(jobId: string, state: JobState, run: (c: JobContext) => Promise<unknown> | unknown, context: JobContext): Promise<void> {
    try {
      if (state.controller.signal.aborted) throw new ApiError('cancelled', `${state.method} was cancelled`)
      state.result = await run(context)
      state.status = 'done'
      this.options.emit({ type: 'job.done', jobId, method: state.method })
    } catch (error) {
      if (state.controller.signal.aborted || (error as Error)?.name === 'AbortError') {
        state.status = 'cancelled'
        this.options.emit({ type: 'job.cancelled', jobId, method: state.method })
      } else {
        state.status = 'failed'
        state.error = ApiError.from(error)
        this.options.emit({ type: 'job.failed', jobId, method: state.method, error: state.error.toPayload() })
      }
    }
    this.evict()
  }

  /** Asks a running job to stop; false when the job has already ended. */
  cancel(jobId: string): boolean {
    const state = this.requireJob(jobId)
    if (state.status !== 'running') return false
    state.controller.abort()
    return true
  }

  result(jobId: string): JobResult {
    const state = this.requireJob(jobId)
    return {
      jobId,
      status: state.status,
      ...(state.status === 'done' ? { result: state.result } : {}),
      ...(state.error ? { error: state.error.toPayload() } : {}),
    }
  }

  /** Cancels every running job. */
  cancelAll(): void {
    for (const state of this.jobs.values()) if (state.status === 'running') state.controller.abort()
  }

  private requireJob(jobId: string): JobState {
    const state = this.jobs.get(jobId)
    if (state === undefined) throw new ApiError('not-found', `no job ${jobId}`)
    return state
  }

  private evict(): void {
    const ended = [...this.jobs.entries()].filter(([, s]) => s.status !== 'running')
    for (const [id] of ended.slice(0, Math.max(0, ended.length - this.options.keepEnded))) this.jobs.delete(id)
  }
}
