import type { ProjectDb } from '../db/openProjectDb.js'
import { exportPageSize, type ExportFeature, type ExportTable, type ExportValue } from './exportTable.js'
import { insertAfter, storedColumnFields } from './tableColumns.js'

/**
 * Cells as Points at the antenna, [lon, lat, height_m] with the height above ground (AGL). Fields:
 * every stored engineering parameter of `cells` (azimuth, tilts, PCI, ARFCN, band, power,
 * beamwidths…, units in the names), plus the site's name and ground altitude and the number of SSB
 * beams. Sector wedges are not drawn: a wedge's radius would be an invention, and QGIS or Google Earth
 * can draw azimuths from the fields.
 */
export function cellsExportTable(db: ProjectDb): ExportTable {
  let fields = storedColumnFields(db, 'cells', 'c', ['id', 'lon', 'lat'])
  fields = insertAfter(fields, 'site_id', { name: 'site_name', type: 'text', sql: 's.name' })
  fields = insertAfter(fields, 'site_name', { name: 'site_ground_altitude_m', type: 'real', sql: 's.ground_altitude_m' })
  fields.push({ name: 'ssb_beams', type: 'integer', sql: '(SELECT count(*) FROM ssb_beams b WHERE b.cell_id = c.id)' })
  const heightIndex = fields.findIndex((f) => f.name === 'height_m')
  const page = db
    .prepare(`SELECT c.id, c.lon, c.lat, ${fields.map((f) => f.sql).join(', ')} FROM cells c JOIN sites s ON s.id = c.site_id WHERE c.id > ? ORDER BY c.id LIMIT ?`)
    .raw()
  return {
    name: 'cells',
    title: 'Cells',
    geometryType: 'Point',
    z: 'always',
    fields: fields.map(({ name, type }) => ({ name, type })),
    count: db.prepare('SELECT count(*) FROM cells').pluck().get() as number,
    *pages() {
      let lastId = 0
      for (;;) {
        const features: ExportFeature[] = []
        for (const row of page.iterate(lastId, exportPageSize) as IterableIterator<ExportValue[]>) {
          const [id, lon, lat, ...values] = row as [number, number, number, ...ExportValue[]]
          features.push({ id, geometry: { type: 'Point', coordinates: [lon, lat, Number(values[heightIndex] ?? 0)] }, altitudeRef: 'AGL', values })
          lastId = id
        }
        if (features.length === 0) return
        yield features
        if (features.length < exportPageSize) return
      }
    },
  }
}
