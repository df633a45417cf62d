import type { ProjectDb } from './openProjectDb.js'
import type { NeighbourRecord, SampleRecord } from './samplesTable.js'

/** Writes samples (and their neighbours) in multi-row statements; call `flush()` before the transaction commits. */
export interface SampleWriter {
  (sample: SampleRecord, neighbours?: readonly NeighbourRecord[]): number
  flush(): void
  readonly written: number
}

/** Rows per INSERT: large enough to amortise the statement call, small enough to stay under SQLite's 32 766 variables. */
const rowsPerStatement = 64
const sampleColumns = [
  'id', 'import_id', 'time_ms', 'lon', 'lat', 'altitude_m', 'altitude_ref', 'cell_id', 'pci', 'rsrp_dbm', 'rsrq_db', 'sinr_db', 'cqi',
  'dl_mbps', 'ul_mbps', 'technology', 'cell_identity', 'rssi_dbm', 'path_loss_db', 'speed_kmh', 'source_line',
] as const
const neighbourColumns = ['sample_id', 'rank', 'pci', 'cell_identity', 'rsrp_dbm', 'rsrq_db', 'rssi_dbm', 'path_loss_db'] as const

const insertSql = (table: string, columns: readonly string[], rows: number): string =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ')}`

/**
 * Prepared, batched writer for one import's samples. Ids are assigned here (the import holds the
 * write lock, so max(id) + 1 onwards is ours), which lets neighbours reference their sample before
 * the batch is written. Must run inside the caller's transaction; `flush()` writes what is buffered.
 */
export function createSampleWriter(db: ProjectDb, importId: number): SampleWriter {
  if (!db.inTransaction) throw new Error('bug: createSampleWriter needs an open transaction (ids are assigned from max(id))')
  let nextId = ((db.prepare('SELECT max(id) FROM samples').pluck().get() as number | null) ?? 0) + 1
  const sampleWidth = sampleColumns.length
  const neighbourWidth = neighbourColumns.length
  const samplesFull = db.prepare(insertSql('samples', sampleColumns, rowsPerStatement))
  const neighboursFull = db.prepare(insertSql('neighbour_measurements', neighbourColumns, rowsPerStatement))
  const sampleBuffer: unknown[] = []
  const neighbourBuffer: unknown[] = []
  let written = 0

  const drain = (buffer: unknown[], width: number, full: ReturnType<ProjectDb['prepare']>, table: string, columns: readonly string[], all: boolean): void => {
    const chunk = width * rowsPerStatement
    let offset = 0
    for (; offset + chunk <= buffer.length; offset += chunk) full.run(buffer.slice(offset, offset + chunk))
    if (all && offset < buffer.length) db.prepare(insertSql(table, columns, (buffer.length - offset) / width)).run(buffer.slice(offset))
    buffer.splice(0, all ? buffer.length : offset)
  }
  const flushSamples = (all: boolean): void => drain(sampleBuffer, sampleWidth, samplesFull, 'samples', sampleColumns, all)
  const flushNeighbours = (all: boolean): void => drain(neighbourBuffer, neighbourWidth, neighboursFull, 'neighbour_measurements', neighbourColumns, all)

  const write = (s: SampleRecord, neighbours?: readonly NeighbourRecord[]): number => {
    const id = nextId++
    sampleBuffer.push(
      id, importId, s.timeMs, s.lon, s.lat, s.altitudeM, s.altitudeRef, s.cellId, s.pci, s.rsrpDbm, s.rsrqDb, s.sinrDb, s.cqi,
      s.dlMbps, s.ulMbps, s.technology ?? null, s.cellIdentity ?? null, s.rssiDbm ?? null, s.pathLossDb ?? null, s.speedKmh ?? null, s.sourceLine ?? null,
    )
    if (neighbours !== undefined) {
      neighbours.forEach((n, rank) => neighbourBuffer.push(id, rank + 1, n.pci, n.cellIdentity, n.rsrpDbm, n.rsrqDb, n.rssiDbm, n.pathLossDb))
    }
    written++
    if (sampleBuffer.length >= sampleWidth * rowsPerStatement) {
      flushSamples(false)
      // Neighbours reference samples: write them only once their samples are in.
      if (neighbourBuffer.length >= neighbourWidth * rowsPerStatement) flushNeighbours(false)
    }
    return id
  }
  return Object.assign(write, {
    flush: (): void => {
      flushSamples(true)
      flushNeighbours(true)
    },
    get written(): number {
      return written
    },
  })
}

/** Samples per R*Tree block (see migration 1: the index holds one box per block). */
export const samplesPerBlock = 64

/** Indexes one import's samples: one R*Tree box per block of consecutive ids. Run after its samples are written. */
export function indexSampleBlocks(db: ProjectDb, importId: number): void {
  db.prepare(
    `INSERT INTO samples_rtree (id, min_lon, max_lon, min_lat, max_lat, last_id)
     SELECT min(id), min(lon), max(lon), min(lat), max(lat), max(id) FROM samples WHERE import_id = ? GROUP BY id / ${samplesPerBlock}`,
  ).run(importId)
}
