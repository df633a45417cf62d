import { ApiError, type ApiErrorPayload } from '../../core/api/apiError.js'
import type { MethodName } from '../../core/api/methods.js'
import { parseParams, requireMethod } from '../../core/api/validate.js'
import { isAppUrl, packagedOrigins, type AppOrigins } from './appUrl.js'

export type IpcRequestCheck = { ok: true; method: MethodName; params: unknown } | { ok: false; error: ApiErrorPayload }

/**
 * Validates one `certus:call` before anything reaches the core: the sending frame must be the app's
 * own page (`forbidden` otherwise), the method must be in the table (`unknown-method`) and the params
 * must match its schema (`bad-input`, naming the field). On success the params are passed on as
 * they came: the core host parses them again with the same schema.
 */
export function validateIpcRequest(
  senderUrl: string | undefined,
  method: unknown,
  params: unknown,
  allowed: AppOrigins = packagedOrigins,
): IpcRequestCheck {
  if (!isAppUrl(senderUrl, allowed)) {
    return { ok: false, error: new ApiError('forbidden', `API call refused from a frame outside the app: ${describeUrl(senderUrl)}`).toPayload() }
  }
  try {
    const name = requireMethod(method)
    parseParams(name, params)
    return { ok: true, method: name, params }
  } catch (error) {
    return { ok: false, error: ApiError.from(error).toPayload() }
  }
}

const describeUrl = (url: string | undefined): string => (url === undefined || url === '' ? '(unknown)' : url.slice(0, 200))
