import type { ProjectDb } from './openProjectDb.js'
import type { SampleMetric, SamplesLayer } from '../api/schemas/layerSchemas.js'

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

export { createSampleWriter, indexSampleBlocks, type SampleWriter } from './sampleWriter.js'

const metricColumns: Record<SampleMetric, string> = {
  rsrpDbm: 'rsrp_dbm',
  rsrqDb: 'rsrq_db',
  sinrDb: 'sinr_db',
  cqi: 'cqi',
  dlMbps: 'dl_mbps',
  ulMbps: 'ul_mbps',
}

/** Reads every sample's position, altitude and one metric into column buffers (NaN where not measured). */
export function readSamplesLayer(db: ProjectDb, metric: SampleMetric): SamplesLayer {
  const column = metricColumns[metric]
  const count = (db.prepare('SELECT count(*) AS n FROM samples').get() as { n: number }).n
  const positions = new Float64Array(count * 2)
  const altitudesM = new Float32Array(count)
  const values = new Float32Array(count)
  // raw() rows avoid one object per sample on large layers.
  const rows = db.prepare(`SELECT lon, lat, altitude_m, ${column} FROM samples ORDER BY id`).raw().iterate() as IterableIterator<
    [number, number, number | null, number | null]
  >
  let i = 0
  for (const [lon, lat, altitudeM, value] of rows) {
    if (i >= count) break
    positions[2 * i] = lon
    positions[2 * i + 1] = lat
    altitudesM[i] = altitudeM ?? Number.NaN
    values[i] = value ?? Number.NaN
    i++
  }
  return { metric, count: i, positions: positions.subarray(0, 2 * i), altitudesM: altitudesM.subarray(0, i), values: values.subarray(0, i) }
}

export function countSamples(db: ProjectDb): number {
  return (db.prepare('SELECT count(*) AS n FROM samples').get() as { n: number }).n
}
