import { z } from 'zod'

export const dataKindSchema = z.enum(['drivetest', 'cells', 'kpi', 'kqi', 'route', 'area'])

export const columnMappingSchema = z.object({
  kind: dataKindSchema.optional(),
  /** Target field → source header. */
  columns: z.record(z.string(), z.string()),
  /** Target field → factor applied to the source value (e.g. kbit/s → Mbit/s: 0.001). */
  scale: z.record(z.string(), z.number()).optional(),
  timeFormat: z.string().optional(),
})

export const importOptionsSchema = z.object({
  kind: dataKindSchema.optional(),
  altitudeM: z.number().min(-500).max(20_000).optional(),
  mapping: columnMappingSchema.optional(),
  /** A mapping saved in the project, by name (used when `mapping` is not given). */
  mappingName: z.string().min(1).optional(),
  /** Save `mapping` in the project under this name, for the next file of the same layout. */
  saveMappingAs: z.string().min(1).max(100).optional(),
  force: z.boolean().optional(),
  rejectThreshold: z.number().min(0).max(1).optional(),
})

export const rowErrorSchema = z.object({ line: z.number().int(), field: z.string(), message: z.string() })

/** One file's outcome; `certus import --json` prints a list of these. */
export const fileImportOutcomeSchema = z.object({
  file: z.string(),
  kind: dataKindSchema.nullable(),
  format: z.string().nullable(),
  status: z.enum(['imported', 'skipped', 'refused']),
  rows: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  errors: z.array(rowErrorSchema),
  errorsTotal: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
  message: z.string().optional(),
  sha256: z.string().nullable(),
})

export type FileImportOutcome = z.infer<typeof fileImportOutcomeSchema>
export const importResultSchema = z.object({ imports: z.array(fileImportOutcomeSchema) })

export const savedMappingSchema = z.object({
  name: z.string(),
  kind: z.string(),
  mapping: columnMappingSchema,
  savedAt: z.string(),
})
export type SavedMapping = z.infer<typeof savedMappingSchema>
