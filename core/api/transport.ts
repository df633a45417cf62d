import type { ApiEvent } from './schemas/jobSchemas.js'

/**
 * What every transport provides to the client: one request/response call and a push channel.
 * Implementations: in-process (CLI, tests), HTTP + SSE on 127.0.0.1 (web mode), Electron IPC via the preload bridge.
 * A transport rejects with an {@link ApiError} for failures the core reported.
 */
export interface Transport {
  call(method: string, params: unknown): Promise<unknown>
  /** Subscribes to pushed events; returns the unsubscribe function. */
  onEvent(listener: (event: ApiEvent) => void): () => void
  close?(): void
}
