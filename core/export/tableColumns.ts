import type { ProjectDb } from '../db/openProjectDb.js'
import type { ExportFieldType } from './exportTable.js'

/** An exported attribute and the SQL expression that reads it. */
export interface SqlField {
  name: string
  type: ExportFieldType
  sql: string
}

/**
 * Every stored column of a table as an exported field, in table order, except those named in
 * `skip` (the id and the columns that make the geometry). Reading the schema instead of a fixed list
 * keeps "every stored column" true when a migration adds one. Stored names already carry their
 * units (rsrp_dbm, height_m, time_ms); `rename` gives others one (lon → lon_deg).
 */
export function storedColumnFields(db: ProjectDb, table: string, alias: string, skip: readonly string[]): SqlField[] {
  const columns = db.prepare(`SELECT name, type FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string; type: string }[]
  return columns.filter((c) => !skip.includes(c.name)).map((c) => ({ name: c.name, type: fieldType(c.type), sql: `${alias}."${c.name}"` }))
}

/** SQLite declared type → export type (SQLite type affinity, §3.1 of the datatype documentation). */
function fieldType(declared: string): ExportFieldType {
  const upper = declared.toUpperCase()
  if (upper.includes('INT')) return 'integer'
  if (upper.includes('REAL') || upper.includes('FLOA') || upper.includes('DOUB')) return 'real'
  return 'text'
}

/** Inserts `extra` right after the field named `after` (at the end when there is none). */
export function insertAfter(fields: SqlField[], after: string, extra: SqlField): SqlField[] {
  const index = fields.findIndex((f) => f.name === after)
  return index < 0 ? [...fields, extra] : [...fields.slice(0, index + 1), extra, ...fields.slice(index + 1)]
}
