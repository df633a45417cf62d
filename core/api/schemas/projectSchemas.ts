import { z } from 'zod'

export const importKinds = ['drivetest', 'cells', 'kpi', 'kqi', 'route', 'area', 'demo'] as const
export const importKindSchema = z.enum(importKinds)

export const importRecordSchema = z.object({
  file: z.string(),
  kind: importKindSchema,
  /** The source format recognised (gnettrack, nemo, nsg-cells…); null for generated data. */
  format: z.string().nullable(),
  rows: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  sha256: z.string(),
  importedAt: z.string(),
})

/** Longitude/latitude box in degrees (WGS 84). */
export const bboxSchema = z.object({
  minLon: z.number(),
  minLat: z.number(),
  maxLon: z.number(),
  maxLat: z.number(),
})

/** What a project holds: the counts `certus info --json` prints and the Project view shows. */
export const projectSummarySchema = z.object({
  path: z.string(),
  name: z.string(),
  samples: z.number().int().nonnegative(),
  cells: z.number().int().nonnegative(),
  sites: z.number().int().nonnegative(),
  kpiRows: z.number().int().nonnegative(),
  kqiRows: z.number().int().nonnegative(),
  routes: z.number().int().nonnegative(),
  areas: z.number().int().nonnegative(),
  routeNames: z.array(z.string()),
  areaNames: z.array(z.string()),
  imports: z.array(importRecordSchema),
  bbox: bboxSchema.nullable(),
})

export type ProjectSummary = z.infer<typeof projectSummarySchema>
export type ImportRecord = z.infer<typeof importRecordSchema>
export type Bbox = z.infer<typeof bboxSchema>

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Which transport serves this UI: the Electron window, the 127.0.0.1 web mode, or in-process. */
  mode: z.enum(['desktop', 'web', 'in-process']),
  projectPath: z.string().nullable(),
})
export type AppInfo = z.infer<typeof appInfoSchema>
