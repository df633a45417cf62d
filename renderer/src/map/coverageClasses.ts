import type { CoverageLayer, CoverageMetric } from '../../../core/api/schemas/coverageSchemas.js'
import { fiveClassRamp, type MetricScheme, type Rgba } from './metricClasses.js'

/**
 * Colours of SSB beam indices 0…7 and "8 or more": Tableau 10 without its grey (kept for "no value"),
 * distinct side by side. The beam wedges on the map use the same colours, so a best-beam map reads
 * against them.
 */
export const beamPalette: readonly Rgba[] = [
  [31, 119, 180, 235],
  [255, 127, 14, 235],
  [44, 160, 44, 235],
  [214, 39, 40, 235],
  [148, 103, 189, 235],
  [140, 86, 75, 235],
  [227, 119, 194, 235],
  [188, 189, 34, 235],
  [23, 190, 207, 235],
]

/**
 * Default classes of the coverage metrics. RSRP and DL SINR use the drive-test bands (the prediction
 * is compared with measurements, so both maps must read alike); UL SINR sits lower, as a 50-PRB uplink
 * at the UE's power limit does; UL rate is in steps of the few Mbps that drone video needs; coverage
 * probability is in percent of locations (the same thresholds planners quote: 50, 70, 90, 95 %).
 * Best beam is categorical: one class per SSB index 0…7 (L_max = 8 in FR1 above 3 GHz, TS 38.213 §4.1),
 * then "8 or more" (FR2's 64 beams share the last colour).
 */
export const coverageSchemes: Record<CoverageMetric, MetricScheme<CoverageMetric>> = {
  rsrpDbm: { metric: 'rsrpDbm', unit: 'dBm', breaks: [-110, -100, -90, -80], colours: fiveClassRamp },
  dlSinrDb: { metric: 'dlSinrDb', unit: 'dB', breaks: [0, 5, 13, 20], colours: fiveClassRamp },
  ulSinrDb: { metric: 'ulSinrDb', unit: 'dB', breaks: [-3, 0, 5, 10], colours: fiveClassRamp },
  dlMbps: { metric: 'dlMbps', unit: 'Mbps', breaks: [10, 50, 100, 300], colours: fiveClassRamp },
  ulMbps: { metric: 'ulMbps', unit: 'Mbps', breaks: [1, 2, 5, 10], colours: fiveClassRamp },
  coverageProbability: { metric: 'coverageProbability', unit: '%', breaks: [50, 70, 90, 95], colours: fiveClassRamp },
  bestBeam: { metric: 'bestBeam', unit: '', breaks: [1, 2, 3, 4, 5, 6, 7, 8], colours: beamPalette },
}

/** Where the user's class limits of the coverage metrics are kept between sessions. */
export const coverageBreaksStorageKey = 'certus.coverageClassBreaks'

/** True for metrics whose classes are categories (beam indices), not levels: no limits to edit, no column heights. */
export const isCategorical = (metric: CoverageMetric): boolean => metric === 'bestBeam'

/**
 * The values of `metric` in a coverage layer as the map classifies them: NaN where no cell is in range.
 * Coverage probability goes from a share (0–1) to percent; best beam from an Int32 index (−1 = none)
 * to a float. The other columns are returned as they are (no copy).
 */
export function coverageMetricValues(layer: CoverageLayer, metric: CoverageMetric): Float32Array {
  switch (metric) {
    case 'coverageProbability':
      return Float32Array.from(layer.coverageProbability, (share) => 100 * share)
    case 'bestBeam':
      return Float32Array.from(layer.bestBeam, (beam) => (beam < 0 ? Number.NaN : beam))
    default:
      return layer[metric]
  }
}

/** Diverging colours of calibration residuals, from "measured far below predicted" (red) to "far above" (blue). */
export const residualColours: readonly Rgba[] = [
  [178, 24, 43, 235],
  [230, 97, 83, 235],
  [250, 185, 160, 235],
  [230, 230, 230, 235],
  [170, 205, 228, 235],
  [76, 146, 196, 235],
  [22, 79, 150, 235],
]

/**
 * Classes of a residual, measured − predicted RSRP in dB: within ±3 dB is "as predicted" (about one
 * shadow-fading σ/2 of TR 38.901 UMa LOS, σ = 4 dB); ±6 and ±10 dB mark errors a planner must look at.
 * Negative residuals (the model promised more than was measured) are red: they are the risky ones.
 */
export const residualScheme: MetricScheme<'residualDb'> = {
  metric: 'residualDb',
  unit: 'dB',
  breaks: [-10, -6, -3, 3, 6, 10],
  colours: residualColours,
}
