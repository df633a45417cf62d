import type { Result } from '../../../core/api/methods.js'
import type { Rgba } from '../map/metricClasses.js'

type TopResult = Result<'experience.top'>
/** A cell problem of `experience.top`: the cell, its affected measurements, its causes and where it is. */
export type CellProblem = TopResult['problems'][number]
/** An area problem: a task area or a geohash square, its outline, serving cells and DL-rate drops. */
export type AreaProblem = TopResult['areaProblems'][number]
export type ExperienceProblem = CellProblem | AreaProblem
export type ProblemCause = ExperienceProblem['causes'][number]

/** The demarcation domains, in the order the breakdown bar and the legend list them. */
export const causeDomains = ['radio', 'transport', 'core', 'server', 'terminal', 'unknown'] as const
export type CauseDomain = (typeof causeDomains)[number]

/**
 * One colour per domain, the same in the table, the breakdown bar, its legend and the map markers:
 * distinct hues, apart from the map's red-to-green sample ramp, and grey for "unknown".
 */
export const causeColours: Record<CauseDomain, Rgba> = {
  radio: [214, 96, 77, 255],
  transport: [230, 160, 30, 255],
  core: [118, 82, 176, 255],
  server: [0, 128, 133, 255],
  terminal: [49, 99, 166, 255],
  unknown: [140, 146, 156, 255],
}

/** CSS `rgb()` of a domain's colour. */
export const causeCss = (domain: CauseDomain): string => {
  const [r, g, b] = causeColours[domain]
  return `rgb(${r}, ${g}, ${b})`
}

/** The cause with the largest share (the first listed on a tie), or null when the problem has none. */
export function dominantCause(causes: readonly ProblemCause[]): ProblemCause | null {
  let best: ProblemCause | null = null
  for (const cause of causes) if (best === null || cause.share > best.share) best = cause
  return best
}

/** A problem's causes in the legend's domain order, shares 0–1 (domains without a share left out). */
export function causesInOrder(causes: readonly ProblemCause[]): ProblemCause[] {
  return causeDomains.flatMap((domain) => causes.filter((cause) => cause.domain === domain && cause.share > 0))
}
