import { describe, expect, it } from 'vitest'
import { groupsOption, histogramBins, histogramOption, isBadValue, kqiChartColours, seriesOption, type KqiChartText } from './kqiChartOptions.js'
import { kqiDashboard } from './testing/experienceFixtures.js'

const text: KqiChartText = {
  valueAxis: 'dlMbps (Mbit/s)', countAxis: 'Values', good: 'Good', bad: 'Bad (below 10 Mbit/s)', threshold: 'Threshold 10 Mbit/s',
  seriesAxis: 'Time', seriesName: 'dlMbps', groupAxis: 'technology', medianName: 'Median', countOf: (count) => `${count} values`, format: String,
}

/** The option's series as plain records (ECharts' option types are unions). */
const seriesOf = (option: ReturnType<typeof histogramOption>) => option.series as Record<string, unknown>[]

describe('isBadValue', () => {
  it('is below the threshold for a rate and above it for a delay; the threshold itself is not bad', () => {
    expect(isBadValue(9.9, 10, 'lower')).toBe(true)
    expect(isBadValue(10, 10, 'lower')).toBe(false)
    expect(isBadValue(150, 100, 'higher')).toBe(true)
    expect(isBadValue(100, 100, 'higher')).toBe(false)
  })
})

describe('histogramBins', () => {
  it('pairs each count with its [low, high) edges and flags the bins whose middle is on the bad side', () => {
    expect(histogramBins(kqiDashboard('dlMbps'))).toEqual([
      { low: 0, high: 5, count: 3, bad: true },
      { low: 5, high: 10, count: 2, bad: true },
      { low: 10, high: 20, count: 10, bad: false },
      { low: 20, high: 40, count: 5, bad: false },
    ])
  })
})

describe('histogramOption', () => {
  const option = histogramOption(kqiDashboard('dlMbps'), text)
  it('stacks a good and a bad bar series at the bin middles, each bin counted on one side only', () => {
    const [good, bad] = seriesOf(option)
    expect(good).toMatchObject({ type: 'bar', name: 'Good', stack: 'bins', itemStyle: { color: kqiChartColours.good } })
    expect(good?.data).toEqual([[2.5, 0], [7.5, 0], [15, 10], [30, 5]])
    expect(bad?.data).toEqual([[2.5, 3], [7.5, 2], [15, 0], [30, 0]])
  })
  it('marks the threshold as a vertical line at its value, labelled, and names the axes with the unit', () => {
    const [, bad] = seriesOf(option)
    expect(bad?.markLine).toMatchObject({ data: [{ xAxis: 10 }], label: { formatter: 'Threshold 10 Mbit/s' } })
    expect(option.xAxis).toMatchObject({ type: 'value', name: 'dlMbps (Mbit/s)' })
    // The threshold is inside the values: ECharts picks the round ends itself.
    expect(option.xAxis).not.toHaveProperty('min')
    expect(option.yAxis).toMatchObject({ name: 'Values' })
    expect(option.legend).toMatchObject({ data: ['Good', 'Bad (below 10 Mbit/s)'] })
  })
  it('widens the value axis to show a threshold outside the data', () => {
    const far = histogramOption(kqiDashboard('rttMs', { badThreshold: 100, badDirection: 'higher' }), text)
    expect(far.xAxis).toMatchObject({ min: 0, max: 100 })
    const below = histogramOption(kqiDashboard('dlMbps', { badThreshold: 55 }), text)
    expect(below.xAxis).toMatchObject({ min: 0, max: 60 })
  })
  it('tells the bin range and count in the tooltip', () => {
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter
    expect(formatter([{ dataIndex: 2 }])).toBe('10 – 20<br/>10 values')
  })
})

describe('seriesOption', () => {
  it('draws the values on a time axis for timed rows, with the threshold as a horizontal line', () => {
    const option = seriesOption(kqiDashboard('dlMbps'), text)
    expect(option.xAxis).toMatchObject({ type: 'time', name: 'Time' })
    const [line] = seriesOf(option)
    expect(line?.data).toEqual([[1_700_000_000_000, 12], [1_700_000_001_000, 4], [1_700_000_002_000, 30]])
    expect(line?.markLine).toMatchObject({ data: [{ yAxis: 10 }] })
  })
  it('uses a value axis for sequence numbers and row indices', () => {
    const dashboard = kqiDashboard('rttMs', { series: { kind: 'seq', x: [1, 2], values: [50, 60] } })
    expect(seriesOption(dashboard, text).xAxis).toMatchObject({ type: 'value' })
  })
})

describe('groupsOption', () => {
  it('draws the median per group as bars on a category axis, a median on the bad side in the bad colour', () => {
    const option = groupsOption(kqiDashboard('dlMbps'), text)
    expect(option.xAxis).toMatchObject({ type: 'category', name: 'technology', data: ['NR', 'LTE'] })
    const [bars] = seriesOf(option)
    expect(bars?.data).toEqual([
      { value: 25, itemStyle: { color: kqiChartColours.good } },
      { value: 6, itemStyle: { color: kqiChartColours.bad } },
    ])
  })
})
