import type { ProjectDb } from '../db/openProjectDb.js'
import type { PathLossCorrection } from './coverageScene.js'

/** A stored calibration (table calibrations): the fit per altitude layer and its errors before and after. */
export interface CalibrationLayer extends PathLossCorrection {
  /** Layer height AGL, metres; null for one fit over every altitude. */
  altitudeM: number | null
  samples: number
  meBeforeDb: number
  rmseBeforeDb: number
  sigmaBeforeDb: number
  meAfterDb: number
  rmseAfterDb: number
  sigmaAfterDb: number
}

export interface CalibrationRecord {
  id: number
  createdAt: string
  byAltitude: boolean
  layers: CalibrationLayer[]
}

/** The newest calibration of the project, if any. */
export function latestCalibration(db: ProjectDb): CalibrationRecord | undefined {
  const row = db.prepare('SELECT id, created_at, by_altitude, result_json FROM calibrations ORDER BY id DESC LIMIT 1').get() as
    | { id: number; created_at: string; by_altitude: number; result_json: string }
    | undefined
  if (row === undefined) return undefined
  return { id: row.id, createdAt: row.created_at, byAltitude: row.by_altitude === 1, layers: (JSON.parse(row.result_json) as { layers: CalibrationLayer[] }).layers }
}

/** Stores a calibration; returns its id. */
export function insertCalibration(db: ProjectDb, createdAt: Date, byAltitude: boolean, layers: readonly CalibrationLayer[]): number {
  return Number(
    db
      .prepare('INSERT INTO calibrations (created_at, by_altitude, result_json) VALUES (?, ?, ?)')
      .run(createdAt.toISOString(), byAltitude ? 1 : 0, JSON.stringify({ layers })).lastInsertRowid,
  )
}

/**
 * The path-loss correction for a layer at `altitudeM`: the fit of the nearest calibrated altitude
 * (a single all-altitude fit applies everywhere); null without a calibration.
 */
export function correctionForAltitude(calibration: CalibrationRecord | undefined, altitudeM: number): PathLossCorrection | null {
  if (calibration === undefined || calibration.layers.length === 0) return null
  let best = calibration.layers[0] as CalibrationLayer
  for (const layer of calibration.layers) {
    if (layer.altitudeM === null) return { offsetDb: layer.offsetDb, slopeDbPerDecade: layer.slopeDbPerDecade }
    if (Math.abs(layer.altitudeM - altitudeM) < Math.abs((best.altitudeM ?? Infinity) - altitudeM)) best = layer
  }
  return { offsetDb: best.offsetDb, slopeDbPerDecade: best.slopeDbPerDecade }
}
