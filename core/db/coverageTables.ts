import type { CoverageLayer, CoverageLayerSummary, CoverageRun } from '../api/schemas/coverageSchemas.js'
import type { ProjectDb } from './openProjectDb.js'

/** One computed altitude layer, as the engine hands it over for storage. */
export interface CoverageLayerColumns {
  altitudeM: number
  lon: Float64Array
  lat: Float64Array
  alongM: Float64Array | null
  gridColumn: Int32Array | null
  gridRow: Int32Array | null
  bestCellId: Int32Array
  bestBeam: Int32Array
  rsrpDbm: Float32Array
  dlSinrDb: Float32Array
  ulSinrDb: Float32Array
  dlMbps: Float32Array
  ulMbps: Float32Array
  coverageProbability: Float32Array
  summary: CoverageLayerSummary
}

export interface NewCoverageRun {
  createdAt: Date
  target: CoverageRun['target']
  resolutionM: number
  parameters: unknown
  calibration: unknown
  cells: number
  linkEvaluations: number
  seconds: number
  layers: readonly CoverageLayerColumns[]
}

// Typed arrays stored as their bytes (this machine's order, little-endian on every platform Certus ships for).
const blob = (array: ArrayBufferView | null): Buffer | null => (array === null ? null : Buffer.from(array.buffer, array.byteOffset, array.byteLength))

/** Copies a BLOB into a fresh, aligned typed array. */
function typed<T extends Float64Array | Float32Array | Int32Array>(make: new (length: number) => T, bytes: Buffer): T {
  const out = new make(bytes.byteLength / make.prototype.constructor.BYTES_PER_ELEMENT)
  new Uint8Array(out.buffer).set(bytes)
  return out
}

/** Stores a prediction and its layers; returns its id. Call inside a transaction (it writes several rows). */
export function insertCoverageRun(db: ProjectDb, run: NewCoverageRun): number {
  const runId = Number(
    db
      .prepare(
        `INSERT INTO coverage_runs (created_at, target_kind, target_name, resolution_m, parameters_json, calibration_json, cells, link_evaluations, seconds)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        run.createdAt.toISOString(), run.target.kind, run.target.name, run.resolutionM, JSON.stringify(run.parameters),
        run.calibration === null || run.calibration === undefined ? null : JSON.stringify(run.calibration), run.cells, run.linkEvaluations, run.seconds,
      ).lastInsertRowid,
  )
  const insert = db.prepare(
    `INSERT INTO coverage_layers (run_id, altitude_m, points, lon, lat, along_m, grid_column, grid_row, best_cell_id, best_beam,
       rsrp_dbm, dl_sinr_db, ul_sinr_db, dl_mbps, ul_mbps, coverage_probability, summary_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const l of run.layers) {
    insert.run(
      runId, l.altitudeM, l.lon.length, blob(l.lon), blob(l.lat), blob(l.alongM), blob(l.gridColumn), blob(l.gridRow), blob(l.bestCellId),
      blob(l.bestBeam), blob(l.rsrpDbm), blob(l.dlSinrDb), blob(l.ulSinrDb), blob(l.dlMbps), blob(l.ulMbps), blob(l.coverageProbability),
      JSON.stringify(l.summary),
    )
  }
  return runId
}

interface RunRow {
  id: number
  created_at: string
  target_kind: 'area' | 'route'
  target_name: string
  resolution_m: number
  calibration_json: string | null
  cells: number
  link_evaluations: number
  seconds: number
}

/** Stored predictions, newest first, with their layer summaries (no point data). */
export function listCoverageRuns(db: ProjectDb): CoverageRun[] {
  const runs = db.prepare('SELECT * FROM coverage_runs ORDER BY id DESC').all() as RunRow[]
  const layers = db.prepare('SELECT summary_json FROM coverage_layers WHERE run_id = ? ORDER BY altitude_m').pluck()
  return runs.map((r) => {
    const summaries = (layers.all(r.id) as string[]).map((s) => JSON.parse(s) as CoverageLayerSummary)
    return {
      runId: r.id,
      createdAt: r.created_at,
      target: { kind: r.target_kind, name: r.target_name },
      resolutionM: r.resolution_m,
      altitudesM: summaries.map((s) => s.altitudeM),
      cells: r.cells,
      linkEvaluations: r.link_evaluations,
      seconds: r.seconds,
      calibrated: r.calibration_json !== null,
      layers: summaries,
    }
  })
}

interface LayerRow {
  points: number
  lon: Buffer
  lat: Buffer
  along_m: Buffer | null
  best_cell_id: Buffer
  best_beam: Buffer
  rsrp_dbm: Buffer
  dl_sinr_db: Buffer
  ul_sinr_db: Buffer
  dl_mbps: Buffer
  ul_mbps: Buffer
  coverage_probability: Buffer
  target_kind: 'area' | 'route'
  resolution_m: number
}

/** One stored layer as column buffers; undefined when the run or the altitude is not there. */
export function readCoverageLayer(db: ProjectDb, runId: number, altitudeM: number): CoverageLayer | undefined {
  const row = db
    .prepare(
      `SELECT l.*, r.target_kind, r.resolution_m FROM coverage_layers l JOIN coverage_runs r ON r.id = l.run_id
       WHERE l.run_id = ? AND l.altitude_m = ?`,
    )
    .get(runId, altitudeM) as LayerRow | undefined
  if (row === undefined) return undefined
  const lon = typed(Float64Array, row.lon)
  const lat = typed(Float64Array, row.lat)
  const positions = new Float64Array(row.points * 2)
  for (let i = 0; i < row.points; i++) {
    positions[2 * i] = lon[i] as number
    positions[2 * i + 1] = lat[i] as number
  }
  return {
    runId,
    altitudeM,
    targetKind: row.target_kind,
    resolutionM: row.resolution_m,
    count: row.points,
    positions,
    alongM: row.along_m === null ? null : typed(Float64Array, row.along_m),
    bestCellId: typed(Int32Array, row.best_cell_id),
    bestBeam: typed(Int32Array, row.best_beam),
    rsrpDbm: typed(Float32Array, row.rsrp_dbm),
    dlSinrDb: typed(Float32Array, row.dl_sinr_db),
    ulSinrDb: typed(Float32Array, row.ul_sinr_db),
    dlMbps: typed(Float32Array, row.dl_mbps),
    ulMbps: typed(Float32Array, row.ul_mbps),
    coverageProbability: typed(Float32Array, row.coverage_probability),
  }
}
