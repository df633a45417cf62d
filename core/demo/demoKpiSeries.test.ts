import { describe, expect, it } from 'vitest'
import { detectDegradation } from '../experience/problems/detectDegradation.js'
import { demoKpiCounters, generateDemoKpis } from './demoKpiSeries.js'
import { demoSpec } from './demoSpec.js'
import { generateDemoNetwork } from './generateDemoNetwork.js'
import { createSeededRandom } from './seededRandom.js'

const network = generateDemoNetwork()
const { cells } = network
const kpi = demoSpec.kpi
const overload = demoSpec.stories.overloadedCells
/** The demo's own series: its seed, its KPI stream (8, generateDemoNetwork). */
const series = generateDemoKpis(cells, kpi, overload, createSeededRandom(demoSpec.seed, 8))
const hourMs = 3_600_000
const inOverload = (timeMs: number): boolean => timeMs >= Date.parse(overload.fromUtc) && timeMs < Date.parse(overload.toUtc)
const valuesOf = (cell: string, counter: string): number[] =>
  series.records.filter((r) => r.cell === cell && r.counter === counter).map((r) => r.value as number)

describe('generateDemoKpis', () => {
  it('is the series the demo holds', () => {
    expect(series.records).toEqual(network.kpis)
  })

  it('gives every cell one dlPrbUtilPct and one rrcSetupFailPct value per hour, in %, starting at kpi.fromUtc', () => {
    expect(series.records).toHaveLength(cells.length * 2 * kpi.hours)
    expect(new Set(series.records.map((r) => r.counter))).toEqual(new Set(Object.values(demoKpiCounters)))
    expect(series.records.every((r) => r.unit === '%')).toBe(true)
    const times = series.records.map((r) => r.timeMs)
    expect(Math.min(...times)).toBe(Date.parse(kpi.fromUtc))
    expect(Math.max(...times)).toBe(Date.parse(kpi.fromUtc) + (kpi.hours - 1) * hourMs)
  })

  it('keeps ordinary cells within their busy-hour level (±10 %) and failures within the spec range', () => {
    const [, maxBusyPct] = kpi.busyHourPrbUtilPct
    for (const r of series.records) {
      if (overload.cells.includes(r.cell) && inOverload(r.timeMs)) continue
      if (r.counter === demoKpiCounters.dlPrbUtil) expect(r.value).toBeLessThanOrEqual(maxBusyPct * 1.1)
      else expect(r.value).toBeGreaterThanOrEqual(kpi.rrcSetupFailPct[0])
    }
  })

  it('overloads the story cells in the story hours, and change detection flags both counters there and on no other cell', () => {
    for (const r of series.records.filter((x) => overload.cells.includes(x.cell) && inOverload(x.timeMs))) {
      const range = r.counter === demoKpiCounters.dlPrbUtil ? overload.dlPrbUtilPct : overload.rrcSetupFailPct
      expect(r.value).toBeGreaterThanOrEqual(range[0])
      expect(r.value).toBeLessThanOrEqual(range[1])
    }
    for (const cell of cells) {
      for (const counter of Object.values(demoKpiCounters)) {
        const periods = detectDegradation(valuesOf(cell.name, counter), { worse: 'higher' }).periods
        expect(periods.length > 0, `${cell.name} ${counter}`).toBe(overload.cells.includes(cell.name))
      }
    }
  })

  it('answers the PRB utilisation of the hour holding a time, and undefined outside the series', () => {
    const [cell] = cells
    const at = Date.parse(kpi.fromUtc) + 5 * hourMs
    expect(series.prbUtilPctAt(cell!.name, at + 1_800_000)).toBe(valuesOf(cell!.name, demoKpiCounters.dlPrbUtil)[5])
    expect(series.prbUtilPctAt(cell!.name, Date.parse(kpi.fromUtc) - 1)).toBeUndefined()
    expect(series.prbUtilPctAt('no such cell', at)).toBeUndefined()
  })
})
