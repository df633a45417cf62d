import type { ApiErrorPayload } from '../../core/api/apiError.js'
import type { ApiEvent } from '../../core/api/schemas/jobSchemas.js'

/**
 * Messages between the Electron main process and the core host in its utility process. They travel
 * by structured clone (`utilityProcess.postMessage` / `process.parentPort`), so results may hold typed arrays.
 */

/** main → host: run one API method. `id` is unique among the calls still pending. */
export interface HostRequest {
  id: number
  method: string
  params: unknown
}

/** main → host: close the project cleanly (cancel jobs, checkpoint) and exit. */
export interface HostShutdown {
  shutdown: true
}

export type MainToHostMessage = HostRequest | HostShutdown

/** host → main: the answer to one request; errors travel as data. */
export type HostReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: ApiErrorPayload }

/** host → main: a pushed API event (job progress, end of a job). */
export interface HostEventMessage {
  event: ApiEvent
}

/** host → main: something the user should be told, e.g. that the project named at start could not be opened. */
export interface HostNoticeMessage {
  notice: string
}

export type HostToMainMessage = HostReply | HostEventMessage | HostNoticeMessage

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object'

export function isHostRequest(message: unknown): message is HostRequest {
  return isRecord(message) && Number.isSafeInteger(message.id) && typeof message.method === 'string'
}

export function isHostShutdown(message: unknown): message is HostShutdown {
  return isRecord(message) && message.shutdown === true
}

export function isHostReply(message: unknown): message is HostReply {
  if (!isRecord(message) || !Number.isSafeInteger(message.id)) return false
  return message.ok === true || (message.ok === false && isRecord(message.error))
}

export function isHostEventMessage(message: unknown): message is HostEventMessage {
  return isRecord(message) && isRecord(message.event) && typeof message.event.type === 'string'
}

export function isHostNoticeMessage(message: unknown): message is HostNoticeMessage {
  return isRecord(message) && typeof message.notice === 'string'
}
