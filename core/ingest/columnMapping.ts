import type { z } from 'zod'
import { columnMappingSchema } from '../api/schemas/importSchemas.js'

/**
 * A user's mapping of a generic file's columns: target field → source header, plus optional unit
 * scale factors (e.g. throughput in kbit/s → `{ "dlMbps": 0.001 }`). Saved as JSON, reusable.
 */
export { columnMappingSchema }
export type ColumnMapping = z.infer<typeof columnMappingSchema>
