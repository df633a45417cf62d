import type { SampleMetric } from '../../../core/api/schemas/layerSchemas.js'
import { metricSchemes, type MetricScheme } from './metricClasses.js'

/** Class limits the user set, per metric of a layer; a metric not listed keeps its default limits. */
export type CustomBreaksOf<M extends string> = Partial<Record<M, readonly number[]>>

/** Class limits the user set for the drive-test samples. */
export type CustomBreaks = CustomBreaksOf<SampleMetric>

/** Where the custom limits are kept between sessions. */
export const breaksStorageKey = 'certus.classBreaks'

/** Why a list of limits cannot be used: the limit at `index` is not a number, or not above the one before it. */
export interface BreaksProblem {
  readonly index: number
  readonly reason: 'notANumber' | 'notAscending'
}

/**
 * Checks limits typed by the user: each must be a finite number and strictly above the previous one
 * (a value equal to a limit falls in the class above it, so two equal limits would leave a class empty).
 * Returns the first problem, or null when the limits can be used.
 */
export function checkBreaks(breaks: readonly number[]): BreaksProblem | null {
  for (const [index, value] of breaks.entries()) {
    if (!Number.isFinite(value)) return { index, reason: 'notANumber' }
    if (index > 0 && value <= (breaks[index - 1] as number)) return { index, reason: 'notAscending' }
  }
  return null
}

/**
 * Reads a limit from a number input's text; empty or not numeric gives NaN. Accepts a typographic
 * minus (U+2212), which the legend prints and users copy.
 */
export function parseLimit(text: string): number {
  const trimmed = text.trim().replace(/\u2212/g, '-')
  return trimmed === '' ? Number.NaN : Number(trimmed)
}

/** `scheme` with the user's limits when they fit it (as many limits as the default, ascending), else `scheme` itself. */
export function withBreaks<M extends string>(scheme: MetricScheme<M>, breaks: readonly number[] | undefined): MetricScheme<M> {
  if (breaks === undefined || breaks.length !== scheme.breaks.length || checkBreaks(breaks) !== null) return scheme
  return { ...scheme, breaks }
}

/** The scheme of `metric` with the user's limits when they fit it (as many limits as the default), else the default. */
export function schemeFor(metric: SampleMetric, custom: CustomBreaks): MetricScheme {
  return withBreaks(metricSchemes[metric], custom[metric])
}

/**
 * Custom limits as stored: JSON `{ metric: number[] }`. Anything unreadable, an unknown metric, a wrong
 * number of limits or limits out of order is dropped, so a damaged entry falls back to the defaults.
 */
export function parseStoredBreaks(text: string | null): CustomBreaks {
  return parseStoredBreaksOf(text, metricSchemes)
}

/** {@link parseStoredBreaks} for the metrics of any layer, checked against that layer's `schemes`. */
export function parseStoredBreaksOf<M extends string>(text: string | null, schemes: Record<M, MetricScheme<M>>): CustomBreaksOf<M> {
  if (text === null) return {}
  let stored: unknown
  try {
    stored = JSON.parse(text)
  } catch {
    return {}
  }
  if (stored === null || typeof stored !== 'object') return {}
  const custom: CustomBreaksOf<M> = {}
  for (const metric of Object.keys(schemes) as M[]) {
    const breaks = (stored as Record<string, unknown>)[metric]
    if (!Array.isArray(breaks) || breaks.length !== schemes[metric].breaks.length) continue
    if (!breaks.every((value): value is number => typeof value === 'number')) continue
    if (checkBreaks(breaks) === null) custom[metric] = breaks
  }
  return custom
}
