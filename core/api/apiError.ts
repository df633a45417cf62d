import { z } from 'zod'

/**
 * Error codes that cross a process edge. Bad input, an expected refusal or a broken invariant:
 * see style.md "three kinds of failure".
 */
export const apiErrorCodes = [
  'bad-input',
  'unknown-method',
  'not-found',
  'no-project',
  'cancelled',
  'forbidden',
  'internal',
] as const

export type ApiErrorCode = (typeof apiErrorCodes)[number]

export const apiErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  message: z.string(),
  details: z.unknown().optional(),
})

export type ApiErrorPayload = z.infer<typeof apiErrorSchema>

/** The one error type that every transport carries as `{ code, message, details }`. */
export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly details: unknown

  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.details = details
  }

  toPayload(): ApiErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }

  static fromPayload(payload: ApiErrorPayload): ApiError {
    return new ApiError(payload.code, payload.message, payload.details)
  }

  /** Any thrown value as an ApiError; unknown errors become `internal` with their message kept. */
  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error
    if (error instanceof Error) return new ApiError('internal', error.message)
    return new ApiError('internal', String(error))
  }
}
