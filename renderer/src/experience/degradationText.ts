import { formatDateTime } from '../coverage/formatDateTime.js'
import type { AreaProblem, CellProblem } from './causeDomains.js'
import { formatKqiValue } from './formatNumbers.js'

/** A drop of an area's DL rate, all its cells together (change detection). */
export type AreaDrop = AreaProblem['degradations'][number]
/** A period when one of a cell's own series (its DL rate, a KQI) got worse: a drop, or a rise for RTT and times. */
export type CellDrop = CellProblem['degradations'][number]

/** What an area's and a cell's periods share. */
type DropPeriod = Pick<AreaDrop, 'metric' | 'startTimeMs' | 'endTimeMs' | 'baselineMedian' | 'worstZ'>

/**
 * The message parameters of a period, area's or cell's, in the UI language: `metric` (the name as
 * the core gives it), `from` and `to` (short local date and time), `baseline` (the median before,
 * three significant digits) and `z` (the worst z, two).
 */
export function degradationParams(drop: DropPeriod, locale: string): Record<'metric' | 'from' | 'to' | 'baseline' | 'z', string> {
  return {
    metric: drop.metric,
    from: formatDateTime(new Date(drop.startTimeMs).toISOString(), locale),
    to: formatDateTime(new Date(drop.endTimeMs).toISOString(), locale),
    baseline: formatKqiValue(drop.baselineMedian, locale),
    z: formatKqiValue(drop.worstZ, locale, 2),
  }
}
