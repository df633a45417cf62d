import type { NewCell } from '../db/cellsTable.js'
import type { KpiValueRecord } from '../db/kpiKqiTables.js'
import type { DemoSpec } from './demoSpec.js'
import { roundTo } from './roundTo.js'
import type { SeededRandom } from './seededRandom.js'

/** The counters of the demo's OSS export: names as the KPI importers store them (unit in the name). */
export const demoKpiCounters = { dlPrbUtil: 'dlPrbUtilPct', rrcSetupFail: 'rrcSetupFailPct' } as const

const hourMs = 3_600_000

/** China Standard Time is UTC+8 all year (no daylight saving): the load follows the local clock. */
const localOffsetHours = 8

/**
 * Cell load by local hour, as a share of the busy-hour load: quiet at night, a morning plateau and an
 * evening peak. A made-up but typical urban shape, not measured data.
 */
const loadByLocalHour = [
  0.3, 0.25, 0.22, 0.2, 0.2, 0.25, 0.4, 0.65, 0.9, 0.95, 0.95, 1, 0.95, 0.9, 0.85, 0.85, 0.9, 0.95, 1, 1, 0.95, 0.8, 0.6, 0.4,
] as const

/** Hour-to-hour wiggle of the load: ±5 % per standard deviation, cut at ±2 σ so that no hour looks like an outage. */
const loadWiggle = 0.05

export interface DemoKpiSeries {
  /** Every counter value, cell by cell, counter by counter, hour by hour. */
  records: KpiValueRecord[]
  /** The cell's dlPrbUtilPct in the hour holding `timeMs` (the counter's value for that hour), undefined outside the series or for another cell. */
  prbUtilPctAt(cell: string, timeMs: number): number | undefined
}

type Overload = DemoSpec['stories']['overloadedCells']

/**
 * Hourly dlPrbUtilPct and rrcSetupFailPct of every cell, `kpi.hours` hours from `kpi.fromUtc`: the
 * PRB utilisation follows loadByLocalHour times the cell's own busy-hour level (drawn in
 * `kpi.busyHourPrbUtilPct`), RRC setup failures drift within `kpi.rrcSetupFailPct`. In the hours of
 * `overload` its cells jump to `overload.dlPrbUtilPct` and `overload.rrcSetupFailPct`: the degraded
 * period the Experience view's KPI evidence finds. Values carry an OSS export's resolution (0.1 %, 0.01 %).
 */
export function generateDemoKpis(cells: readonly NewCell[], kpi: DemoSpec['kpi'], overload: Overload, random: SeededRandom): DemoKpiSeries {
  const fromMs = Date.parse(kpi.fromUtc)
  const overloadFromMs = Date.parse(overload.fromUtc)
  const overloadToMs = Date.parse(overload.toUtc)
  const overloaded = new Set(overload.cells)
  const records: KpiValueRecord[] = []
  const utilByCell = new Map<string, number[]>()
  for (const cell of cells) {
    const busyPct = random.uniform(...kpi.busyHourPrbUtilPct)
    const util: number[] = []
    const fail: number[] = []
    for (let h = 0; h < kpi.hours; h++) {
      const timeMs = fromMs + h * hourMs
      const localHour = (new Date(timeMs).getUTCHours() + localOffsetHours) % 24
      const wiggle = 1 + loadWiggle * Math.max(-2, Math.min(2, random.normal()))
      const crowded = overloaded.has(cell.name) && timeMs >= overloadFromMs && timeMs < overloadToMs
      util.push(roundTo(crowded ? random.uniform(...overload.dlPrbUtilPct) : busyPct * (loadByLocalHour[localHour] as number) * wiggle, 1))
      fail.push(roundTo(crowded ? random.uniform(...overload.rrcSetupFailPct) : random.uniform(...kpi.rrcSetupFailPct), 2))
    }
    utilByCell.set(cell.name, util)
    const series = (counter: string, values: readonly number[]): void => {
      values.forEach((value, h) => records.push({ cell: cell.name, timeMs: fromMs + h * hourMs, counter, unit: '%', value }))
    }
    series(demoKpiCounters.dlPrbUtil, util)
    series(demoKpiCounters.rrcSetupFail, fail)
  }
  return {
    records,
    prbUtilPctAt: (cell, timeMs) => utilByCell.get(cell)?.[Math.floor((timeMs - fromMs) / hourMs)],
  }
}
