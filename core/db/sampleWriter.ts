import type { ProjectDb } from './openProjectDb.js'
import { altitudeRefOfCode, neighbourStride, sampleStride, type SampleColumns } from './sampleColumns.js'
import type { NeighbourRecord, SampleRecord } from './samplesTable.js'

/**
 * Writes one import's samples (and their neighbours) in multi-row statements and indexes them as it
 * goes; call `flush()` before the transaction commits.
 */
export interface SampleWriter {
  (sample: SampleRecord, neighbours?: readonly NeighbourRecord[]): number
  /** Writes a packed batch (from a parsing worker); the same rows as writing each sample in turn. */
  writeColumns(batch: SampleColumns): void
  /** Writes what is buffered and indexes the last block. */
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

/** Samples per R*Tree block (see migration 1: the index holds one box per block of consecutive ids). */
export const samplesPerBlock = 64

const insertSql = (table: string, columns: readonly string[], rows: number): string =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ')}`

/**
 * Rows of one table gathered into a fixed parameter array and written `rowsPerStatement` at a time:
 * filling by index and reusing the array keeps the hot path free of allocations.
 */
class RowBatch {
  readonly params: unknown[]
  length = 0
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
 * The R*Tree boxes of the samples being written: one per block of `samplesPerBlock` ids (id /
 * samplesPerBlock), kept while writing so that indexing costs no second pass over the table.
 */
class BlockIndexer {
  private block = -1
  private firstId = 0
  private lastId = 0
  private minLon = 0
  private maxLon = 0
  private minLat = 0
  private maxLat = 0
  private readonly insert: ReturnType<ProjectDb['prepare']>

  constructor(db: ProjectDb) {
    this.insert = db.prepare('INSERT INTO samples_rtree (id, min_lon, max_lon, min_lat, max_lat, last_id) VALUES (?, ?, ?, ?, ?, ?)')
  }

  add(id: number, lon: number, lat: number): void {
    const block = Math.floor(id / samplesPerBlock)
    if (block !== this.block) {
      this.flush()
      this.block = block
      this.firstId = id
      this.minLon = this.maxLon = lon
      this.minLat = this.maxLat = lat
    } else {
      if (lon < this.minLon) this.minLon = lon
      else if (lon > this.maxLon) this.maxLon = lon
      if (lat < this.minLat) this.minLat = lat
      else if (lat > this.maxLat) this.maxLat = lat
    }
    this.lastId = id
  }

  flush(): void {
    if (this.block < 0) return
    // R*Tree coordinates are 32-bit floats, rounded outwards, so a box still contains its points.
    this.insert.run([this.firstId, this.minLon, this.maxLon, this.minLat, this.maxLat, this.lastId])
    this.block = -1
  }
}

/**
 * Prepared, batched writer for one import's samples. Ids are assigned here (the import holds the
 * write lock, so max(id) + 1 onwards is ours), which lets neighbours reference their sample before
 * the batch is written and makes the import's samples one id range. One writer per import. Must run
 * inside the caller's transaction; `flush()` writes what is buffered, completes the spatial index and
 * records the id range on the import.
 */
export function createSampleWriter(db: ProjectDb, importId: number): SampleWriter {
  if (!db.inTransaction) throw new Error('bug: createSampleWriter needs an open transaction (ids are assigned from max(id))')
  const firstId = ((db.prepare('SELECT max(id) FROM samples').pluck().get() as number | null) ?? 0) + 1
  let nextId = firstId
  const samples = new RowBatch(db, 'samples', sampleColumns)
  const neighbours = new RowBatch(db, 'neighbour_measurements', neighbourColumns)
  const blocks = new BlockIndexer(db)
  let written = 0

  const write = (s: SampleRecord, sampleNeighbours?: readonly NeighbourRecord[]): number => {
    const id = nextId++
    samples.add(id); samples.add(importId); samples.add(s.timeMs); samples.add(s.lon); samples.add(s.lat)
    samples.add(s.altitudeM); samples.add(s.altitudeRef); samples.add(s.cellId); samples.add(s.pci); samples.add(s.rsrpDbm)
    samples.add(s.rsrqDb); samples.add(s.sinrDb); samples.add(s.cqi); samples.add(s.dlMbps); samples.add(s.ulMbps)
    samples.add(s.technology ?? null); samples.add(s.cellIdentity ?? null); samples.add(s.rssiDbm ?? null)
    samples.add(s.pathLossDb ?? null); samples.add(s.speedKmh ?? null); samples.add(s.sourceLine ?? null)
    blocks.add(id, s.lon, s.lat)
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

  const writeColumns = (batch: SampleColumns): void => {
    const { numbers: n, strings } = batch
    const text = (code: number): string | null => (code < 0 ? null : (strings[code] as string))
    // NaN stands for "not measured" in a packed batch; SQLite gets NULL.
    const value = (v: number): number | null => (v !== v ? null : v)
    const batchFirstId = nextId
    let neighbourIndex = 0
    let rank = 0
    let rankOf = -1
    for (let i = 0; i < batch.count; i++) {
      const id = nextId++
      const o = i * sampleStride
      const lon = n[o + 1] as number
      const lat = n[o + 2] as number
      const p = samples.params
      let k = samples.length
      p[k++] = id; p[k++] = importId; p[k++] = value(n[o] as number); p[k++] = lon; p[k++] = lat
      p[k++] = value(n[o + 3] as number); p[k++] = altitudeRefOfCode[batch.altitudeRefs[i] as number] ?? null
      p[k++] = value(n[o + 4] as number); p[k++] = value(n[o + 5] as number); p[k++] = value(n[o + 6] as number)
      p[k++] = value(n[o + 7] as number); p[k++] = value(n[o + 8] as number); p[k++] = value(n[o + 9] as number)
      p[k++] = value(n[o + 10] as number); p[k++] = value(n[o + 11] as number)
      p[k++] = text(batch.technologyCodes[i] as number); p[k++] = text(batch.cellIdentityCodes[i] as number)
      p[k++] = value(n[o + 12] as number); p[k++] = value(n[o + 13] as number); p[k++] = value(n[o + 14] as number)
      p[k++] = value(n[o + 15] as number)
      samples.length = k
      blocks.add(id, lon, lat)
      if (samples.isFull) samples.write()
      // This sample's neighbours, which the batch stores consecutively in rank order.
      while (neighbourIndex < batch.neighbourCount && batch.neighbourSamples[neighbourIndex] === i) {
        if (rankOf !== i) {
          rankOf = i
          rank = 0
        }
        if (neighbours.isFull) {
          samples.write()
          neighbours.write()
        }
        const m = batch.neighbourNumbers
        const q = neighbourIndex * neighbourStride
        neighbours.add(id); neighbours.add(++rank); neighbours.add(value(m[q] as number))
        neighbours.add(text(batch.neighbourCellIdentityCodes[neighbourIndex] as number))
        neighbours.add(value(m[q + 1] as number)); neighbours.add(value(m[q + 2] as number))
        neighbours.add(value(m[q + 3] as number)); neighbours.add(value(m[q + 4] as number))
        neighbourIndex++
      }
    }
    written += nextId - batchFirstId
  }

  return Object.assign(write, {
    writeColumns,
    flush: (): void => {
      samples.write()
      neighbours.write()
      blocks.flush()
      // The import's samples are this id range (migration 3): deleting and querying an import use it.
      if (nextId > firstId) db.prepare('UPDATE imports SET first_sample_id = ?, last_sample_id = ? WHERE id = ?').run(firstId, nextId - 1, importId)
    },
    get written(): number {
      return written
    },
  })
}
