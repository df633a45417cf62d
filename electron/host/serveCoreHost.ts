import { ApiError } from '../../core/api/apiError.js'
import type { CoreHost } from '../../core/host/coreHost.js'
import { isHostRequest, isHostShutdown, type HostReply, type HostToMainMessage } from './hostProtocol.js'

/** The part of Electron's `process.parentPort` the host uses; messages arrive as `{ data, ports }`. */
export interface ParentPortLike {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): unknown
  postMessage(message: unknown): void
}

export interface ServeCoreHostOptions {
  port: ParentPortLike
  /**
   * Builds the core host; `notify` tells the user something through the main process. A throw is
   * answered to every request, so the window shows why rather than waiting on a dead process.
   */
  createHost: (notify: (notice: string) => void) => CoreHost | Promise<CoreHost>
  /** Ends the process after a requested shutdown. */
  exit: (code: number) => void
  log?: (message: string) => void
}

/**
 * Serves a {@link CoreHost} over the utility process's parent port: `{ id, method, params }` requests
 * become `{ id, ok, result | error }` replies, host events are pushed as `{ event }`, and
 * `{ shutdown: true }` closes the host and exits. Never throws at the port: every failure is a reply.
 */
export function serveCoreHost(options: ServeCoreHostOptions): { ready: Promise<CoreHost | undefined> } {
  const { port, log = () => undefined } = options
  let shuttingDown = false

  const post = (message: HostToMainMessage): void => {
    try {
      port.postMessage(message)
    } catch (error) {
      // A result that structured clone cannot carry is a bug in a handler: say so to the caller.
      if ('id' in message && message.ok) {
        const failure = new ApiError('internal', `the result cannot be sent to the window: ${(error as Error).message}`)
        port.postMessage({ id: message.id, ok: false, error: failure.toPayload() } satisfies HostReply)
      } else {
        log(`cannot post a message to the main process: ${(error as Error).message}`)
      }
    }
  }

  const ready = (async (): Promise<CoreHost | undefined> => {
    const host = await options.createHost((notice) => post({ notice }))
    host.onEvent((event) => post({ event }))
    return host
  })()
  let startupError: ApiError | undefined
  ready.catch((error: unknown) => {
    startupError = new ApiError('internal', `Certus core could not start: ${ApiError.from(error).message}`)
    log(startupError.message)
  })
  const hostOrError = ready.then(
    (host) => host,
    () => undefined,
  )

  const answer = async (id: number, method: string, params: unknown): Promise<void> => {
    const host = await hostOrError
    if (host === undefined || shuttingDown) {
      const error = startupError ?? new ApiError('internal', 'Certus core is shutting down')
      post({ id, ok: false, error: error.toPayload() })
      return
    }
    try {
      post({ id, ok: true, result: await host.handle(method, params) })
    } catch (error) {
      post({ id, ok: false, error: ApiError.from(error).toPayload() })
    }
  }

  const shutdown = async (): Promise<void> => {
    if (shuttingDown) return
    shuttingDown = true
    const host = await hostOrError
    try {
      await host?.close()
    } catch (error) {
      log(`closing the core failed: ${ApiError.from(error).message}`)
    }
    options.exit(0)
  }

  port.on('message', ({ data }) => {
    if (isHostShutdown(data)) void shutdown()
    else if (isHostRequest(data)) void answer(data.id, data.method, data.params)
    else log(`ignored a malformed message from the main process`)
  })

  return { ready: hostOrError }
}
