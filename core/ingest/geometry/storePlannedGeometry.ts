import { insertArea, insertRoute } from '../../db/geometryTables.js'
import { FileRefusal, type ImportRunContext } from '../importer.js'
import { GeometryError, type AltitudeReference, type PlannedArea, type PlannedGeometry, type PlannedRoute } from './plannedGeometry.js'
import { UniqueNames } from './uniqueNames.js'

/**
 * Default altitude band of an area whose file states none and no `--altitude-m` was given: 0–120 m
 * AGL, the ceiling of open-category drone flight (EU 2019/947 UAS.OPEN.010, FAA 14 CFR 107.51(b)
 * 400 ft, China's 2024 Interim Regulations on UAV Flight Management: 120 m true height for light UAVs),
 * i.e. the whole airspace such an area is normally flown in.
 */
export const defaultAreaBandM = { min: 0, max: 120 } as const

/**
 * Stores what a route/area file holds under the project's rules, inside the import's transaction,
 * and returns the number of routes and areas stored:
 * - without `--kind` both routes and areas are stored (the import is listed under the kind the file
 *   mostly holds); with `--kind route|area` only that kind is, and the other is reported in a warning;
 * - names clashing with the project or the file get a suffix " (2)", with a warning;
 * - a route without altitudes takes `--altitude-m` (AGL); ground-clamped KML lines lie at 0 m AGL;
 *   a route lacking altitudes otherwise is rejected;
 * - an area's band comes from the file, else `--altitude-m` (min = max), else 0–120 m AGL.
 * Features that cannot be stored are rejected with the line where they start.
 */
export async function storePlannedGeometry(context: ImportRunContext, geometry: PlannedGeometry): Promise<number> {
  const { options, probe } = context
  reportIgnored(context, geometry)
  if (geometry.routes.length === 0 && geometry.areas.length === 0) {
    throw new FileRefusal(`${probe.fileName}: holds no routes (lines) or areas (polygons)`)
  }
  const wantRoutes = options.kind !== 'area'
  const wantAreas = options.kind !== 'route'
  if (!wantRoutes && geometry.routes.length > 0) context.warn(`routes (lines) skipped, as --kind area imports areas only: ${geometry.routes.length}`)
  if (!wantAreas && geometry.areas.length > 0) context.warn(`areas (polygons) skipped, as --kind route imports routes only: ${geometry.areas.length}`)
  const fill = options.altitudeM
  const tally: Tally = { renamed: [], clamped: 0, defaulted: 0, handled: 0 }
  const routes = !wantRoutes ? 0 : await storeEach(context, geometry.routes, 'route', tally, (route) => {
    const resolved = resolveRouteAltitudes(route, fill)
    if (resolved.clamped) tally.clamped++
    return (name) => insertRoute(context.db, context.importId, { name, altitudeRef: resolved.altitudeRef, points: resolved.points })
  })
  const areas = !wantAreas ? 0 : await storeEach(context, geometry.areas, 'area', tally, (area) => {
    const resolved = resolveArea(area, fill)
    if (resolved.defaulted) tally.defaulted++
    return (name) => insertArea(context.db, context.importId, { name, ...resolved.area })
  })
  reportTally(context, tally)
  if (wantRoutes && wantAreas && routes > 0 && areas > 0) {
    context.warn(`the file holds both routes and areas; stored: routes ${routes}, areas ${areas} (pass --kind route or --kind area to take only one)`)
  }
  return routes + areas
}

/** What the store did that the user should hear of. */
interface Tally {
  renamed: string[]
  clamped: number
  defaulted: number
  handled: number
}

/**
 * Resolves each feature (which may reject it), then gives it a free name and inserts it; a feature
 * unnamed in the file is called after the file ("plan route 3").
 */
async function storeEach<T extends PlannedRoute | PlannedArea>(
  context: ImportRunContext, items: readonly T[], kind: 'route' | 'area', tally: Tally, prepare: (item: T) => (name: string) => void,
): Promise<number> {
  const names = new UniqueNames(context.db, kind === 'route' ? 'routes' : 'areas')
  const stem = context.probe.fileName.replace(/\.[^.]+$/, '')
  let stored = 0
  for (const [index, item] of items.entries()) {
    const wanted = item.name?.trim() || `${stem} ${kind} ${index + 1}`
    try {
      const insert = prepare(item)
      const name = names.claim(wanted)
      insert(name)
      if (name !== wanted) tally.renamed.push(`"${wanted}" → "${name}"`)
      stored++
    } catch (error) {
      if (!(error instanceof GeometryError)) throw error
      context.reject(item.line, error.field, `${kind} "${wanted}": ${error.message}`)
    }
    if (++tally.handled % 200 === 0) await context.checkpoint(context.probe.sizeBytes)
  }
  return stored
}

