import { ApiError } from './apiError.js'
import type { CallMethodName, JobMethodName, Params, Result } from './methods.js'
import { parseResult } from './validate.js'
import { apiEventSchema, jobResultSchema, jobStartedSchema, type ApiEvent } from './schemas/jobSchemas.js'
import type { Transport } from './transport.js'

export interface JobProgress {
  jobId: string
  done: number
  total: number
  phase: string
}

export interface JobOptions {
  onProgress?: (progress: JobProgress) => void
  /** Aborting cancels the job in the core; the promise then rejects with code `cancelled`. */
  signal?: AbortSignal
  /** Called with the job id as soon as the core has accepted the job. */
  onStarted?: (jobId: string) => void
}

/** The typed client of the Certus API; the only way the renderer reaches the core. */
export interface CertusClient {
  call<M extends CallMethodName>(method: M, params: Params<M>): Promise<Result<M>>
  runJob<M extends JobMethodName>(method: M, params: Params<M>, options?: JobOptions): Promise<Result<M>>
  cancelJob(jobId: string): Promise<boolean>
  onEvent(listener: (event: ApiEvent) => void): () => void
  close(): void
}

type JobEnd = Extract<ApiEvent, { type: 'job.done' | 'job.failed' | 'job.cancelled' }>

interface Waiter {
  onProgress: ((p: JobProgress) => void) | undefined
  end: (event: JobEnd) => void
}

const watchdogMs = 2000

export function createClient(transport: Transport): CertusClient {
  const waiters = new Map<string, Waiter>()
  // Events can outrun the reply that names their job: keep the last ones per unknown job briefly.
  const early = new Map<string, ApiEvent[]>()
  const listeners = new Set<(event: ApiEvent) => void>()

  const dispatch = (event: ApiEvent): void => {
    const waiter = waiters.get(event.jobId)
    if (waiter === undefined) {
      const list = early.get(event.jobId) ?? []
      list.push(event)
      early.set(event.jobId, list.slice(-8))
      if (early.size > 256) early.delete(early.keys().next().value as string)
    } else if (event.type === 'job.progress') {
      waiter.onProgress?.({ jobId: event.jobId, done: event.done, total: event.total, phase: event.phase })
    } else {
      waiters.delete(event.jobId)
      waiter.end(event)
    }
  }

  const unsubscribe = transport.onEvent((raw) => {
    const parsed = apiEventSchema.safeParse(raw)
    if (!parsed.success) return
    dispatch(parsed.data)
    for (const listener of listeners) listener(parsed.data)
  })

  const call = async <M extends CallMethodName>(method: M, params: Params<M>): Promise<Result<M>> =>
    parseResult(method, await transport.call(method, params))

  const cancelJob = async (jobId: string): Promise<boolean> => (await call('jobs.cancel', { jobId })).cancelled

  const runJob = async <M extends JobMethodName>(method: M, params: Params<M>, options: JobOptions = {}): Promise<Result<M>> => {
    if (options.signal?.aborted) throw new ApiError('cancelled', `${method} was cancelled before it started`)
    const { jobId } = jobStartedSchema.parse(await transport.call(method, params))
    options.onStarted?.(jobId)
    const ended = new Promise<JobEnd>((resolve) => {
      waiters.set(jobId, { onProgress: options.onProgress, end: resolve })
    })
    for (const event of early.get(jobId) ?? []) dispatch(event)
    early.delete(jobId)
    const onAbort = (): void => void cancelJob(jobId).catch(() => undefined)
    options.signal?.addEventListener('abort', onAbort, { once: true })
    // onStarted may itself have aborted (a Cancel pressed while the call was in flight).
    if (options.signal?.aborted) onAbort()
    // A push channel can drop an event (a reconnecting SSE stream): look at the job now and then so no caller waits forever.
    const watchdog = setInterval(() => {
      void transport
        .call('jobs.result', { jobId })
        .then((raw) => {
          const outcome = jobResultSchema.parse(raw)
          if (outcome.status === 'running') return
          const type = outcome.status === 'done' ? 'job.done' : outcome.status === 'failed' ? 'job.failed' : 'job.cancelled'
          const error = outcome.error ?? { code: 'internal' as const, message: `${method} failed` }
          dispatch(type === 'job.failed' ? { type, jobId, method, error } : { type, jobId, method })
        })
        .catch(() => undefined)
    }, watchdogMs)
    try {
      const end = await ended
      if (end.type === 'job.failed') throw ApiError.fromPayload(end.error)
      if (end.type === 'job.cancelled') throw new ApiError('cancelled', `${method} was cancelled`)
      const outcome = jobResultSchema.parse(await transport.call('jobs.result', { jobId }))
      if (outcome.status !== 'done') throw new ApiError('internal', `${method}: job ${jobId} ended as ${outcome.status}`)
      return parseResult(method, outcome.result)
    } finally {
      clearInterval(watchdog)
      options.signal?.removeEventListener('abort', onAbort)
      waiters.delete(jobId)
    }
  }

  return {
    call,
    runJob,
    cancelJob,
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      unsubscribe()
      transport.close?.()
    },
  }
}
