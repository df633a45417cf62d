/**
 * What a cell's drive test measured when something else happened there: an app test logged beside a
 * drive test (same phone or same car) takes the values of its serving cell's sample nearest in time.
 * The demarcation uses it so that a slow page load under SINR −3 dB is blamed on radio rather than
 * left unexplained (problems/accumulateExperience.ts), the KPI→KQI datasets to give a KQI row the
 * radio it was measured under (learned/cellRadioFeatures.ts). Values are added as the samples are
 * read (in any order), then looked up.
 */

/** A KQI takes its cell's sample nearest in time if within this, ms (drive tests log about 1 sample/s). */
export const cellSampleMaxGapMs = 5000

interface CellSeries<T> {
  timesMs: number[]
  values: T[]
  sorted: boolean
}

/** Per cell, timed values; `at` answers "what did cell c measure at time t". */
export class CellValuesAtTime<T> {
  private readonly series = new Map<string, CellSeries<T>>()

  /** Only these cells' values are kept (the cells that something is looked up for). */
  constructor(cells: Iterable<string>, private readonly maxGapMs = cellSampleMaxGapMs) {
    for (const cell of cells) this.series.set(cell, { timesMs: [], values: [], sorted: true })
  }

  /** Adds a value of `cell` at timeMs (ignored for other cells or without a time). */
  add(cell: string | null, timeMs: number | null, value: T): void {
    if (cell === null || timeMs === null) return
    const s = this.series.get(cell)
    if (s === undefined) return
    if (s.timesMs.length > 0 && timeMs < (s.timesMs.at(-1) as number)) s.sorted = false
    s.timesMs.push(timeMs)
    s.values.push(value)
  }

  /**
   * The value of `cell` nearest to timeMs, or null beyond maxGapMs: of two equally near the earlier,
   * of several at the same time the first added.
   */
  at(cell: string, timeMs: number | null): T | null {
    const s = this.series.get(cell)
    if (s === undefined || timeMs === null || s.timesMs.length === 0) return null
    if (!s.sorted) sortSeries(s)
    const times = s.timesMs
    let lo = 0
    let hi = times.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((times[mid] as number) < timeMs) lo = mid + 1
      else hi = mid
    }
    let best = lo >= times.length || (lo > 0 && timeMs - (times[lo - 1] as number) <= (times[lo] as number) - timeMs) ? lo - 1 : lo
    if (best < 0 || Math.abs((times[best] as number) - timeMs) > this.maxGapMs) return null
    while (best > 0 && times[best - 1] === times[best]) best--
    return s.values[best] as T
  }
}

/** Sorts by time, keeping the order of addition among equal times. */
function sortSeries<T>(s: CellSeries<T>): void {
  const order = s.timesMs.map((_, i) => i).sort((a, b) => (s.timesMs[a] as number) - (s.timesMs[b] as number) || a - b)
  s.timesMs = order.map((i) => s.timesMs[i] as number)
  s.values = order.map((i) => s.values[i] as T)
  s.sorted = true
}
