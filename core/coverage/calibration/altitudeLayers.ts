import { minimumSamplesForSlope } from './fitPathLossCorrection.js'

/** Height of a sample without an altitude: a handset on the ground, 1.5 m AGL (the TR 38.901 default hUT). */
export const groundSampleHeightM = 1.5

/**
 * How sample altitudes are rounded to candidate layers: to 0.5 m below 10 m (handsets at 1.5 m stay
 * 1.5 m), to 5 m from 10 m up (flights are flown at round heights, and a GPS altitude's jitter of a
 * metre or two stays inside one layer).
 */
export const layerRoundingM = { below10M: 0.5, fromTenM: 5 } as const

/** The candidate layer of one altitude AGL, m. */
export function roundLayerAltitudeM(altitudeM: number): number {
  const step = altitudeM < 10 ? layerRoundingM.below10M : layerRoundingM.fromTenM
  return Math.round(altitudeM / step) * step
}

/** Layers and, per sample, the index of its layer. */
export interface AltitudeLayers {
  /** Layer heights AGL, m, ascending. */
  altitudesM: number[]
  layerOfSample: Int32Array
}

/**
 * Bins samples by altitude AGL: the layers are the distinct rounded altitudes (roundLayerAltitudeM)
 * that hold at least `minimumSamples` samples (all of them when none does), and each sample joins the
 * nearest layer (the lower one on a tie), so a few samples of a climb join the flight level next to
 * them instead of making a layer of their own.
 */
export function binAltitudeLayers(altitudesM: ArrayLike<number>, minimumSamples = minimumSamplesForSlope): AltitudeLayers {
  const counts = new Map<number, number>()
  for (let i = 0; i < altitudesM.length; i++) {
    const layer = roundLayerAltitudeM(altitudesM[i] as number)
    counts.set(layer, (counts.get(layer) ?? 0) + 1)
  }
  const all = [...counts.keys()].sort((a, b) => a - b)
  const populated = all.filter((a) => (counts.get(a) as number) >= minimumSamples)
  const layers = populated.length > 0 ? populated : all
  const layerOfSample = new Int32Array(altitudesM.length)
  for (let i = 0; i < altitudesM.length; i++) {
    const altitudeM = altitudesM[i] as number
    let best = 0
    for (let k = 1; k < layers.length; k++) {
      if (Math.abs((layers[k] as number) - altitudeM) < Math.abs((layers[best] as number) - altitudeM)) best = k
    }
    layerOfSample[i] = best
  }
  return { altitudesM: layers, layerOfSample }
}
