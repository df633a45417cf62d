import type { TextWriter } from './byteSink.js'
import type { ExportProgress } from './exportProgress.js'
import { fieldIndex, type ExportFeature, type ExportTable, type ExportValue } from './exportTable.js'
import { cellIcon, kmlStyles, rsrpStyleId } from './kmlStyles.js'

/**
 * Writes a KML 2.2 document for Google Earth: one Folder per table, each feature a Placemark with
 * its fields as typed ExtendedData (Schema/SchemaData). Altitudes keep their reference:
 * altitudeMode relativeToGround for AGL, absolute for AMSL, clampToGround when the altitude or its
 * reference is unknown. Samples are dots coloured by RSRP class with a TimeStamp (Earth's time
 * slider); cells are arrows turned to their azimuth at antenna height; routes are extruded 3D
 * LineStrings; areas are Polygons drawn at the top of their band and extruded to the ground.
 */
export async function writeKml(tables: readonly ExportTable[], title: string, out: TextWriter, progress: ExportProgress): Promise<number> {
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>\n')
  out.write(`<name>${xmlText(title)}</name>\n${kmlStyles()}\n`)
  for (const table of tables) out.write(`${kmlSchema(table)}\n`)
  let written = 0
  for (const table of tables) {
    out.write(`<Folder><name>${table.name}</name><description>${xmlText(table.title)}</description>\n`)
    const placemark = placemarkWriter(table)
    for (const page of table.pages()) {
      for (const feature of page) out.write(placemark(feature))
      written += page.length
      await progress.advance(page.length, 'kml')
    }
    out.write('</Folder>\n')
  }
  out.write('</Document>\n</kml>\n')
  return written
}

function kmlSchema(table: ExportTable): string {
  const type = { integer: 'int', real: 'double', text: 'string', datetime: 'string' } as const
  const fields = table.fields.map((f) => `<SimpleField name="${xmlText(f.name)}" type="${type[f.type]}"/>`).join('')
  return `<Schema name="${table.name}" id="${table.name}">${fields}</Schema>`
}

/** The Placemark writer of a table: what each kind of feature looks like in Google Earth. */
function placemarkWriter(table: ExportTable): (feature: ExportFeature) => string {
  const data = (f: ExportFeature): string => extendedData(table, f.values)
  switch (table.name) {
    case 'samples': {
      const rsrp = fieldIndex(table, 'rsrp_dbm')
      const time = fieldIndex(table, 'time_utc')
      return (f) => {
        const when = f.values[time]
        const rsrpDbm = f.values[rsrp]
        const stamp = typeof when === 'string' ? `<TimeStamp><when>${when}</when></TimeStamp>` : ''
        return `<Placemark>${stamp}<styleUrl>#${rsrpStyleId(typeof rsrpDbm === 'number' ? rsrpDbm : null)}</styleUrl>${data(f)}${kmlGeometry(f, false)}</Placemark>\n`
      }
    }
    case 'cells': {
      const name = fieldIndex(table, 'name')
      const azimuth = fieldIndex(table, 'azimuth_deg')
      return (f) =>
        `<Placemark><name>${xmlText(f.values[name])}</name><Style><IconStyle><heading>${f.values[azimuth] ?? 0}</heading><Icon><href>${cellIcon}</href></Icon></IconStyle></Style>${data(f)}${kmlGeometry(f, false)}</Placemark>\n`
    }
    default: {
      const name = fieldIndex(table, 'name')
      const style = table.geometryType === 'Polygon' ? 'area' : 'route'
      const top = table.geometryType === 'Polygon' ? fieldIndex(table, 'max_altitude_m') : -1
      return (f) => {
        const polygonAltitudeM = top >= 0 ? Number(f.values[top]) : undefined
        return `<Placemark><name>${xmlText(f.values[name])}</name><styleUrl>#${style}</styleUrl>${data(f)}${kmlGeometry(f, true, polygonAltitudeM)}</Placemark>\n`
      }
    }
  }
}

function extendedData(table: ExportTable, values: readonly ExportValue[]): string {
  const items = table.fields.map((f, i) => (values[i] === null || values[i] === undefined ? '' : `<SimpleData name="${f.name}">${xmlText(values[i])}</SimpleData>`))
  return `<ExtendedData><SchemaData schemaUrl="#${table.name}">${items.join('')}</SchemaData></ExtendedData>`
}

/** KML altitudeMode of a feature's altitudes (OGC KML 2.2, kml:altitudeModeEnumType). */
function altitudeMode(feature: ExportFeature, hasAltitude: boolean): string {
  if (!hasAltitude || feature.altitudeRef === null) return 'clampToGround'
  return feature.altitudeRef === 'AMSL' ? 'absolute' : 'relativeToGround'
}

/** Point, LineString or Polygon in KML; a polygon's vertices are lifted to `polygonAltitudeM`. */
function kmlGeometry(feature: ExportFeature, extrude: boolean, polygonAltitudeM?: number): string {
  const g = feature.geometry
  const tuple = (p: readonly number[]): string => p.join(',')
  const head = (hasAltitude: boolean): string => `${extrude && hasAltitude ? '<extrude>1</extrude>' : ''}<altitudeMode>${altitudeMode(feature, hasAltitude)}</altitudeMode>`
  switch (g.type) {
    case 'Point':
      return `<Point>${head(g.coordinates.length > 2)}<coordinates>${tuple(g.coordinates)}</coordinates></Point>`
    case 'LineString':
      return `<LineString>${head(true)}<coordinates>${g.coordinates.map(tuple).join(' ')}</coordinates></LineString>`
    case 'Polygon': {
      const lifted = polygonAltitudeM !== undefined && Number.isFinite(polygonAltitudeM)
      const ring = (g.coordinates[0] ?? []).map(([lon = 0, lat = 0]) => tuple(lifted ? [lon, lat, polygonAltitudeM] : [lon, lat]))
      return `<Polygon>${head(lifted)}<outerBoundaryIs><LinearRing><coordinates>${ring.join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon>`
    }
  }
}

/** Escapes text for XML content and attribute values. */
export function xmlText(value: ExportValue | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)
}
