import type { ProjectDb } from './openProjectDb.js'
import type { ImportRecord } from '../api/schemas/projectSchemas.js'

export interface NewImport {
  fileName: string
  sha256: string
  kind: ImportRecord['kind']
  rows: number
  rejected: number
  errors?: readonly { line: number; field: string; message: string }[]
  importedAt: Date
  /** The format it was read as (an importer's id, 'demo'…); an import sets it once detected, when absent. */
  format?: string
}

/** Records where a data set came from; returns its id for the rows that belong to it. */
export function insertImport(db: ProjectDb, record: NewImport): number {
  const info = db
    .prepare(
      `INSERT INTO imports (file_name, sha256, kind, rows, rejected, errors_json, imported_at, format)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.fileName,
      record.sha256,
      record.kind,
      record.rows,
      record.rejected,
      JSON.stringify(record.errors ?? []),
      record.importedAt.toISOString(),
      record.format ?? null,
    )
  return Number(info.lastInsertRowid)
}

export function updateImportCounts(db: ProjectDb, importId: number, rows: number, rejected: number): void {
  db.prepare('UPDATE imports SET rows = ?, rejected = ? WHERE id = ?').run(rows, rejected, importId)
}

export function listImports(db: ProjectDb): ImportRecord[] {
  const rows = db
    .prepare('SELECT file_name, kind, format, rows, rejected, sha256, imported_at FROM imports ORDER BY id')
    .all() as { file_name: string; kind: ImportRecord['kind']; format: string | null; rows: number; rejected: number; sha256: string; imported_at: string }[]
  return rows.map((r) => ({
    file: r.file_name,
    kind: r.kind,
    format: r.format,
    rows: r.rows,
    rejected: r.rejected,
    sha256: r.sha256,
    importedAt: r.imported_at,
  }))
}

/**
 * Removes an import and everything it stored. Its samples are one id range (migration 3): the R*Tree
 * (a virtual table, outside foreign keys) and the samples go by that range; foreign keys cascade
 * from the import to its cells, routes, KPI and KQI values, and from samples to their neighbours.
 */
export function deleteImport(db: ProjectDb, importId: number): void {
  const range = db.prepare('SELECT first_sample_id AS first, last_sample_id AS last FROM imports WHERE id = ?').get(importId) as
    | { first: number | null; last: number | null }
    | undefined
  if (range?.first != null && range.last != null) {
    db.prepare('DELETE FROM samples_rtree WHERE id BETWEEN ? AND ?').run(range.first, range.last)
    db.prepare('DELETE FROM samples WHERE id BETWEEN ? AND ?').run(range.first, range.last)
  }
  db.prepare('DELETE FROM imports WHERE id = ?').run(importId)
}
