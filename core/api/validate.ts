import type { z } from 'zod'
import { ApiError } from './apiError.js'
import { isMethodName, methods, type MethodName, type ParsedParams, type Result } from './methods.js'

const describeIssues = (error: z.ZodError): { path: string; message: string }[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }))

/** Resolves a method name from outside, refusing names that are not in the table. */
export function requireMethod(name: unknown): MethodName {
  if (typeof name !== 'string' || !isMethodName(name)) {
    throw new ApiError('unknown-method', `unknown API method: ${JSON.stringify(name)}`)
  }
  return name
}

/** Parses a method's params; a mismatch is bad input naming each field and what is wrong with it. */
export function parseParams<M extends MethodName>(method: M, params: unknown): ParsedParams<M> {
  const parsed = methods[method].params.safeParse(params ?? {})
  if (!parsed.success) {
    const issues = describeIssues(parsed.error)
    const first = issues[0]
    throw new ApiError(
      'bad-input',
      `${method}: ${first ? `${first.path}: ${first.message}` : 'invalid params'}`,
      { issues },
    )
  }
  return parsed.data as ParsedParams<M>
}

/** Checks a handler's result against its schema; a mismatch is a bug on the serving side, not bad input. */
export function parseResult<M extends MethodName>(method: M, result: unknown): Result<M> {
  const parsed = methods[method].result.safeParse(result)
  if (!parsed.success) {
    throw new ApiError('internal', `${method}: result does not match its schema`, { issues: describeIssues(parsed.error) })
  }
  return parsed.data as Result<M>
}
