import { ApiError, apiErrorSchema } from './apiError.js'
import type { ApiEvent } from './schemas/jobSchemas.js'
import type { Transport } from './transport.js'
import { decodeFrame, encodeFrame, frameContentType } from './wireCodec.js'

export interface HttpTransportOptions {
  /** Origin of the Certus server, e.g. `http://127.0.0.1:5180`. */
  baseUrl: string
  /** Injected for tests; defaults to the global fetch (browser and Node ≥ 18). */
  fetch?: typeof fetch
  /** Delay before the event stream reconnects after a drop. */
  reconnectMs?: number
}

/**
 * The API over HTTP on 127.0.0.1 (web mode): `POST /api/call/<method>` with binary frames, and a
 * server-sent-events stream at `GET /api/events` for job progress. Environment-neutral (browser and Node).
 */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
  const base = options.baseUrl.replace(/\/$/, '')
  const listeners = new Set<(event: ApiEvent) => void>()
  let stream: AbortController | undefined
  let closed = false

  const readEvents = async (): Promise<void> => {
    while (!closed && listeners.size > 0) {
      stream = new AbortController()
      try {
        const response = await doFetch(`${base}/api/events`, { signal: stream.signal, headers: { accept: 'text/event-stream' } })
        if (!response.ok || response.body === null) throw new Error(`event stream answered ${response.status}`)
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
        let pending = ''
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          pending += value
          let end: number
          while ((end = pending.indexOf('\n\n')) >= 0) {
            const block = pending.slice(0, end)
            pending = pending.slice(end + 2)
            const data = block
              .split('\n')
              .filter((line) => line.startsWith('data:'))
              .map((line) => line.slice(5).trimStart())
              .join('\n')
            if (data === '') continue
            const event = JSON.parse(data) as ApiEvent
            for (const listener of listeners) listener(event)
          }
        }
      } catch {
        // Dropped or refused: fall through to the reconnect delay unless we are closing.
      }
      if (closed || listeners.size === 0) break
      await new Promise((resolve) => setTimeout(resolve, options.reconnectMs ?? 1000))
    }
  }

  return {
    async call(method, params) {
      let response: Response
      try {
        response = await doFetch(`${base}/api/call/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': frameContentType, accept: frameContentType },
          body: encodeFrame(params ?? {}),
        })
      } catch (error) {
        throw new ApiError('internal', `Certus server at ${base} is not reachable: ${(error as Error).message}`)
      }
      const body = new Uint8Array(await response.arrayBuffer())
      const decoded = response.headers.get('content-type')?.startsWith(frameContentType)
        ? decodeFrame(body)
        : { error: { code: 'internal', message: new TextDecoder().decode(body) } }
      if (response.ok) return (decoded as { result: unknown }).result
      const error = apiErrorSchema.safeParse((decoded as { error?: unknown }).error)
      throw error.success ? ApiError.fromPayload(error.data) : new ApiError('internal', `HTTP ${response.status} from ${method}`)
    },
    onEvent(listener) {
      const first = listeners.size === 0
      listeners.add(listener)
      if (first) void readEvents()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) stream?.abort()
      }
    },
    close() {
      closed = true
      listeners.clear()
      stream?.abort()
    },
  }
}
