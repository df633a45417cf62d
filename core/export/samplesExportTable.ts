import type { ProjectDb } from '../db/openProjectDb.js'
import { exportPageSize, type AltitudeReferenceOrNone, type ExportFeature, type ExportTable, type ExportValue } from './exportTable.js'
import { insertAfter, storedColumnFields } from './tableColumns.js'

/**
 * Drive-test and flight samples as Points, [lon, lat, altitudeM] when the altitude is known. Fields:
 * every stored column of `samples` (units in the names), plus `time_utc` (ISO 8601, from time_ms) and
 * `cell_name` (the serving cell's name when the sample was matched to a cell of the project).
 * Neighbour measurements are not part of this layer.
 */
export function samplesExportTable(db: ProjectDb): ExportTable {
  let fields = storedColumnFields(db, 'samples', 's', ['id', 'lon', 'lat'])
  fields = insertAfter(fields, 'time_ms', { name: 'time_utc', type: 'datetime', sql: "strftime('%Y-%m-%dT%H:%M:%fZ', s.time_ms / 1000.0, 'unixepoch')" })
  fields = insertAfter(fields, 'cell_id', { name: 'cell_name', type: 'text', sql: 'c.name' })
  const altitudeIndex = fields.findIndex((f) => f.name === 'altitude_m')
  const referenceIndex = fields.findIndex((f) => f.name === 'altitude_ref')
  const page = db
    .prepare(
      `SELECT s.id, s.lon, s.lat, ${fields.map((f) => f.sql).join(', ')}
       FROM samples s LEFT JOIN cells c ON c.id = s.cell_id WHERE s.id > ? ORDER BY s.id LIMIT ?`,
    )
    .raw()
  const count = (db.prepare('SELECT count(*) FROM samples').pluck().get() as number) ?? 0
  return {
    name: 'samples',
    title: 'Drive-test samples',
    geometryType: 'Point',
    z: (db.prepare('SELECT count(*) FROM samples WHERE altitude_m IS NOT NULL').pluck().get() as number) === count ? 'always' : 'some',
    fields: fields.map(({ name, type }) => ({ name, type })),
    count,
    *pages() {
      let lastId = 0
      for (;;) {
        const features: ExportFeature[] = []
        for (const row of page.iterate(lastId, exportPageSize) as IterableIterator<ExportValue[]>) {
          const [id, lon, lat, ...values] = row as [number, number, number, ...ExportValue[]]
          const altitudeM = values[altitudeIndex] ?? null
          features.push({
            id,
            geometry: { type: 'Point', coordinates: typeof altitudeM === 'number' ? [lon, lat, altitudeM] : [lon, lat] },
            altitudeRef: (values[referenceIndex] ?? null) as AltitudeReferenceOrNone,
            values,
          })
          lastId = id
        }
        if (features.length === 0) return
        yield features
        if (features.length < exportPageSize) return
      }
    },
  }
}
