import { haversineDistanceM } from '../../geo/haversineDistanceM.js'
import { computePathLoss } from '../../radio/propagation/pathLossKernel.js'
import type { PathLossModelName } from '../../radio/propagation/pathLossModelName.js'
import { fitPathLossCorrection, type PathLossFit } from './fitPathLossCorrection.js'

/** A flight sample served by the site: UAV position, flight altitude AGL (m) and the measured path loss (dB). */
export interface FlightSample {
  lon: number
  lat: number
  altitudeM: number
  pathLossDb: number
}

/** The fit of one flight altitude: offset, slope and the errors before and after, without the per-sample residuals. */
export interface FlightLayerFit extends Omit<PathLossFit, 'afterDb'> {
  altitudeM: number
}

/**
 * Fits a path-loss model to measured path loss, one fit per flight altitude: per sample the model's
 * mean path loss to the site (computePathLoss: the linear-domain LOS/NLOS mean of radio-models.md
 * §4.4, TR 36.777 Annex B in the aerial regime, TR 38.901 below it; clamp mode) at the sample's
 * d2D and altitude, then fitPathLossCorrection on the residual predicted − measured path loss, which
 * is measured − predicted RSRP for a fixed reference-signal power. Altitudes ascending.
 * @param site the serving antenna: position (degrees) and height above ground (m)
 * @param options the model and the carrier, GHz
 */
export function fitFlightPathLoss(
  samples: readonly FlightSample[],
  site: { lon: number; lat: number; heightM: number },
  options: { model: PathLossModelName; fcGhz: number },
): FlightLayerFit[] {
  const altitudes = [...new Set(samples.map((s) => s.altitudeM))].sort((a, b) => a - b)
  return altitudes.map((altitudeM) => {
    const layer = samples.filter((s) => s.altitudeM === altitudeM)
    const distance2dM = Float64Array.from(layer, (s) => haversineDistanceM(site.lon, site.lat, s.lon, s.lat))
    const predictedDb = new Float32Array(layer.length)
    computePathLoss(options.model, { fcGhz: options.fcGhz, bsHeightM: site.heightM }, distance2dM, new Float64Array(layer.length).fill(altitudeM), {
      meanDb: predictedDb,
      sigmaDb: new Float32Array(layer.length),
    })
    const distance3dM = Float64Array.from(distance2dM, (d) => Math.hypot(d, altitudeM - site.heightM))
    const residualDb = Float64Array.from(layer, (s, i) => (predictedDb[i] as number) - s.pathLossDb)
    const { afterDb: _afterDb, ...fit } = fitPathLossCorrection(distance3dM, residualDb)
    return { altitudeM, ...fit }
  })
}
