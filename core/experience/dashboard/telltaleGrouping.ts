import { quantileOfSorted } from '../kqiBadThresholds.js'

/** At most this many levels are shown per grouping (the most frequent); a field with more is no candidate for app KQIs. */
export const maxGroupLevels = 12

/**
 * A field covering fewer than this share of the values is no candidate: its medians would describe a
 * corner of the data (one test file), not the KQI.
 */
export const minGroupingCoverage = 0.3

/** Median and count of one level. */
export interface GroupLevel {
  label: string
  count: number
  median: number
}

/** The grouping shown on a dashboard: by which field, its levels (most values first). */
export interface KqiGrouping {
  by: string | null
  levels: GroupLevel[]
}

/** Median and count per level of `labels` (null = no level; the row is left out), most values first, at most maxGroupLevels. */
export function groupMedians(values: ArrayLike<number>, labels: readonly (string | null)[]): GroupLevel[] {
  const byLevel = new Map<string, number[]>()
  labels.forEach((label, i) => {
    if (label === null) return
    const list = byLevel.get(label)
    if (list === undefined) byLevel.set(label, [values[i] as number])
    else list.push(values[i] as number)
  })
  return [...byLevel.entries()]
    .map(([label, list]) => ({ label, count: list.length, median: quantileOfSorted(list.sort((a, b) => a - b), 0.5) }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1))
    .slice(0, maxGroupLevels)
}

/**
 * How well a grouping separates the values: Σ n_level · |median_level − overall median| / N, in the
 * KQI's unit (rows without a level count as 0). It grows with both the spread of the level medians
 * and the share of rows the field covers.
 */
export function groupingSeparation(levels: readonly GroupLevel[], overallMedian: number, total: number): number {
  if (total === 0) return 0
  return levels.reduce((sum, l) => sum + l.count * Math.abs(l.median - overallMedian), 0) / total
}

/**
 * The most telling grouping among candidate fields (name → level per value, null where absent):
 * those with 2…maxGroupLevels levels covering at least minGroupingCoverage of the values, the one
 * whose level medians are furthest apart (groupingSeparation). `{ by: null, levels: [] }` when none qualifies.
 */
export function telltaleGrouping(values: ArrayLike<number>, overallMedian: number, fields: ReadonlyMap<string, readonly (string | null)[]>): KqiGrouping {
  let best: KqiGrouping & { separation: number } = { by: null, levels: [], separation: -1 }
  for (const [name, labels] of fields) {
    const distinct = new Set<string>()
    let covered = 0
    for (const label of labels) {
      if (label === null) continue
      covered++
      distinct.add(label)
      if (distinct.size > maxGroupLevels) break
    }
    if (distinct.size < 2 || distinct.size > maxGroupLevels || covered < minGroupingCoverage * values.length) continue
    const levels = groupMedians(values, labels)
    const separation = groupingSeparation(levels, overallMedian, values.length)
    if (separation > best.separation) best = { by: name, levels, separation }
  }
  return { by: best.by, levels: best.levels }
}
