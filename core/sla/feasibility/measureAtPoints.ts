import type { ProjectDb } from '../../db/openProjectDb.js'
import { earthRadiusM } from '../../geo/haversineDistanceM.js'
import type { LocalTangentPlane } from '../../geo/localTangentPlane.js'
import { indexMeasuredSamples, readMeasuredSamples } from './measuredSamples.js'

/**
 * What the measurements say at each point of each altitude layer (layer-major, as the result's
 * columns): the nearest matching sample's values, NaN / −1 where it has none or no sample matches.
 */
export interface PointMeasurements {
  /** 1 where a sample within the tolerances stands for the point. */
  found: Uint8Array
  rsrpDbm: Float64Array
  /** The UE's SS-SINR, a downlink quantity. */
  sinrDb: Float64Array
  ulMbps: Float64Array
  dlMbps: Float64Array
  cellId: Int32Array
  /** Of the matching samples with an RSRP, the share reaching the threshold: an empirical location probability. */
  rsrpShareAtThreshold: Float64Array
}

export interface MeasureInput {
  lon: Float64Array
  lat: Float64Array
  eastM: Float64Array
  northM: Float64Array
  altitudesM: readonly number[]
  tolerances: { distanceM: number; altitudeM: number; maxAgeDays: number }
  now: Date
  plane: LocalTangentPlane
  rsrpThresholdDbm: number
  signal?: AbortSignal
}

/** Points whose samples are read at once: a route's consecutive points (or a few grid rows) lie close together, so the box stays small. */
export const measureTilePoints = 2048

/**
 * Finds, tile by tile, the samples that stand for each point: each tile reads only the samples in
 * its own box widened by the distance tolerance (through the block R*Tree), so a project of tens of
 * millions of samples is never read whole. Yields to the event loop between tiles; a cancel throws
 * the signal's AbortError.
 */
export async function measureAtPoints(db: ProjectDb, input: MeasureInput): Promise<PointMeasurements> {
  const n = input.lon.length
  const size = n * input.altitudesM.length
  const out: PointMeasurements = {
    found: new Uint8Array(size), rsrpDbm: new Float64Array(size).fill(Number.NaN), sinrDb: new Float64Array(size).fill(Number.NaN),
    ulMbps: new Float64Array(size).fill(Number.NaN), dlMbps: new Float64Array(size).fill(Number.NaN), cellId: new Int32Array(size).fill(-1),
    rsrpShareAtThreshold: new Float64Array(size).fill(Number.NaN),
  }
  if (!(input.tolerances.distanceM > 0)) return out
  for (let start = 0; start < n; start += measureTilePoints) {
    input.signal?.throwIfAborted()
    const end = Math.min(n, start + measureTilePoints)
    const samples = readMeasuredSamples(db, tileWindow(input, start, end), input.plane)
    const match = indexMeasuredSamples(samples, input.tolerances)
    input.altitudesM.forEach((altitudeM, layer) => {
      for (let i = start; i < end; i++) {
        const found = match(input.eastM[i] as number, input.northM[i] as number, altitudeM, input.rsrpThresholdDbm)
        if (found.nearest < 0) continue
        const o = layer * n + i
        const k = found.nearest
        out.found[o] = 1
        out.rsrpDbm[o] = samples.rsrpDbm[k] as number
        out.sinrDb[o] = samples.sinrDb[k] as number
        out.ulMbps[o] = samples.ulMbps[k] as number
        out.dlMbps[o] = samples.dlMbps[k] as number
        out.cellId[o] = samples.cellId[k] as number
        out.rsrpShareAtThreshold[o] = found.rsrpShareAtThreshold
      }
    })
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  return out
}

/** The tile's box widened by the distance tolerance, the altitudes' band widened by the altitude tolerance, and the age limit. */
function tileWindow(input: MeasureInput, start: number, end: number) {
  let minLon = Infinity
  let maxLon = -Infinity
  let minLat = Infinity
  let maxLat = -Infinity
  for (let i = start; i < end; i++) {
    minLon = Math.min(minLon, input.lon[i] as number)
    maxLon = Math.max(maxLon, input.lon[i] as number)
    minLat = Math.min(minLat, input.lat[i] as number)
    maxLat = Math.max(maxLat, input.lat[i] as number)
  }
  const { distanceM, altitudeM, maxAgeDays } = input.tolerances
  // A little over the tolerance: the local plane and the sphere differ by well under 0.1 % at these sizes.
  const dLat = ((1.01 * distanceM) / earthRadiusM) * (180 / Math.PI)
  const dLon = dLat / Math.max(0.01, Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180))
  return {
    minLon: minLon - dLon, maxLon: maxLon + dLon, minLat: minLat - dLat, maxLat: maxLat + dLat,
    minHeightM: Math.min(...input.altitudesM) - altitudeM, maxHeightM: Math.max(...input.altitudesM) + altitudeM,
    minTimeMs: input.now.getTime() - maxAgeDays * 86_400_000,
  }
}