function reportTally(context: ImportRunContext, tally: Tally): void {
  const { renamed, clamped, defaulted } = tally
  if (renamed.length > 0) context.warn(`names already taken were made unique: ${renamed.slice(0, 10).join(', ')}${renamed.length > 10 ? ` and ${renamed.length - 10} more` : ''}`)
  if (clamped > 0) context.warn(`routes clamped to the ground (the KML default altitudeMode), stored at 0 m AGL: ${clamped}; pass --altitude-m N to fly them at N m AGL`)
  if (defaulted > 0) {
    context.warn(`areas without an altitude band (and no --altitude-m): ${defaulted}; ${defaultAreaBandM.min}–${defaultAreaBandM.max} m AGL assumed, the open-category drone airspace`)
  }
}

interface ResolvedRoute {
  altitudeRef: AltitudeReference
  points: [number, number, number][]
  clamped: boolean
}

/** Applies the altitude rules to one route; throws GeometryError when they cannot give every vertex an altitude. */
export function resolveRouteAltitudes(route: PlannedRoute, fillAltitudeM: number | undefined): ResolvedRoute {
  if (route.points.length < 2) throw new GeometryError(`a route needs at least 2 vertices, found ${route.points.length}`)
  const missing = route.points.filter((p) => p[2] === null).length
  const altitudeRef = route.altitudeRef ?? 'AGL'
  const withAltitude = (altitudeM: number): [number, number, number][] => route.points.map(([lon, lat, a]) => [lon, lat, a ?? altitudeM])
  if (missing === 0) return { altitudeRef, points: withAltitude(0), clamped: false }
  if (missing === route.points.length) {
    if (fillAltitudeM !== undefined) return { altitudeRef: 'AGL', points: withAltitude(fillAltitudeM), clamped: false }
    if (route.groundClamped) return { altitudeRef: 'AGL', points: withAltitude(0), clamped: true }
    throw new GeometryError('no vertex has an altitude: pass --altitude-m N to fly it at N m AGL', 'altitude')
  }
  if (altitudeRef === 'AGL' && fillAltitudeM !== undefined) return { altitudeRef, points: withAltitude(fillAltitudeM), clamped: false }
  throw new GeometryError(
    `${missing} of ${route.points.length} vertices have no altitude${altitudeRef === 'AMSL' ? ' and the others are AMSL, which --altitude-m (AGL) cannot complete' : ': pass --altitude-m N to fill them'}`,
    'altitude',
  )
}

interface ResolvedArea {
  area: { altitudeRef: AltitudeReference; minAltitudeM: number; maxAltitudeM: number; ring: [number, number][] }
  defaulted: boolean
}

/** Closes the ring and settles the altitude band of one area; throws GeometryError when it cannot. */
export function resolveArea(area: PlannedArea, fillAltitudeM: number | undefined): ResolvedArea {
  const ring = area.ring.slice()
  const first = ring[0]
  const last = ring[ring.length - 1]
  if (ring.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]) ring.pop()
  const distinct = new Set(ring.map(([lon, lat]) => `${lon},${lat}`)).size
  if (distinct < 3) throw new GeometryError(`an area needs at least 3 distinct vertices, found ${distinct}`)
  // Closed, first vertex repeated last, as RFC 7946 §3.1.6 and KML write rings.
  ring.push(ring[0] as [number, number])
  const altitudeRef = area.altitudeRef ?? 'AGL'
  const { minAltitudeM, maxAltitudeM } = area
  if (minAltitudeM !== null && maxAltitudeM !== null) {
    if (minAltitudeM > maxAltitudeM) throw new GeometryError(`minAltitudeM ${minAltitudeM} is above maxAltitudeM ${maxAltitudeM}`, 'minAltitudeM')
    return { area: { altitudeRef, minAltitudeM, maxAltitudeM, ring }, defaulted: false }
  }
  if (minAltitudeM !== null || maxAltitudeM !== null) {
    throw new GeometryError('states only one of minAltitudeM and maxAltitudeM: give both', minAltitudeM === null ? 'minAltitudeM' : 'maxAltitudeM')
  }
  if (fillAltitudeM !== undefined) return { area: { altitudeRef: 'AGL', minAltitudeM: fillAltitudeM, maxAltitudeM: fillAltitudeM, ring }, defaulted: false }
  return { area: { altitudeRef: 'AGL', minAltitudeM: defaultAreaBandM.min, maxAltitudeM: defaultAreaBandM.max, ring }, defaulted: true }
}

function reportIgnored(context: ImportRunContext, geometry: PlannedGeometry): void {
  if (geometry.ignored.size === 0) return
  const list = [...geometry.ignored].map(([type, n]) => `${type} ${n}`).join(', ')
  context.warn(`ignored (only lines, as routes, and polygons, as areas, are imported): ${list}`)
}
