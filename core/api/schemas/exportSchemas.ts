import { z } from 'zod'

/**
 * File formats `export.run` writes: CSV, GeoJSON (RFC 7946), KML and KMZ (Google Earth),
 * GeoPackage (OGC 12-128r18, opens in QGIS).
 */
export const exportFormats = ['csv', 'geojson', 'kml', 'kmz', 'gpkg'] as const
export const exportFormatSchema = z.enum(exportFormats)
export type ExportFormat = z.infer<typeof exportFormatSchema>

/** What can be exported: drive-test samples, cells (engineering parameters), routes together with task areas. */
export const exportLayers = ['samples', 'cells', 'routes'] as const
export const exportLayerSchema = z.enum(exportLayers)
export type ExportLayerName = z.infer<typeof exportLayerSchema>

export const exportParamsSchema = z
  .object({
    layer: exportLayerSchema,
    format: exportFormatSchema,
    /** Absolute path of the file to write; replaced atomically when it exists. */
    out: z.string().min(1, 'out must name the file to write'),
  })
  .strict()

/** The file written and how many features (samples, cells, routes + areas) it holds. */
export const exportResultSchema = z.object({
  path: z.string(),
  features: z.number().int().nonnegative(),
})
export type ExportResult = z.infer<typeof exportResultSchema>
