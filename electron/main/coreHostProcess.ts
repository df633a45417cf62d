import { ApiError } from '../../core/api/apiError.js'
import type { ApiEvent } from '../../core/api/schemas/jobSchemas.js'
import { isHostEventMessage, isHostNoticeMessage, isHostReply, type MainToHostMessage } from '../host/hostProtocol.js'

/** The part of Electron's `UtilityProcess` used here; a fake stands in for it in tests. */
export interface HostChild {
  postMessage(message: MainToHostMessage): void
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  kill(): boolean
}

export interface CoreHostProcessOptions {
  /** Starts one core host (`utilityProcess.fork(coreHost.js, args, …)`); called again after a crash. */
  spawn: () => HostChild
  onEvent: (event: ApiEvent) => void
  /** Something the host wants the user told (shown in a dialog). */
  onNotice?: (notice: string) => void
  /** Told of every unexpected exit; `restarting` is false once the restart budget is spent. */
  onCrash?: (info: { code: number; restarting: boolean }) => void
  /** At most this many restarts within `restartWindowMs`; default 3 within 60 s. */
  maxRestarts?: number
  restartWindowMs?: number
  now?: () => number
}

export interface CoreHostProcess {
  /** Runs one API method in the host; rejects with an ApiError. */
  call(method: string, params: unknown): Promise<unknown>
  /** Asks the host to close its project and exit; kills it after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>
}

interface Pending {
  resolve: (result: unknown) => void
  reject: (error: ApiError) => void
}

/**
 * The main process's handle on the core host in its utility process: numbered requests, replies
 * matched by id, events passed on, and a restart when the host dies, which fails the calls in
 * flight with `internal` (their jobs died with it) rather than leaving them waiting.
 */
export function createCoreHostProcess(options: CoreHostProcessOptions): CoreHostProcess {
  const maxRestarts = options.maxRestarts ?? 3
  const restartWindowMs = options.restartWindowMs ?? 60_000
  const now = options.now ?? Date.now
  const pending = new Map<number, Pending>()
  const restarts: number[] = []
  let nextId = 1
  let child: HostChild | undefined
  let stopping: Promise<void> | undefined
  let gaveUp: ApiError | undefined

  const failPending = (error: ApiError): void => {
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }

  const start = (): void => {
    const current = options.spawn()
    child = current
    current.on('message', (message) => {
      if (isHostEventMessage(message)) {
        options.onEvent(message.event)
      } else if (isHostNoticeMessage(message)) {
        options.onNotice?.(message.notice)
      } else if (isHostReply(message)) {
        const waiter = pending.get(message.id)
        pending.delete(message.id)
        if (message.ok) waiter?.resolve(message.result)
        else waiter?.reject(ApiError.fromPayload(message.error))
      }
    })
    current.on('exit', (code) => {
      if (child !== current) return
      child = undefined
      if (stopping !== undefined) {
        failPending(new ApiError('internal', 'Certus core has stopped'))
        return
      }
      const at = now()
      while (restarts.length > 0 && (restarts[0] as number) < at - restartWindowMs) restarts.shift()
      const restarting = restarts.length < maxRestarts
      failPending(
        new ApiError('internal', `Certus core stopped unexpectedly (exit code ${code})${restarting ? '; it has been restarted' : ''}`),
      )
      options.onCrash?.({ code, restarting })
      if (restarting) {
        restarts.push(at)
        start()
      } else {
        gaveUp = new ApiError('internal', `Certus core stopped ${maxRestarts + 1} times; restart the application`)
      }
    })
  }

  start()

  return {
    call(method, params) {
      if (stopping !== undefined) return Promise.reject(new ApiError('internal', 'Certus core is shutting down'))
      if (child === undefined) return Promise.reject(gaveUp ?? new ApiError('internal', 'Certus core is not running'))
      const id = nextId++
      const target = child
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        try {
          target.postMessage({ id, method, params })
        } catch (error) {
          pending.delete(id)
          reject(new ApiError('bad-input', `${method}: params cannot be sent to the core: ${(error as Error).message}`))
        }
      })
    },
    stop(timeoutMs = 3000) {
      if (stopping !== undefined) return stopping
      const current = child
      stopping = new Promise<void>((resolve) => {
        if (current === undefined) return resolve()
        const timer = setTimeout(() => {
          current.kill()
          resolve()
        }, timeoutMs)
        current.on('exit', () => {
          clearTimeout(timer)
          resolve()
        })
        current.postMessage({ shutdown: true })
      })
      return stopping
    },
  }
}
