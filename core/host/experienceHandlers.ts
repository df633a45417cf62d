import { ApiError } from '../api/apiError.js'
import { topProblems } from '../experience/problems/topProblems.js'
import type { CallHandlers, HandlerContext } from './handlers.js'

/** experience.top over the open project. */
export function experienceCallHandlers(ctx: HandlerContext): Pick<CallHandlers, 'experience.top'> {
  return {
    'experience.top': ({ priority, limit, thresholds }) => {
      try {
        return topProblems(ctx.session.require().db, {
          ...(priority === undefined ? {} : { priority }),
          ...(limit === undefined ? {} : { limit }),
          ...(thresholds === undefined ? {} : { thresholds }),
        })
      } catch (error) {
        if (error instanceof ApiError) throw error
        if (error instanceof RangeError || error instanceof TypeError) throw new ApiError('bad-input', error.message)
        throw error
      }
    },
  }
}
