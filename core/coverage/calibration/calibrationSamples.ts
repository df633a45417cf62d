import type { ProjectDb } from '../../db/openProjectDb.js'
import { groundSampleHeightM } from './altitudeLayers.js'

/** The samples a calibration fits, as columns: −1 where a sample names no cell or PCI. */
export interface CalibrationSamples {
  count: number
  lon: Float64Array
  lat: Float64Array
  /** Height above ground, m: the AGL altitude, or 1.5 m for a sample without one. */
  heightM: Float64Array
  cellId: Int32Array
  pci: Int32Array
  rsrpDbm: Float64Array
  /** Samples with RSRP left out because their altitude is AMSL (no terrain model turns it into AGL). */
  amslCount: number
}

const usable = "rsrp_dbm IS NOT NULL AND (altitude_m IS NULL OR altitude_ref IS NULL OR altitude_ref = 'AGL')"

/**
 * Reads every sample with a measured RSRP, in id order, into column buffers. Heights: AGL altitudes
 * as stored (a sample with an altitude and no reference is taken as AGL, as every importer stores
 * them), 1.5 m for samples without an altitude (ground drive tests); AMSL altitudes are counted and
 * left out, since predictions work above flat ground.
 */
export function readCalibrationSamples(db: ProjectDb): CalibrationSamples {
  const count = db.prepare(`SELECT count(*) FROM samples WHERE ${usable}`).pluck().get() as number
  const amslCount = db.prepare("SELECT count(*) FROM samples WHERE rsrp_dbm IS NOT NULL AND altitude_m IS NOT NULL AND altitude_ref = 'AMSL'").pluck().get() as number
  const samples: CalibrationSamples = {
    count,
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    heightM: new Float64Array(count),
    cellId: new Int32Array(count),
    pci: new Int32Array(count),
    rsrpDbm: new Float64Array(count),
    amslCount,
  }
  const rows = db.prepare(`SELECT lon, lat, altitude_m, cell_id, pci, rsrp_dbm FROM samples WHERE ${usable} ORDER BY id`).raw().iterate() as IterableIterator<
    [number, number, number | null, number | null, number | null, number]
  >
  let i = 0
  for (const [lon, lat, altitudeM, cellId, pci, rsrpDbm] of rows) {
    if (i === count) break
    samples.lon[i] = lon
    samples.lat[i] = lat
    samples.heightM[i] = altitudeM ?? groundSampleHeightM
    samples.cellId[i] = cellId ?? -1
    samples.pci[i] = pci ?? -1
    samples.rsrpDbm[i] = rsrpDbm
    i++
  }
  return samples
}
