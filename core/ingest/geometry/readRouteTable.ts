import { FileRefusal, type ImportRunContext } from '../importer.js'
import { FieldError, isMissing, parseCoordinate, parseOptionalNumber } from '../parseValues.js'
import { readTable } from '../tabular/readTable.js'
import { emptyPlannedGeometry, parseAltitudeReference, type AltitudeReference, type PlannedGeometry } from './plannedGeometry.js'
import { routeTableColumns, type RouteTableColumns } from './routeTableColumns.js'

interface Vertex {
  seq: number
  lon: number
  lat: number
  altitudeM: number | null
  line: number
}

/** The rows of one route or area, gathered while the table streams. */
interface VertexGroup {
  name: string | null
  kind: 'route' | 'area'
  line: number
  vertices: Vertex[]
  altitudeRef: AltitudeReference | null
  minAltitudeM: number | null
  maxAltitudeM: number | null
  /** The first bad row: the whole route is rejected, since a route missing a vertex is another route. */
  error?: { line: number; field: string; message: string }
}

/**
 * Reads a vertex table (CSV, TSV or xlsx; one row per vertex) into routes and areas: rows are grouped
 * by the route/name column (one unnamed route without it) and ordered by seq/order when present, else
 * by row. An optional kind column ('route' | 'area') makes a group an area, whose band comes from
 * min_altitude_m / max_altitude_m. Altitudes are AGL unless the altitude column's name (alt_amsl,
 * 海拔…) or an altitude_ref column says AMSL. A bad row rejects its whole route, once, at that row.
 */
export async function readRouteTable(context: ImportRunContext): Promise<PlannedGeometry> {
  const table = await readTable(context.probe)
  const columns = routeTableColumns(table.header)
  if (columns.lon < 0 || columns.lat < 0) {
    await table.close()
    throw new FileRefusal(`${context.probe.fileName}:${table.headerLine}: no longitude and latitude columns (lon, lat, 经度, 纬度): not a route table`)
  }
  const decimalComma = table.delimiter === ';'
  const groups = new Map<string, VertexGroup>()
  for await (const batch of table.batches) {
    batch.rows.forEach((row, k) => {
      const line = batch.lines[k] as number
      if (row.every((cell) => cell.trim() === '')) return
      const name = columns.name >= 0 && !isMissing(row[columns.name]) ? (row[columns.name] as string).trim() : null
      let kind: 'route' | 'area'
      try {
        kind = readKind(columns.kind >= 0 ? row[columns.kind] : undefined)
      } catch (error) {
        if (!(error instanceof FieldError)) throw error
        context.reject(line, table.header[columns.kind] ?? 'kind', error.message)
        return
      }
      const key = `${kind}\u0000${name ?? ''}`
      let group = groups.get(key)
      if (group === undefined) {
        group = { name, kind, line, vertices: [], altitudeRef: null, minAltitudeM: null, maxAltitudeM: null }
        groups.set(key, group)
      }
      if (group.error !== undefined) return
      let field = ''
      try {
        readVertex(row, line, columns, table.header, group, decimalComma, (f) => (field = f))
      } catch (error) {
        if (!(error instanceof FieldError)) throw error
        group.error = { line, field, message: error.message }
      }
    })
    await context.checkpoint(batch.bytesRead)
  }
  return toGeometry(groups, context)
}

function readVertex(
  row: string[], line: number, columns: RouteTableColumns, header: readonly string[], group: VertexGroup, decimalComma: boolean, at: (field: string) => void,
): void {
  const text = (i: number): string | undefined => {
    at(i >= 0 ? (header[i] as string) : '')
    const value = i < 0 ? undefined : row[i]
    return decimalComma && value !== undefined ? value.replace(',', '.') : value
  }
  const lon = parseCoordinate(text(columns.lon), 'lon')
  const lat = parseCoordinate(text(columns.lat), 'lat')
  if (lon === null || lat === null) throw new FieldError('no position')
  const altitudeM = columns.altitude < 0 ? null : parseOptionalNumber(text(columns.altitude))
  const seq = columns.seq < 0 ? group.vertices.length : parseOptionalNumber(text(columns.seq))
  if (seq === null) throw new FieldError('no sequence number')
  let altitudeRef = columns.altitude >= 0 ? columns.altitudeHeaderRef : null
  if (columns.altitudeRef >= 0 && !isMissing(row[columns.altitudeRef])) {
    altitudeRef = parseAltitudeReference(text(columns.altitudeRef))
    if (altitudeRef === null) throw new FieldError(`altitude reference must be AGL or AMSL, not ${JSON.stringify(row[columns.altitudeRef])}`)
  }
  if (group.altitudeRef !== null && altitudeRef !== null && altitudeRef !== group.altitudeRef) {
    throw new FieldError(`altitude reference ${altitudeRef} differs from the ${group.altitudeRef} of the rows before`)
  }
  group.altitudeRef ??= altitudeRef
  if (columns.minAltitudeM >= 0) group.minAltitudeM ??= parseOptionalNumber(text(columns.minAltitudeM))
  if (columns.maxAltitudeM >= 0) group.maxAltitudeM ??= parseOptionalNumber(text(columns.maxAltitudeM))
  group.vertices.push({ seq, lon, lat, altitudeM, line })
}

function readKind(text: string | undefined): 'route' | 'area' {
  if (isMissing(text)) return 'route'
  const value = (text as string).trim().toLowerCase()
  if (['route', 'line', 'linestring', '航线', '路线'].includes(value)) return 'route'
  if (['area', 'polygon', '区域', '面'].includes(value)) return 'area'
  throw new FieldError(`kind must be route or area, not ${JSON.stringify(text)}`)
}

function toGeometry(groups: Map<string, VertexGroup>, context: Pick<ImportRunContext, 'reject'>): PlannedGeometry {
  const geometry = emptyPlannedGeometry()
  for (const group of groups.values()) {
    const label = `${group.kind} "${group.name ?? '(unnamed)'}"`
    if (group.error !== undefined) {
      context.reject(group.error.line, group.error.field, `${label} rejected: ${group.error.message}`)
      continue
    }
    const vertices = group.vertices.slice().sort((a, b) => a.seq - b.seq)
    const repeated = vertices.find((v, i) => i > 0 && v.seq === (vertices[i - 1] as Vertex).seq)
    if (repeated !== undefined) {
      context.reject(repeated.line, 'seq', `${label} rejected: sequence number ${repeated.seq} appears twice`)
      continue
    }
    if (group.kind === 'route') {
      const points = vertices.map((v): [number, number, number | null] => [v.lon, v.lat, v.altitudeM])
      geometry.routes.push({ name: group.name, altitudeRef: group.altitudeRef, points, groundClamped: false, line: group.line })
    } else {
      const ring = vertices.map((v): [number, number] => [v.lon, v.lat])
      geometry.areas.push({ name: group.name, altitudeRef: group.altitudeRef, ring, minAltitudeM: group.minAltitudeM, maxAltitudeM: group.maxAltitudeM, line: group.line })
    }
  }
  return geometry
}
