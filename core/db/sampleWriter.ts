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
 * Rows of one table gathered into a fixed parameter array and written `rowsPerStatement` at a time:
 * filling by index and reusing the array keeps the hot path free of allocations.
 */
class RowBatch {
  private readonly params: unknown[]
  private length = 0
  private readonly full: ReturnType<ProjectDb['prepare']>

  constructor(
    private readonly db: ProjectDb,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.params = new Array<unknown>(columns.length * rowsPerStatement)
    this.full = db.prepare(insertSql(table, columns, rowsPerStatement))
  }

  get isFull(): boolean {
    return this.length === this.params.length
  }

  add(value: unknown): void {
    this.params[this.length++] = value
  }

  /** Writes what is gathered: a full batch with the prepared statement, a partial one with its own. */
  write(): void {
    if (this.length === 0) return
    if (this.isFull) this.full.run(this.params)
    else this.db.prepare(insertSql(this.table, this.columns, this.length / this.columns.length)).run(this.params.slice(0, this.length))
    this.length = 0
  }
}

/**
 * Prepared, batched writer for one import's samples. Ids are assigned here (the import holds the
 * write lock, so max(id) + 1 onwards is ours), which lets neighbours reference their sample before
 * the batch is written. Must run inside the caller's transaction; `flush()` writes what is buffered.
 */
export function createSampleWriter(db: ProjectDb, importId: number): SampleWriter {
  if (!db.inTransaction) throw new Error('bug: createSampleWriter needs an open transaction (ids are assigned from max(id))')
  let nextId = ((db.prepare('SELECT max(id) FROM samples').pluck().get() as number | null) ?? 0) + 1
  const samples = new RowBatch(db, 'samples', sampleColumns)
  const neighbours = new RowBatch(db, 'neighbour_measurements', neighbourColumns)
  let written = 0

  const write = (s: SampleRecord, sampleNeighbours?: readonly NeighbourRecord[]): number => {
    const id = nextId++
    samples.add(id); samples.add(importId); samples.add(s.timeMs); samples.add(s.lon); samples.add(s.lat)
    samples.add(s.altitudeM); samples.add(s.altitudeRef); samples.add(s.cellId); samples.add(s.pci); samples.add(s.rsrpDbm)
    samples.add(s.rsrqDb); samples.add(s.sinrDb); samples.add(s.cqi); samples.add(s.dlMbps); samples.add(s.ulMbps)
    samples.add(s.technology ?? null); samples.add(s.cellIdentity ?? null); samples.add(s.rssiDbm ?? null)
    samples.add(s.pathLossDb ?? null); samples.add(s.speedKmh ?? null); samples.add(s.sourceLine ?? null)
    written++
    if (samples.isFull) samples.write()
    if (sampleNeighbours !== undefined) {
      for (let rank = 0; rank < sampleNeighbours.length; rank++) {
        const n = sampleNeighbours[rank] as NeighbourRecord
        // Neighbours reference their sample: write any pending samples before a full neighbour batch.
        if (neighbours.isFull) {
          samples.write()
          neighbours.write()
        }
        neighbours.add(id); neighbours.add(rank + 1); neighbours.add(n.pci); neighbours.add(n.cellIdentity)
        neighbours.add(n.rsrpDbm); neighbours.add(n.rsrqDb); neighbours.add(n.rssiDbm); neighbours.add(n.pathLossDb)
      }
    }
    return id
  }
  return Object.assign(write, {
    flush: (): void => {
      samples.write()
      neighbours.write()
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
