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

/**
 * Prepared writer for samples, their neighbours and their R*Tree entries; call inside the caller's
 * transaction. Returns the new sample's id.
 */
export function createSampleWriter(db: ProjectDb, importId: number): (sample: SampleRecord, neighbours?: readonly NeighbourRecord[]) => number {
  const insert = db.prepare(
    `INSERT INTO samples (import_id, time_ms, lon, lat, altitude_m, altitude_ref, cell_id, pci, rsrp_dbm, rsrq_db, sinr_db, cqi, dl_mbps, ul_mbps,
       technology, cell_identity, rssi_dbm, path_loss_db, speed_kmh, source_line)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const index = db.prepare('INSERT INTO samples_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)')
  const neighbour = db.prepare(
    `INSERT INTO neighbour_measurements (sample_id, rank, pci, cell_identity, rsrp_dbm, rsrq_db, rssi_dbm, path_loss_db)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  return (s, neighbours) => {
    const id = insert.run(
      importId, s.timeMs, s.lon, s.lat, s.altitudeM, s.altitudeRef, s.cellId, s.pci,
      s.rsrpDbm, s.rsrqDb, s.sinrDb, s.cqi, s.dlMbps, s.ulMbps,
      s.technology ?? null, s.cellIdentity ?? null, s.rssiDbm ?? null, s.pathLossDb ?? null, s.speedKmh ?? null, s.sourceLine ?? null,
    ).lastInsertRowid as number
    index.run(id, s.lon, s.lon, s.lat, s.lat)
    neighbours?.forEach((n, rank) => neighbour.run(id, rank + 1, n.pci, n.cellIdentity, n.rsrpDbm, n.rsrqDb, n.rssiDbm, n.pathLossDb))
    return id
  }
}

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
