import { z } from 'zod'
import { verdictCodes, type FeasibilityResult } from '../../api/schemas/feasibilitySchemas.js'
import type { SlaTargets } from '../../api/schemas/slaSchemas.js'
import { encodeGeohash, geohashBounds, maxGeohashPrecision } from '../../geo/geohash.js'

/**
 * Coverage status of a grid cell for a service level, in the manner of the CAMARA network APIs'
 * coverage grids (two-letter codes, geohash cells; the field names here are Certus's own):
 * GC good coverage, MC marginal coverage, NC no coverage (the service level is not met), ND no data.
 */
export const camaraStatuses = ['GC', 'MC', 'NC', 'ND'] as const
export type CamaraStatus = (typeof camaraStatuses)[number]

export const camaraStatusMeanings: Readonly<Record<CamaraStatus, string>> = {
  GC: 'good coverage: every point with data in the cell meets every checkable target with margin',
  MC: 'marginal coverage: every point with data meets every checkable target, some within the margin',
  NC: 'no coverage: at least one point in the cell fails a target of the service level',
  ND: 'no data: neither a measurement nor a prediction at any point of the cell',
}

/** Default cell size: geohash precision 7, about 153 m × 153 m at the equator (× cos(latitude) east–west). */
export const defaultGeohashPrecision = 7

export const camaraGridSchema = z.object({
  format: z.literal('certus-camara-coverage-grid'),
  version: z.literal(1),
  serviceLevel: z.object({
    scenario: z.string(),
    version: z.number().int(),
    targets: z.array(z.object({ id: z.string(), value: z.number(), unit: z.string(), bound: z.enum(['min', 'max']) })),
  }),
  target: z.object({ kind: z.enum(['route', 'area']), name: z.string() }),
  geohashPrecision: z.number().int().min(1).max(maxGeohashPrecision),
  statuses: z.record(z.enum(camaraStatuses), z.string()),
  layers: z.array(
    z.object({
      /** Height above ground of the layer, metres. */
      altitudeAglM: z.number(),
      cells: z.array(z.object({ geohash: z.string(), status: z.enum(camaraStatuses), points: z.number().int().positive() })),
    }),
  ),
})
export type CamaraGrid = z.infer<typeof camaraGridSchema>

/**
 * Bins a feasibility result's points into geohash cells per altitude layer (AGL) and gives each
 * cell a status: ND when no point of it has data; otherwise NC when any point fails, MC when any is
 * marginal, GC when all pass (the worst point decides, as for segments). Cells are sorted by geohash.
 */
export function camaraGrid(result: FeasibilityResult, targets: SlaTargets, precision: number = defaultGeohashPrecision): CamaraGrid {
  const byLayer = new Map<number, Map<string, { worst: number; points: number; withData: number }>>()
  const { points } = result
  for (let i = 0; i < points.count; i++) {
    const altitudeM = points.altitudesM[i] as number
    const geohash = encodeGeohash(points.positions[2 * i + 1] as number, points.positions[2 * i] as number, precision)
    const layer = byLayer.get(altitudeM) ?? new Map()
    byLayer.set(altitudeM, layer)
    const cell = layer.get(geohash) ?? { worst: verdictCodes.pass, points: 0, withData: 0 }
    const verdict = points.verdict[i] as number
    cell.points++
    if (verdict !== verdictCodes['no-data']) {
      cell.withData++
      cell.worst = Math.max(cell.worst, verdict)
    }
    layer.set(geohash, cell)
  }
  return {
    format: 'certus-camara-coverage-grid',
    version: 1,
    serviceLevel: { scenario: targets.scenario, version: targets.version, targets: targets.targets.map(({ id, value, unit, bound }) => ({ id, value, unit, bound })) },
    target: result.target,
    geohashPrecision: precision,
    statuses: { ...camaraStatusMeanings },
    layers: [...byLayer.entries()]
      .sort(([a], [b]) => a - b)
      .map(([altitudeAglM, cells]) => ({
        altitudeAglM,
        cells: [...cells.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([geohash, c]) => ({ geohash, status: cellStatus(c.worst, c.withData), points: c.points })),
      })),
  }
}

function cellStatus(worstCode: number, withData: number): CamaraStatus {
  if (withData === 0) return 'ND'
  if (worstCode === verdictCodes.fail) return 'NC'
  return worstCode === verdictCodes.marginal ? 'MC' : 'GC'
}

/** The grid's cells as GeoJSON polygons (RFC 7946: lon, lat; counter-clockwise outer rings), one feature per cell and layer. */
export function camaraGridToGeoJson(grid: CamaraGrid): { type: 'FeatureCollection'; features: object[] } {
  const features = grid.layers.flatMap((layer) =>
    layer.cells.map((cell) => {
      const b = geohashBounds(cell.geohash)
      return {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [[[b.minLon, b.minLat], [b.maxLon, b.minLat], [b.maxLon, b.maxLat], [b.minLon, b.maxLat], [b.minLon, b.minLat]]] },
        properties: { geohash: cell.geohash, altitudeAglM: layer.altitudeAglM, status: cell.status, points: cell.points },
      }
    }),
  )
  return { type: 'FeatureCollection', features }
}
