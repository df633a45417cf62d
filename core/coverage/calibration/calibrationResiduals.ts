import type { CalibrationResult } from '../../api/schemas/coverageSchemas.js'
import type { ProjectDb } from '../../db/openProjectDb.js'

/** The residual map of a calibration: per sample its position, height and measured − predicted RSRP before and after. */
export type CalibrationResiduals = CalibrationResult['residuals']

// Typed arrays stored as their bytes (little-endian on every platform Certus ships for).
const blob = (array: ArrayBufferView): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength)

/** Copies a BLOB into a fresh, aligned typed array; an absent BLOB is an empty array. */
function typed<T extends Float64Array | Float32Array>(make: new (length: number) => T, bytes: Buffer | null): T {
  if (bytes === null) return new make(0)
  const out = new make(bytes.byteLength / (make as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT)
  new Uint8Array(out.buffer).set(bytes)
  return out
}

/** Stores the residual map and the prediction parameters with calibration `calibrationId` (migration 5 columns). */
export function writeCalibrationResiduals(db: ProjectDb, calibrationId: number, residuals: CalibrationResiduals, parameters: unknown): void {
  db.prepare(
    `UPDATE calibrations SET parameters_json = ?, residual_count = ?, residual_positions = ?, residual_altitudes_m = ?,
       residual_before_db = ?, residual_after_db = ? WHERE id = ?`,
  ).run(
    JSON.stringify(parameters), residuals.count, blob(residuals.positions), blob(residuals.altitudesM), blob(residuals.beforeDb), blob(residuals.afterDb),
    calibrationId,
  )
}

interface ResidualRow {
  residual_count: number
  residual_positions: Buffer | null
  residual_altitudes_m: Buffer | null
  residual_before_db: Buffer | null
  residual_after_db: Buffer | null
}

/** The stored residual map of a calibration; empty when it has none (or there is no such calibration). */
export function readCalibrationResiduals(db: ProjectDb, calibrationId: number): CalibrationResiduals {
  const row = db
    .prepare('SELECT residual_count, residual_positions, residual_altitudes_m, residual_before_db, residual_after_db FROM calibrations WHERE id = ?')
    .get(calibrationId) as ResidualRow | undefined
  if (row === undefined || row.residual_positions === null) {
    return { count: 0, positions: new Float64Array(0), altitudesM: new Float32Array(0), beforeDb: new Float32Array(0), afterDb: new Float32Array(0) }
  }
  return {
    count: row.residual_count,
    positions: typed(Float64Array, row.residual_positions),
    altitudesM: typed(Float32Array, row.residual_altitudes_m),
    beforeDb: typed(Float32Array, row.residual_before_db),
    afterDb: typed(Float32Array, row.residual_after_db),
  }
}
