import type { ProjectDb } from '../db/openProjectDb.js'
import { localTangentPlane, type LocalTangentPlane } from '../geo/localTangentPlane.js'
import type { SsbBeamPointing } from '../radio/antenna/ssbBeams.js'
import { carrierEnergyPerReDbm } from '../radio/link/epre.js'
import { resourceElementsPerSecond } from '../radio/rate/numerology.js'
import { overheadFraction } from '../radio/rate/peakRate.js'
import { parseTddPattern } from '../radio/rate/tddPattern.js'
import { transmissionBandwidthPrbs } from '../radio/rate/transmissionBandwidth.js'
import { cellCarrierDefaults, type CoverageParameters } from './coverageParameters.js'

/** A cell as the coverage kernel needs it: plain numbers, positions in the scene's local plane. */
export interface SceneCell {
  id: number
  name: string
  eastM: number
  northM: number
  heightM: number
  azimuthDeg: number
  mechanicalTiltDeg: number
  electricalTiltDeg: number
  hBeamwidthDeg: number
  vBeamwidthDeg: number
  /** Stored SSB beams; empty → one broadcast beam at the electrical tilt. */
  beams: SsbBeamPointing[]
  beamWidths: { hBeamwidthDeg: number; vBeamwidthDeg: number }[]
  fcGhz: number
  scsKhz: number
  prbs: number
  /** SSB EPRE, dBm per RE: total power spread evenly over the carrier (no SSB boosting known). */
  ssbEpreDbm: number
  /** Peak DL and UL rate per unit of spectral efficiency (bit/RE) and layer, Mbit/s: RE rate × (1 − OH) × TDD share. */
  dlMbpsPerBitPerRe: number
  ulMbpsPerBitPerRe: number
  /** Fields that took a default, here or at import (they weaken the prediction). */
  assumed: string[]
}

/** Path-loss correction of one altitude layer (calibration): ΔPL = offset + slope · log10(d3D / 1 km), dB. */
export interface PathLossCorrection {
  offsetDb: number
  slopeDbPerDecade: number
}

/** Everything a tile needs besides its points; structured-cloneable, so it travels to the workers. */
export interface CoverageScene {
  lon0: number
  lat0: number
  cells: SceneCell[]
  parameters: CoverageParameters
}

interface CellRow {
  id: number
  name: string
  lon: number
  lat: number
  height_m: number
  azimuth_deg: number
  mechanical_tilt_deg: number
  electrical_tilt_deg: number
  fc_mhz: number | null
  bandwidth_mhz: number | null
  scs_khz: number | null
  tx_power_dbm: number | null
  h_beamwidth_deg: number
  v_beamwidth_deg: number
  tdd_pattern: string | null
  defaulted_json: string
}

/**
 * The project's cells as a coverage scene around (lon0, lat0). Carrier fields a cell lacks take
 * cellCarrierDefaults and are listed in `assumed`. A cell whose carrier Certus cannot read (an
 * unknown bandwidth or TDD pattern) is refused with its name.
 */
export function loadCoverageScene(db: ProjectDb, lon0: number, lat0: number, parameters: CoverageParameters): CoverageScene {
  const plane = localTangentPlane(lon0, lat0)
  const rows = db.prepare('SELECT * FROM cells ORDER BY id').all() as CellRow[]
  const beams = db.prepare('SELECT azimuth_offset_deg, elevation_deg, h_beamwidth_deg, v_beamwidth_deg FROM ssb_beams WHERE cell_id = ? ORDER BY beam_index')
  const cells = rows.map((row) => sceneCell(row, plane, beams.all(row.id) as BeamRow[]))
  return { lon0, lat0, cells, parameters }
}

/**
 * The project's cells as a scene centred on the bounding box of some positions (degrees): where a
 * prediction, a calibration or a feasibility check evaluates. Errors as loadCoverageScene.
 */
export function loadCoverageSceneAround(db: ProjectDb, lon: ArrayLike<number>, lat: ArrayLike<number>, parameters: CoverageParameters): CoverageScene {
  let minLon = Infinity
  let maxLon = -Infinity
  let minLat = Infinity
  let maxLat = -Infinity
  for (let i = 0; i < lon.length; i++) {
    const x = lon[i] as number
    const y = lat[i] as number
    if (x < minLon) minLon = x
    if (x > maxLon) maxLon = x
    if (y < minLat) minLat = y
    if (y > maxLat) maxLat = y
  }
  return loadCoverageScene(db, (minLon + maxLon) / 2, (minLat + maxLat) / 2, parameters)
}

interface BeamRow {
  azimuth_offset_deg: number
  elevation_deg: number
  h_beamwidth_deg: number
  v_beamwidth_deg: number
}

function sceneCell(row: CellRow, plane: LocalTangentPlane, beams: BeamRow[]): SceneCell {
  const assumed = JSON.parse(row.defaulted_json) as string[]
  const pick = <T>(value: T | null, fallback: T, field: string): T => {
    if (value !== null) return value
    assumed.push(field)
    return fallback
  }
  const fcMhz = pick(row.fc_mhz, cellCarrierDefaults.fcMhz, 'fcMhz')
  const bandwidthMhz = pick(row.bandwidth_mhz, cellCarrierDefaults.bandwidthMhz, 'bandwidthMhz')
  const scsKhz = pick(row.scs_khz, cellCarrierDefaults.scsKhz, 'scsKhz')
  const txPowerDbm = pick(row.tx_power_dbm, cellCarrierDefaults.txPowerDbm, 'txPowerDbm')
  const tddPattern = pick(row.tdd_pattern, cellCarrierDefaults.tddPattern, 'tddPattern')
  const fr = fcMhz > 7125 ? 'fr2' : 'fr1'
  let prbs: number
  let tdd: { dlFraction: number; ulFraction: number }
  try {
    prbs = transmissionBandwidthPrbs(bandwidthMhz, scsKhz, fr)
    tdd = parseTddPattern(tddPattern)
  } catch (error) {
    throw new RangeError(`cell ${row.name}: ${(error as Error).message}`, { cause: error })
  }
  const reRate = resourceElementsPerSecond(prbs, scsKhz)
  return {
    id: row.id,
    name: row.name,
    eastM: plane.toEastM(row.lon),
    northM: plane.toNorthM(row.lat),
    heightM: row.height_m,
    azimuthDeg: row.azimuth_deg,
    mechanicalTiltDeg: row.mechanical_tilt_deg,
    electricalTiltDeg: row.electrical_tilt_deg,
    hBeamwidthDeg: row.h_beamwidth_deg,
    vBeamwidthDeg: row.v_beamwidth_deg,
    beams: beams.map((b) => ({ azimuthOffsetDeg: b.azimuth_offset_deg, elevationDeg: b.elevation_deg })),
    beamWidths: beams.map((b) => ({ hBeamwidthDeg: b.h_beamwidth_deg, vBeamwidthDeg: b.v_beamwidth_deg })),
    fcGhz: fcMhz / 1000,
    scsKhz,
    prbs,
    ssbEpreDbm: carrierEnergyPerReDbm(txPowerDbm, { bandwidthMhz, scsKhz, fr }),
    // TS 38.306 §4.1.2 structure: RE rate × efficiency × (1 − OH) × TDD fraction (radio-models.md §5.6).
    dlMbpsPerBitPerRe: (reRate * (1 - overheadFraction(fr, 'dl')) * tdd.dlFraction) / 1e6,
    ulMbpsPerBitPerRe: (reRate * (1 - overheadFraction(fr, 'ul')) * tdd.ulFraction) / 1e6,
    assumed: [...new Set(assumed)],
  }
}
