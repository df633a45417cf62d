import type { ColumnMapping } from '../columnMapping.js'
import { FileRefusal } from '../importer.js'
import { altitudeReference, driveTestFieldNamed, driveTestFieldOfHeader, driveTestFields, normaliseHeader, unitScale, type DriveTestField } from './driveTestSynonyms.js'

/** Where a field is read from and how its values are scaled to the field's unit. */
export interface DriveTestColumn {
  index: number
  header: string
  /** Multiplies the source value (1 unless the header's unit or the mapping says otherwise). */
  scale: number
}

export interface DriveTestColumns {
  columns: Partial<Record<DriveTestField, DriveTestColumn>>
  /** The altitude column's reference when its header states one. */
  altitudeRef: 'AGL' | 'AMSL' | null
  /** Remarks for the import log (units not recognised…). */
  remarks: string[]
}

const listHeaders = (header: readonly string[]): string => header.map((h) => JSON.stringify(h)).join(', ')

/** Position of a header named by a mapping: exact, then trimmed case-insensitive, then normalised. */
function findHeader(header: readonly string[], wanted: string): number {
  const exact = header.indexOf(wanted)
  if (exact >= 0) return exact
  const loose = header.findIndex((h) => h.trim().toLowerCase() === wanted.trim().toLowerCase())
  if (loose >= 0) return loose
  const normalised = normaliseHeader(wanted).name
  return header.findIndex((h) => normaliseHeader(h).name === normalised)
}

/**
 * Decides which column feeds which sample field: the user's mapping first (field → header; its
 * `scale` overriding any unit), then the synonym table for the fields left, first column winning and
 * no column used twice. Throws FileRefusal for a mapping that names an unknown field or a header the
 * file does not have, listing what there is.
 */
export function resolveDriveTestColumns(header: readonly string[], mapping: ColumnMapping | undefined, fileName: string): DriveTestColumns {
  const columns: Partial<Record<DriveTestField, DriveTestColumn>> = {}
  const remarks: string[] = []
  const used = new Set<number>()
  const place = (field: DriveTestField, index: number): void => {
    const name = header[index] as string
    const unit = normaliseHeader(name).unit
    let scale = unitScale(field, unit)
    if (scale === undefined) {
      remarks.push(`the unit "${unit}" of column "${name}" is not one known for ${field}; values are taken as they are`)
      scale = 1
    }
    columns[field] = { index, header: name, scale }
    used.add(index)
  }
  for (const [key, wanted] of Object.entries(mapping?.columns ?? {})) {
    const field = driveTestFieldNamed(key)
    if (field === undefined) throw new FileRefusal(`${fileName}: the mapping names an unknown field "${key}"; drive-test fields are ${driveTestFields.join(', ')}`)
    const index = findHeader(header, wanted)
    if (index < 0) throw new FileRefusal(`${fileName}: the mapping's column "${wanted}" (for ${field}) is not in the file; its columns are ${listHeaders(header)}`)
    place(field, index)
  }
  header.forEach((name, index) => {
    const field = driveTestFieldOfHeader(normaliseHeader(name))
    if (field !== undefined && columns[field] === undefined && !used.has(index)) place(field, index)
  })
  for (const [key, factor] of Object.entries(mapping?.scale ?? {})) {
    const field = driveTestFieldNamed(key)
    if (field === undefined) throw new FileRefusal(`${fileName}: the mapping scales an unknown field "${key}"; drive-test fields are ${driveTestFields.join(', ')}`)
    const column = columns[field]
    if (column !== undefined) column.scale = factor
  }
  const altitude = columns.altitudeM
  return { columns, altitudeRef: altitude === undefined ? null : altitudeReference(altitude.header), remarks }
}

/** Refuses a file without longitude and latitude columns, naming what is missing and the headers found. */
export function requirePosition(resolved: DriveTestColumns, header: readonly string[], fileName: string): void {
  const missing = (['lon', 'lat'] as const).filter((f) => resolved.columns[f] === undefined)
  if (missing.length === 0) return
  const names = missing.map((f) => (f === 'lon' ? 'longitude (lon)' : 'latitude (lat)'))
  throw new FileRefusal(`${fileName}: no ${names.join(' or ')} column found; headers found: ${listHeaders(header)}; name them with a mapping (--mapping)`)
}
