import { z } from 'zod'
import { coverageTargetSchema } from './coverageSchemas.js'
import { feasibilityRequestSchema, scenarioOverridesSchema } from './feasibilitySchemas.js'

/** Report languages: simplified Chinese (zh-CN) or English. */
export const reportLanguageSchema = z.enum(['zh', 'en'])

/**
 * report.write: check a scenario along a route or over an area and write the SLA feasibility report.
 * The extension of `out` (.pdf, .html) chooses the format; altitudes default to the scenario's
 * altitude term (core/report/reportAltitudes.ts).
 */
export const reportWriteParamsSchema = z
  .object({
    scenario: z.string().min(1, 'name a scenario id'),
    overrides: scenarioOverridesSchema.optional(),
    target: coverageTargetSchema,
    altitudesM: feasibilityRequestSchema.shape.altitudesM.optional(),
    spacingM: feasibilityRequestSchema.shape.spacingM,
    segmentLengthM: feasibilityRequestSchema.shape.segmentLengthM,
    /** Absolute path of the report file, ending in .pdf or .html. */
    out: z.string().regex(/\.(pdf|html?)$/i, 'out must name a .pdf or .html file'),
    /** Language of the report (default en). */
    lang: reportLanguageSchema.default('en'),
  })
  .strict()
export type ReportWriteParams = z.infer<typeof reportWriteParamsSchema>

export const reportWriteResultSchema = z.object({
  out: z.string(),
  format: z.enum(['pdf', 'html']),
  bytes: z.number().int().positive(),
  /** sha256 of the written file, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  verdict: z.enum(['pass', 'fail']),
  scenario: z.string(),
  version: z.number().int(),
})
export type ReportWriteResult = z.infer<typeof reportWriteResultSchema>
