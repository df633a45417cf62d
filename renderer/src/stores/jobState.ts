import { ApiError } from '../../../core/api/apiError.js'
import type { JobProgress } from '../../../core/api/client.js'

/** Where a panel's core job is: never started, running, or how the last one ended. */
export type JobStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled'

/** A core job as a panel shows it: status, progress 0–1 (null while unknown), the core's phase words, the failure. */
export interface JobState {
  status: JobStatus
  progress: number | null
  phase: string
  message: string | null
}

export const idleJob = (): JobState => ({ status: 'idle', progress: null, phase: '', message: null })

/** Progress of a job from the core's done/total, or null while the total is not known. */
export const progressShare = ({ done, total }: Pick<JobProgress, 'done' | 'total'>): number | null =>
  total > 0 ? Math.min(1, done / total) : null

/** True when a job's promise rejected because it was cancelled (by the user here, or in the core). */
export const wasCancelled = (cause: unknown, signal: AbortSignal): boolean =>
  signal.aborted || (cause instanceof ApiError && cause.code === 'cancelled')

export const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/**
 * Runs `start` as the job of `state`: marks it running, follows its progress, and records how it ended
 * (the promise never rejects). Returns the result, or undefined when it failed or was cancelled.
 */
export async function trackJob<T>(
  state: JobState,
  signal: AbortSignal,
  start: (onProgress: (progress: JobProgress) => void) => Promise<T>,
): Promise<T | undefined> {
  Object.assign(state, { status: 'running', progress: null, phase: '', message: null } satisfies JobState)
  try {
    const result = await start((progress) => Object.assign(state, { progress: progressShare(progress), phase: progress.phase }))
    Object.assign(state, { status: 'done', progress: 1, phase: '' } satisfies Partial<JobState>)
    return result
  } catch (cause) {
    const cancelled = wasCancelled(cause, signal)
    Object.assign(state, { status: cancelled ? 'cancelled' : 'failed', progress: null, message: cancelled ? null : messageOf(cause) } satisfies Partial<JobState>)
    return undefined
  }
}
