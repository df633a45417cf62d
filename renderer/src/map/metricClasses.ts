import type { SampleMetric } from '../../../core/api/schemas/layerSchemas.js'

/** An RGBA colour, each channel 0–255. */
export type Rgba = readonly [number, number, number, number]

/**
 * How a metric's values fall into coloured classes on the map and in the legend. `M` names the
 * metrics of the layer the scheme serves: drive-test samples by default, coverage metrics too.
 */
export interface MetricScheme<M extends string = SampleMetric> {
  readonly metric: M
  /** Unit shown after the numbers; empty for unitless metrics (CQI). */
  readonly unit: string
  /** Ascending class limits; n limits make n + 1 classes. A value equal to a limit falls in the class above it. */
  readonly breaks: readonly number[]
  /** n + 1 colours, from the worst class (below `breaks[0]`) to the best (at or above the last limit). */
  readonly colours: readonly Rgba[]
}

/** Colour of samples where the metric was not measured (NaN). */
export const noValueColour: Rgba = [140, 146, 156, 150]

/** Worst → best, red to dark green; saturated enough to read on the light basemap. */
export const fiveClassRamp: readonly Rgba[] = [
  [214, 39, 40, 235],
  [242, 142, 43, 235],
  [237, 197, 21, 235],
  [123, 192, 67, 235],
  [26, 127, 55, 235],
]

/**
 * Default classes per metric. RSRP follows the usual drive-test bands (≥ −80 dBm excellent … < −110 dBm
 * poor); RSRQ and SINR the common field-engineering bands; CQI the 4-bit table of TS 38.214 Table 5.2.2.1-2
 * (QPSK up to 6, 16QAM 7–9, 64QAM 10–15, split at 13 for the top class).
 */
export const metricSchemes: Record<SampleMetric, MetricScheme> = {
  rsrpDbm: { metric: 'rsrpDbm', unit: 'dBm', breaks: [-110, -100, -90, -80], colours: fiveClassRamp },
  rsrqDb: { metric: 'rsrqDb', unit: 'dB', breaks: [-19, -15, -12, -9], colours: fiveClassRamp },
  sinrDb: { metric: 'sinrDb', unit: 'dB', breaks: [0, 5, 13, 20], colours: fiveClassRamp },
  cqi: { metric: 'cqi', unit: '', breaks: [4, 7, 10, 13], colours: fiveClassRamp },
  dlMbps: { metric: 'dlMbps', unit: 'Mbps', breaks: [10, 50, 100, 300], colours: fiveClassRamp },
  ulMbps: { metric: 'ulMbps', unit: 'Mbps', breaks: [2, 10, 30, 60], colours: fiveClassRamp },
}

/** The class of `value` for ascending `breaks`: 0 below the first limit … `breaks.length` at or above the last; −1 for NaN. */
export function classIndex(value: number, breaks: readonly number[]): number {
  if (Number.isNaN(value)) return -1
  let index = 0
  while (index < breaks.length && value >= (breaks[index] as number)) index++
  return index
}

export interface ClassifiedSamples {
  /** RGBA per sample, ready for a deck.gl binary `getFillColor` attribute (size 4). */
  readonly colours: Uint8Array
  /** Samples per class, worst to best (same order as `scheme.colours`). */
  readonly counts: readonly number[]
  /** Samples without a value (NaN). */
  readonly missing: number
}

/** Colours every sample by its class, and counts the samples per class for the legend. */
export function classifySamples(values: Float32Array, scheme: MetricScheme<string>): ClassifiedSamples {
  const classCount = scheme.breaks.length + 1
  if (scheme.colours.length !== classCount) {
    throw new Error(`classifySamples: scheme ${scheme.metric} has ${scheme.colours.length} colours for ${classCount} classes`)
  }
  const colours = new Uint8Array(values.length * 4)
  const counts = new Array<number>(classCount).fill(0)
  let missing = 0
  for (let i = 0; i < values.length; i++) {
    const index = classIndex(values[i] as number, scheme.breaks)
    const colour = index < 0 ? noValueColour : (scheme.colours[index] as Rgba)
    if (index < 0) missing++
    else counts[index] = (counts[index] as number) + 1
    colours.set(colour, i * 4)
  }
  return { colours, counts, missing }
}

/** One legend row: a class shown as "≥ high", "low to high" or "< low". */
export interface LegendClass {
  readonly colour: Rgba
  readonly kind: 'atLeast' | 'range' | 'below'
  readonly low: number | null
  readonly high: number | null
  readonly count: number
}

/** Legend rows from the best class to the worst, as a legend reads top down. */
export function legendClasses(scheme: MetricScheme<string>, counts: readonly number[] = []): LegendClass[] {
  const { breaks } = scheme
  return scheme.colours
    .map((colour, index): LegendClass => {
      const low = index === 0 ? null : (breaks[index - 1] as number)
      const high = index === breaks.length ? null : (breaks[index] as number)
      const kind = high === null ? 'atLeast' : low === null ? 'below' : 'range'
      return { colour, kind, low, high, count: counts[index] ?? 0 }
    })
    .reverse()
}

/** A number as the legend prints it, with a true minus sign (U+2212). */
export function formatLimit(value: number): string {
  const text = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(1)
  return value < 0 ? `\u2212${text}` : text
}

/** CSS colour of an RGBA tuple. */
export function cssColour([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`
}
