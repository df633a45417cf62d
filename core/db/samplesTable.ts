import type { ProjectDb } from './openProjectDb.js'
import type { SampleMetric, SamplesLayer } from '../api/schemas/layerSchemas.js'
import type { Bbox } from '../api/schemas/projectSchemas.js'

/** One drive-test or flight sample as stored; null where the source did not measure it. */
export interface SampleRecord {
  timeMs: number | null
  lon: number
  lat: number
  altitudeM: number | null
  altitudeRef: 'AGL' | 'AMSL' | null
  cellId: number | null
  pci: number | null
  rsrpDbm: number | null
  rsrqDb: number | null
  sinrDb: number | null
  cqi: number | null
  dlMbps: number | null
  ulMbps: number | null
  technology?: string | null
  cellIdentity?: string | null
  rssiDbm?: number | null
  pathLossDb?: number | null
  speedKmh?: number | null
  sourceLine?: number | null
}

/** A neighbour (detected) cell of a sample, in the order the source listed it. */
export interface NeighbourRecord {
  pci: number | null
  cellIdentity: string | null
  rsrpDbm: number | null
  rsrqDb: number | null
  rssiDbm: number | null
  pathLossDb: number | null
}

export { createSampleWriter, type SampleWriter } from './sampleWriter.js'

const metricColumns: Record<SampleMetric, string> = {
  rsrpDbm: 'rsrp_dbm',
  rsrqDb: 'rsrq_db',
  sinrDb: 'sinr_db',
  cqi: 'cqi',
  dlMbps: 'dl_mbps',
  ulMbps: 'ul_mbps',
}

export interface SamplesLayerQuery {
  /** Only samples inside this box (degrees); found through the block R*Tree. */
  bbox?: Bbox
  /**
   * At most this many points: above it every k-th sample (by id, so along each drive) is kept, the
   * rest thinned out evenly. Tens of millions of points are more than any map frame needs.
   */
  maxPoints?: number
}

/**
 * Reads the samples' positions, altitudes and one metric into column buffers (NaN where not measured):
 * all of them, those in a box, or an even thinning of them. `total` counts the matches before thinning.
 */
export function readSamplesLayer(db: ProjectDb, metric: SampleMetric, query: SamplesLayerQuery = {}): SamplesLayer {
  const column = metricColumns[metric]
  const { bbox } = query
  // A box query visits only the R*Tree blocks that overlap it, then checks each sample's own position.
  const from = bbox === undefined
    ? 'FROM samples s'
    : `FROM samples_rtree r JOIN samples s ON s.id BETWEEN r.id AND r.last_id
       WHERE r.max_lon >= @minLon AND r.min_lon <= @maxLon AND r.max_lat >= @minLat AND r.min_lat <= @maxLat
         AND s.lon BETWEEN @minLon AND @maxLon AND s.lat BETWEEN @minLat AND @maxLat`
  const params = bbox ?? {}
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(params) as number
  const stride = query.maxPoints === undefined || total <= query.maxPoints ? 1 : Math.ceil(total / query.maxPoints)
  const thinning = stride === 1 ? '' : `${bbox === undefined ? 'WHERE' : 'AND'} s.id % ${stride} = 0`
  // Thinning by id keeps about total / stride samples; several imports' id ranges can add a few, which the LIMIT cuts.
  const capacity = Math.min(total, query.maxPoints ?? total)
  const positions = new Float64Array(capacity * 2)
  const altitudesM = new Float32Array(capacity)
  const values = new Float32Array(capacity)
  // raw() rows avoid one object per sample on large layers.
  const rows = db
    .prepare(`SELECT s.lon, s.lat, s.altitude_m, s.${column} ${from} ${thinning} ORDER BY s.id LIMIT ${capacity}`)
    .raw()
    .iterate(params) as IterableIterator<[number, number, number | null, number | null]>
  let i = 0
  for (const [lon, lat, altitudeM, value] of rows) {
    positions[2 * i] = lon
    positions[2 * i + 1] = lat
    altitudesM[i] = altitudeM ?? Number.NaN
    values[i] = value ?? Number.NaN
    i++
  }
  return {
    metric, count: i, total, stride,
    positions: positions.subarray(0, 2 * i), altitudesM: altitudesM.subarray(0, i), values: values.subarray(0, i),
  }
}

export function countSamples(db: ProjectDb): number {
  return (db.prepare('SELECT count(*) AS n FROM samples').get() as { n: number }).n
}
