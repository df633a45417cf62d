import type { ApiEvent } from '../api/schemas/jobSchemas.js'

/**
 * The serving side of the API: takes untrusted (method, params), validates them against the
 * method table, runs the handler and returns a schema-checked result. Every transport wraps one.
 */
export interface CoreHost {
  /** Rejects with an ApiError; resolves with the method's result (for a job: `{ jobId }`). */
  handle(method: string, params: unknown): Promise<unknown>
  onEvent(listener: (event: ApiEvent) => void): () => void
  /** Cancels running jobs and closes the project. */
  close(): Promise<void>
}
