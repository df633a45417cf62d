import { groundSampleHeightM } from '../../coverage/calibration/altitudeLayers.js'
import type { ProjectDb } from '../../db/openProjectDb.js'
import type { LocalTangentPlane } from '../../geo/localTangentPlane.js'

/** Measured samples near the checked points, as columns in a local plane; NaN / −1 where not measured. */
export interface MeasuredSamples {
  count: number
  eastM: Float64Array
  northM: Float64Array
  /** Height above ground, m: the AGL altitude, or 1.5 m for a sample without one (a handset on the ground). */
  heightM: Float64Array
  rsrpDbm: Float64Array
  /** The UE's SS-SINR: a downlink measurement (TS 38.215 §5.1), so it never stands for the UL SINR. */
  sinrDb: Float64Array
  ulMbps: Float64Array
  dlMbps: Float64Array
  cellId: Int32Array
}

export interface SampleWindow {
  minLon: number
  maxLon: number
  minLat: number
  maxLat: number
  minHeightM: number
  maxHeightM: number
  /** Samples older than this (ms since the epoch) are left out; samples without a time are kept (their age is unknown). */
  minTimeMs: number
}

type SampleRow = [number, number, number | null, number | null, number | null, number | null, number | null, number | null]

/**
 * Reads the samples inside the window through the block R*Tree (migrations 1 and 3), with at least
 * one of RSRP, SINR, UL or DL rate. AMSL altitudes are left out (no terrain model turns them into
 * heights above ground, as in calibration).
 */
export function readMeasuredSamples(db: ProjectDb, window: SampleWindow, plane: LocalTangentPlane): MeasuredSamples {
  const rows = db
    .prepare(
      `SELECT s.lon, s.lat, s.altitude_m, s.rsrp_dbm, s.sinr_db, s.ul_mbps, s.dl_mbps, s.cell_id
       FROM samples_rtree r JOIN samples s ON s.id BETWEEN r.id AND r.last_id
       WHERE r.max_lon >= @minLon AND r.min_lon <= @maxLon AND r.max_lat >= @minLat AND r.min_lat <= @maxLat
         AND s.lon BETWEEN @minLon AND @maxLon AND s.lat BETWEEN @minLat AND @maxLat
         AND (s.altitude_m IS NULL OR s.altitude_ref IS NULL OR s.altitude_ref = 'AGL')
         AND coalesce(s.altitude_m, @groundM) BETWEEN @minHeightM AND @maxHeightM
         AND (s.time_ms IS NULL OR s.time_ms >= @minTimeMs)
         AND (s.rsrp_dbm IS NOT NULL OR s.sinr_db IS NOT NULL OR s.ul_mbps IS NOT NULL OR s.dl_mbps IS NOT NULL)
       ORDER BY s.id`,
    )
    .raw()
    .all({ ...window, groundM: groundSampleHeightM }) as SampleRow[]
  const n = rows.length
  const samples: MeasuredSamples = {
    count: n, eastM: new Float64Array(n), northM: new Float64Array(n), heightM: new Float64Array(n), rsrpDbm: new Float64Array(n),
    sinrDb: new Float64Array(n), ulMbps: new Float64Array(n), dlMbps: new Float64Array(n), cellId: new Int32Array(n),
  }
  rows.forEach(([lon, lat, altitudeM, rsrp, sinr, ul, dl, cellId], i) => {
    samples.eastM[i] = plane.toEastM(lon)
    samples.northM[i] = plane.toNorthM(lat)
    samples.heightM[i] = altitudeM ?? groundSampleHeightM
    samples.rsrpDbm[i] = rsrp ?? Number.NaN
    samples.sinrDb[i] = sinr ?? Number.NaN
    samples.ulMbps[i] = ul ?? Number.NaN
    samples.dlMbps[i] = dl ?? Number.NaN
    samples.cellId[i] = cellId ?? -1
  })
  return samples
}

/** The samples that stand for one point: the nearest, and the empirical share reaching the RSRP threshold. */
export interface SampleMatch {
  /** Index into the samples of the nearest one (3D distance), or −1 when none lies within the tolerances. */
  nearest: number
  /** Of the matching samples with an RSRP, the share at or above the threshold; NaN when none has an RSRP. */
  rsrpShareAtThreshold: number
}

/**
 * A grid hash of the samples with cells of the distance tolerance, so a point looks at 3 × 3 cells
 * instead of every sample. `match` finds the samples within `distanceM` on the ground and
 * `altitudeM` in height of a point.
 */
export function indexMeasuredSamples(samples: MeasuredSamples, tolerance: { distanceM: number; altitudeM: number }): (eastM: number, northM: number, heightM: number, rsrpThresholdDbm: number) => SampleMatch {
  const none: SampleMatch = { nearest: -1, rsrpShareAtThreshold: Number.NaN }
  if (!(tolerance.distanceM > 0) || samples.count === 0) return () => none
  const cellM = tolerance.distanceM
  const cells = new Map<string, number[]>()
  for (let i = 0; i < samples.count; i++) {
    const key = `${Math.floor((samples.eastM[i] as number) / cellM)},${Math.floor((samples.northM[i] as number) / cellM)}`
    const list = cells.get(key)
    if (list === undefined) cells.set(key, [i])
    else list.push(i)
  }
  const maxD2 = tolerance.distanceM ** 2
  return (eastM, northM, heightM, rsrpThresholdDbm) => {
    const cx = Math.floor(eastM / cellM)
    const cy = Math.floor(northM / cellM)
    let nearest = -1
    let nearestD2 = Infinity
    let withRsrp = 0
    let atThreshold = 0
    for (let x = cx - 1; x <= cx + 1; x++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (const i of cells.get(`${x},${y}`) ?? []) {
          const dz = (samples.heightM[i] as number) - heightM
          const ground2 = ((samples.eastM[i] as number) - eastM) ** 2 + ((samples.northM[i] as number) - northM) ** 2
          if (ground2 > maxD2 || Math.abs(dz) > tolerance.altitudeM) continue
          const d2 = ground2 + dz * dz
          if (d2 < nearestD2) {
            nearestD2 = d2
            nearest = i
          }
          const rsrp = samples.rsrpDbm[i] as number
          if (Number.isNaN(rsrp)) continue
          withRsrp++
          if (rsrp >= rsrpThresholdDbm) atThreshold++
        }
      }
    }
    return nearest < 0 ? none : { nearest, rsrpShareAtThreshold: withRsrp === 0 ? Number.NaN : atThreshold / withRsrp }
  }
}
