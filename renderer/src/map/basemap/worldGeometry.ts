import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'

/** The basemap's country layers, as maplibre GeoJSON sources take them. */
export interface WorldGeometry {
  /** One (multi)polygon per country, `properties.name` set. */
  countries: FeatureCollection<Polygon | MultiPolygon>
  /** Arcs shared by two different countries. */
  borders: Feature<MultiLineString>
  /** Arcs used by one country only: the coast (and the shore of the Caspian Sea). */
  coastline: Feature<MultiLineString>
}

const jumps = (line: Position[]): number[] => {
  const at: number[] = []
  for (let i = 1; i < line.length; i++) {
    if (Math.abs((line[i] as Position)[0]! - (line[i - 1] as Position)[0]!) > 180) at.push(i)
  }
  return at
}

/**
 * Makes a ring drawable on a flat map. world-atlas rings are spherical: a ring that crosses the
 * antimeridian jumps from +180° to −180°, and a planar renderer draws a band across the whole map.
 * Antarctica's ring runs once around the pole: it is closed through the pole instead. Other rings
 * (Russia, Fiji) move their western-hemisphere vertices one turn east, past +180°; maplibre's world
 * copies then show them on both sides.
 */
export function fixRing(ring: Position[]): Position[] {
  const at = jumps(ring)
  if (at.length === 0) return ring
  const aroundPole = at.length % 2 === 1 && Math.min(...ring.map((p) => p[1]!)) < -60
  if (aroundPole) {
    const i = at[0] as number
    const before = ring[i - 1] as Position
    const after = ring[i] as Position
    return [...ring.slice(0, i), [before[0]!, -90], [after[0]!, -90], ...ring.slice(i)]
  }
  return ring.map((p) => (p[0]! < 0 ? [p[0]! + 360, ...p.slice(1)] : p))
}

/** Splits a line wherever it jumps across the antimeridian, so that no segment spans the map. */
export function splitAtAntimeridian(line: Position[]): Position[][] {
  const parts: Position[][] = []
  let start = 0
  for (const i of jumps(line)) {
    parts.push(line.slice(start, i))
    start = i
  }
  parts.push(line.slice(start))
  return parts.filter((part) => part.length > 1)
}

const fixPolygon = (rings: Position[][]): Position[][] => rings.map(fixRing)

const splitLines = (lines: MultiLineString): Feature<MultiLineString> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiLineString', coordinates: lines.coordinates.flatMap(splitAtAntimeridian) },
})

/** Converts world-atlas TopoJSON (`countries-*.json`) into planar-safe GeoJSON for the basemap. */
export function worldGeometry(topology: Topology): WorldGeometry {
  const object = topology.objects['countries'] as GeometryCollection<{ name: string }> | undefined
  if (object === undefined) throw new Error('worldGeometry: the topology has no "countries" object')
  const collection = feature(topology, object)
  const countries: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: collection.features.flatMap((country): Feature<Polygon | MultiPolygon>[] => {
      const { geometry } = country
      if (geometry.type === 'Polygon') return [{ ...country, geometry: { type: 'Polygon', coordinates: fixPolygon(geometry.coordinates) } }]
      if (geometry.type === 'MultiPolygon') {
        return [{ ...country, geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fixPolygon) } }]
      }
      return []
    }),
  }
  const differ = (a: GeometryObject, b: GeometryObject): boolean => a !== b
  const same = (a: GeometryObject, b: GeometryObject): boolean => a === b
  return {
    countries,
    borders: splitLines(mesh(topology, object, differ)),
    coastline: splitLines(mesh(topology, object, same)),
  }
}
