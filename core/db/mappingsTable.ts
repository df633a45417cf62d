import type { ProjectDb } from './openProjectDb.js'
import type { ColumnMapping } from '../ingest/columnMapping.js'

export interface SavedMapping {
  name: string
  kind: string
  mapping: ColumnMapping
  savedAt: string
}

/** Saves (or replaces) a named column mapping in the project, for reuse on the next file of that layout. */
export function saveMapping(db: ProjectDb, name: string, mapping: ColumnMapping, now: Date): void {
  db.prepare(
    `INSERT INTO mappings (name, kind, mapping_json, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, mapping_json = excluded.mapping_json, saved_at = excluded.saved_at`,
  ).run(name, mapping.kind ?? 'any', JSON.stringify(mapping), now.toISOString())
}

export function listMappings(db: ProjectDb): SavedMapping[] {
  const rows = db.prepare('SELECT name, kind, mapping_json, saved_at FROM mappings ORDER BY name').all() as {
    name: string
    kind: string
    mapping_json: string
    saved_at: string
  }[]
  return rows.map((r) => ({ name: r.name, kind: r.kind, mapping: JSON.parse(r.mapping_json) as ColumnMapping, savedAt: r.saved_at }))
}

export function findMapping(db: ProjectDb, name: string): ColumnMapping | undefined {
  const json = db.prepare('SELECT mapping_json FROM mappings WHERE name = ?').pluck().get(name) as string | undefined
  return json === undefined ? undefined : (JSON.parse(json) as ColumnMapping)
}
