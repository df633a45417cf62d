/**
 * The serving cell's radio when a KQI was measured: an app test logged beside a drive test (same
 * phone or same car) takes the RSRP, SINR and CQI of that cell's drive-test sample nearest in time,
 * so that a slow page load under SINR −3 dB is blamed on radio rather than left unexplained. The
 * model datasets join the same way (learned/cellRadioFeatures.ts); this one is streaming-friendly:
 * samples are added as they are read, then looked up.
 */

/** A KQI takes the radio of its cell's sample nearest in time if within this, ms (drive tests log about 1 sample/s). */
export const kqiRadioMaxGapMs = 5000

/** Radio of a drive-test sample; null where not measured. */
export interface RadioAtTime {
  rsrpDbm: number | null
  sinrDb: number | null
  cqi: number | null
}

interface CellSeries {
  timesMs: number[]
  radio: RadioAtTime[]
  sorted: boolean
}

/** Collects the samples of some cells and answers "what was the radio of cell c at time t". */
export class RadioAtKqiTime {
  private readonly series = new Map<string, CellSeries>()

  /** Only these cells' samples are kept (the cells that have timed KQIs). */
  constructor(cells: Iterable<string>, private readonly maxGapMs = kqiRadioMaxGapMs) {
    for (const cell of cells) this.series.set(cell, { timesMs: [], radio: [], sorted: true })
  }

  /** Adds a sample of `cell` (ignored for other cells, or without a time or any radio value). */
  add(cell: string | null, timeMs: number | null, radio: RadioAtTime): void {
    if (cell === null || timeMs === null) return
    if (radio.rsrpDbm === null && radio.sinrDb === null && radio.cqi === null) return
    const s = this.series.get(cell)
    if (s === undefined) return
    if (s.timesMs.length > 0 && timeMs < (s.timesMs.at(-1) as number)) s.sorted = false
    s.timesMs.push(timeMs)
    s.radio.push(radio)
  }

  /** The radio of `cell`'s sample nearest to timeMs (the earlier of two equally near), or null beyond maxGapMs. */
  at(cell: string, timeMs: number | null): RadioAtTime | null {
    const s = this.series.get(cell)
    if (s === undefined || timeMs === null || s.timesMs.length === 0) return null
    if (!s.sorted) sortSeries(s)
    let lo = 0
    let hi = s.timesMs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((s.timesMs[mid] as number) < timeMs) lo = mid + 1
      else hi = mid
    }
    const before = lo - 1
    const best = lo >= s.timesMs.length || (before >= 0 && timeMs - (s.timesMs[before] as number) <= (s.timesMs[lo] as number) - timeMs) ? before : lo
    if (best < 0 || Math.abs((s.timesMs[best] as number) - timeMs) > this.maxGapMs) return null
    return s.radio[best] as RadioAtTime
  }
}

function sortSeries(s: CellSeries): void {
  const order = s.timesMs.map((_, i) => i).sort((a, b) => (s.timesMs[a] as number) - (s.timesMs[b] as number) || a - b)
  s.timesMs = order.map((i) => s.timesMs[i] as number)
  s.radio = order.map((i) => s.radio[i] as RadioAtTime)
  s.sorted = true
}
