import { z } from 'zod'
import { apiErrorSchema } from '../apiError.js'

export const jobIdSchema = z.string().min(1)

export const jobStartedSchema = z.object({ jobId: jobIdSchema })
export type JobStarted = z.infer<typeof jobStartedSchema>

export const jobStatuses = ['running', 'done', 'failed', 'cancelled'] as const

/** Events pushed to every client: job progress and the end of a job. Results are fetched with `jobs.result`. */
export const apiEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('job.progress'),
    jobId: jobIdSchema,
    method: z.string(),
    done: z.number().nonnegative(),
    total: z.number().nonnegative(),
    phase: z.string(),
  }),
  z.object({ type: z.literal('job.done'), jobId: jobIdSchema, method: z.string() }),
  z.object({ type: z.literal('job.failed'), jobId: jobIdSchema, method: z.string(), error: apiErrorSchema }),
  z.object({ type: z.literal('job.cancelled'), jobId: jobIdSchema, method: z.string() }),
])
export type ApiEvent = z.infer<typeof apiEventSchema>

export const jobResultSchema = z.object({
  jobId: jobIdSchema,
  status: z.enum(jobStatuses),
  result: z.unknown().optional(),
  error: apiErrorSchema.optional(),
})
export type JobResult = z.infer<typeof jobResultSchema>
