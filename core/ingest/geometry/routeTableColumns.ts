import { HeaderIndex } from '../tabular/headerIndex.js'
import type { AltitudeReference } from './plannedGeometry.js'

/** Header names of a route/area vertex table (one row per vertex), English and Chinese. */
const names = {
  name: ['route', 'name', 'route_name', 'route name', 'routename', 'area', '航线', '航线名称', '名称', '路线'],
  kind: ['kind', 'type', '类型'],
  seq: ['seq', 'order', 'sequence', 'index', '序号', '顺序'],
  lon: ['lon', 'lng', 'long', 'longitude', 'lon_deg', 'longitude_deg', '经度'],
  lat: ['lat', 'latitude', 'lat_deg', 'latitude_deg', '纬度'],
  altitudeRef: ['altitude_ref', 'altituderef', 'alt_ref', 'altitude reference', '高度基准', '高度参考'],
  minAltitudeM: ['min_altitude_m', 'minaltitudem', 'min_altitude', '最低高度'],
  maxAltitudeM: ['max_altitude_m', 'maxaltitudem', 'max_altitude', '最高高度'],
} as const

/** Altitude headers and the reference their name states; plain "altitude" is AGL unless a column says otherwise. */
const altitudeHeaders: readonly [string, AltitudeReference][] = [
  ...['alt', 'altitude', 'height', 'alt_m', 'altitude_m', 'height_m', 'altitude (m)', 'height (m)', '高度', '高度(m)', '高度（m）', '高度(米)', '高度（米）', '飞行高度']
    .map((n): [string, AltitudeReference] => [n, 'AGL']),
  ...['alt_agl', 'altitude_agl', 'agl', 'height_agl', '相对高度', '真高'].map((n): [string, AltitudeReference] => [n, 'AGL']),
  ...['alt_amsl', 'altitude_amsl', 'amsl', 'elevation', 'ele', '海拔', '海拔高度', '绝对高度'].map((n): [string, AltitudeReference] => [n, 'AMSL']),
]

/** Header words of drive-test and cell-plan tables, which also have lon/lat: their presence means "not a route table". */
const radioWords = /rsrp|rsrq|sinr|snr|pci|earfcn|arfcn|azimuth|cellid|cell_id|eci|方位角|小区/i

export interface RouteTableColumns {
  name: number
  kind: number
  seq: number
  lon: number
  lat: number
  altitude: number
  /** Reference stated by the altitude column's name. */
  altitudeHeaderRef: AltitudeReference
  altitudeRef: number
  minAltitudeM: number
  maxAltitudeM: number
}

/** Positions of the route-table columns in a header (-1 when absent). */
export function routeTableColumns(header: readonly string[]): RouteTableColumns {
  const h = new HeaderIndex(header)
  const altitude = altitudeHeaders.find(([n]) => h.find(n) >= 0)
  return {
    name: h.find(...names.name), kind: h.find(...names.kind), seq: h.find(...names.seq), lon: h.find(...names.lon), lat: h.find(...names.lat),
    altitude: altitude === undefined ? -1 : h.find(altitude[0]), altitudeHeaderRef: altitude?.[1] ?? 'AGL',
    altitudeRef: h.find(...names.altitudeRef), minAltitudeM: h.find(...names.minAltitudeM), maxAltitudeM: h.find(...names.maxAltitudeM),
  }
}

/**
 * Confidence that a header is a route vertex table: longitude and latitude plus an altitude or a
 * route-name column, and none of the radio columns of drive-test logs and cell plans.
 */
export function detectRouteTable(header: readonly string[], headText = ''): number {
  if (header.length === 0 || header.some((n) => radioWords.test(n))) return 0
  const c = routeTableColumns(header)
  if (c.lon < 0 || c.lat < 0) return 0
  if (c.name >= 0 && !namesRepeat(headText, c.name)) return 0.2
  if (c.altitude >= 0 && c.name >= 0) return 0.75
  return c.altitude >= 0 || c.name >= 0 ? 0.55 : 0
}

/**
 * Whether some name repeats in the first rows: a route has two vertices at least, so a table whose
 * names are all different (a site list: name, lon, lat, height) is not a route table. Fields are
 * split on the header line's most frequent delimiter, enough for a guess.
 */
function namesRepeat(headText: string, nameColumn: number): boolean {
  const lines = headText.split(/\r?\n/).filter((l) => l.trim() !== '')
  const first = lines[0] ?? ''
  const delimiter = [',', ';', '\t', '|'].reduce((best, d) => (first.split(d).length > first.split(best).length ? d : best), ',')
  const seen = new Set<string>()
  for (const line of lines.slice(1, 500)) {
    const name = line.split(delimiter)[nameColumn]?.trim().replace(/^"|"$/g, '') ?? ''
    if (seen.has(name)) return true
    seen.add(name)
  }
  return lines.length <= 2
}

/** Share of route rows among route and area rows in the head of a table with a kind column; 1 without one. */
export function routeShareOfTable(header: readonly string[], headText: string): number {
  if (routeTableColumns(header).kind < 0) return 1
  const count = (words: string): number => headText.match(new RegExp(`(?:^|[,;\\t|])\\s*"?(?:${words})"?\\s*(?=$|[,;\\t|\\r])`, 'gim'))?.length ?? 0
  const routes = count('route|line|linestring|航线|路线')
  const areas = count('area|polygon|区域|面')
  return routes + areas === 0 ? 1 : routes / (routes + areas)
}
