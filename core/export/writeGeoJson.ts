import type { TextWriter } from './byteSink.js'
import type { ExportProgress } from './exportProgress.js'
import type { ExportFeature, ExportTable } from './exportTable.js'

/**
 * Writes one GeoJSON FeatureCollection (RFC 7946) of every table's features: WGS 84 lon/lat, a third
 * coordinate when the altitude is known, and the table's fields as properties. When several tables
 * share the file (routes and areas) each feature also gets the property `layer` (the table's name)
 * and a string id `table.id`, so ids stay unique. The altitude reference is the `altitude_ref`
 * property: RFC 7946 §4 reads the third value as height above the ellipsoid, which Certus altitudes
 * (AGL or AMSL) are not, so a reader must look at it. `name` is a foreign member (§6.1) that GDAL
 * takes as the layer name.
 */
export async function writeGeoJson(tables: readonly ExportTable[], name: string, out: TextWriter, progress: ExportProgress): Promise<number> {
  out.write(`{"type":"FeatureCollection","name":${JSON.stringify(name)},"features":[`)
  let written = 0
  for (const table of tables) {
    const keys = table.fields.map((f) => JSON.stringify(f.name))
    for (const page of table.pages()) {
      for (const feature of page) {
        out.write(`${written === 0 ? '\n' : ',\n'}${featureJson(feature, tables.length > 1 ? table.name : null, keys)}`)
        written++
      }
      await progress.advance(page.length, 'geojson')
    }
  }
  out.write('\n]}\n')
  return written
}

function featureJson(feature: ExportFeature, layer: string | null, keys: readonly string[]): string {
  const properties = layer === null ? [] : [`"layer":${JSON.stringify(layer)}`]
  feature.values.forEach((value, i) => properties.push(`${keys[i]}:${value === null || (typeof value === 'number' && !Number.isFinite(value)) ? 'null' : JSON.stringify(value)}`))
  const id = layer === null ? String(feature.id) : JSON.stringify(`${layer}.${feature.id}`)
  return `{"type":"Feature","id":${id},"geometry":${JSON.stringify(feature.geometry)},"properties":{${properties.join(',')}}}`
}
