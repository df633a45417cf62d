import type { ExportLayerName } from '../api/schemas/exportSchemas.js'

/** Column types of an exported attribute; GeoPackage declares them, CSV and KML only format them. */
export type ExportFieldType = 'integer' | 'real' | 'text' | 'datetime'

/** An exported attribute: its name carries its unit (rsrp_dbm, height_m). */
export interface ExportField {
  name: string
  type: ExportFieldType
}

export type ExportValue = string | number | null

/** WGS 84 geometry of one feature; positions are [lon, lat] or [lon, lat, altitudeM]. */
export type ExportGeometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'Polygon'; coordinates: number[][][] }

export type AltitudeReferenceOrNone = 'AGL' | 'AMSL' | null

/** One feature: its id, geometry, the reference of its altitudes, and values aligned with the table's fields. */
export interface ExportFeature {
  id: number
  geometry: ExportGeometry
  altitudeRef: AltitudeReferenceOrNone
  values: ExportValue[]
}

/**
 * One feature table of a layer (samples; cells; routes; areas): one geometry type, its fields, and
 * its features in pages, so that a writer holds one page at a time whatever the table's size and can
 * yield between pages (no database cursor stays open across a yield).
 */
export interface ExportTable {
  name: string
  title: string
  geometryType: ExportGeometry['type']
  /** Whether features carry an altitude: always, for some features, or never. */
  z: 'always' | 'some' | 'never'
  fields: readonly ExportField[]
  count: number
  pages(): Iterable<ExportFeature[]>
}

/** A flat table for CSV: a header with units and rows in pages. */
export interface CsvView {
  header: readonly string[]
  count: number
  pages(): Iterable<ExportValue[][]>
}

/** What one `--layer` exports: its feature tables and its CSV form. */
export interface ExportLayer {
  layer: ExportLayerName
  tables: readonly ExportTable[]
  csv: CsvView
  /** Features in all tables. */
  features: number
}

/** Rows per page read from the project: bounded memory, and a yield point for progress and cancel. */
export const exportPageSize = 5000

/** Index of a field by name; a missing field is a bug in the table definitions. */
export function fieldIndex(table: Pick<ExportTable, 'fields' | 'name'>, name: string): number {
  const index = table.fields.findIndex((f) => f.name === name)
  if (index < 0) throw new Error(`bug: export table ${table.name} has no field ${name}`)
  return index
}
