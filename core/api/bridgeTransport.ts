import { ApiError, apiErrorSchema, type ApiErrorPayload } from './apiError.js'
import type { ApiEvent } from './schemas/jobSchemas.js'
import type { Transport } from './transport.js'

/** IPC channel of a call (renderer → main, `ipcRenderer.invoke`); the reply is a {@link BridgeReply}. */
export const bridgeCallChannel = 'certus:call'
/** IPC channel of pushed events (main → renderer, `webContents.send`); the payload is an {@link ApiEvent}. */
export const bridgeEventChannel = 'certus:event'

/**
 * What a call over the desktop bridge resolves to. Errors travel as data, never as a rejection:
 * contextBridge and IPC keep only the message of an Error, not its code and details.
 */
export type BridgeReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorPayload }

/**
 * The object the Electron preload exposes as `window.certus`, and nothing more.
 * `call` never rejects; `onEvent` returns the unsubscribe function.
 */
export interface CertusBridge {
  call(method: string, params: unknown): Promise<BridgeReply>
  onEvent(listener: (event: ApiEvent) => void): () => void
  /**
   * Where a dropped or picked file lives on disk (Electron's `webUtils.getPathForFile`; since Electron 32
   * `File.path` is gone); '' for a file that is not on disk. Optional: older preloads do not offer it.
   */
  pathForFile?(file: File): string
}

/**
 * The path on disk of a file the user dropped or picked, when the desktop bridge can tell it, so the
 * core reads the file in place (`import.run`) instead of receiving its bytes (`import.upload`).
 * Undefined without a bridge (web mode), with an older bridge, or for a file built in memory.
 */
export function localPathOf(bridge: CertusBridge | undefined, file: File): string | undefined {
  try {
    const path = bridge?.pathForFile?.(file)
    return typeof path === 'string' && path !== '' ? path : undefined
  } catch {
    // A file the bridge cannot map (not from disk) is sent as bytes instead.
    return undefined
  }
}

const bridgeFailure = (method: string, reason: string): ApiError =>
  new ApiError('internal', `${method}: the desktop bridge failed: ${reason}`)

/**
 * The API transport of the desktop window: `createClient(createBridgeTransport(window.certus))`.
 * Turns `{ ok: false, error }` replies back into thrown {@link ApiError}s with their code and details.
 */
export function createBridgeTransport(bridge: CertusBridge): Transport {
  return {
    async call(method, params) {
      let reply: BridgeReply
      try {
        reply = await bridge.call(method, params)
      } catch (error) {
        throw bridgeFailure(method, error instanceof Error ? error.message : String(error))
      }
      if (reply === null || typeof reply !== 'object') throw bridgeFailure(method, 'the reply is not an object')
      if (reply.ok === true) return reply.result
      const error = apiErrorSchema.safeParse(reply.error)
      throw error.success ? ApiError.fromPayload(error.data) : bridgeFailure(method, 'the error reply is malformed')
    },
    onEvent(listener) {
      return bridge.onEvent(listener)
    },
  }
}
