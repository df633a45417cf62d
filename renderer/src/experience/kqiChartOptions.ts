import type { BadDirection, KqiDashboard } from '../../../core/api/schemas/experienceModelSchemas.js'
import { niceRange } from './niceRange.js'
import type { ChartOption } from './useChart.js'

/** Bars on the good side of the threshold and on the bad side, and the threshold line. */
export const kqiChartColours = { good: '#3f7fd1', bad: '#d6604d', threshold: '#b3261e', line: '#3f7fd1' } as const

/** The words and number format of the KQI charts, in the UI language. */
export interface KqiChartText {
  /** The KQI with its unit, for the value axis: "dlMbps (Mbit/s)". */
  valueAxis: string
  /** Axis name of the counts: "Values". */
  countAxis: string
  /** Legend of the bars on each side of the threshold. */
  good: string
  bad: string
  /** Label of the threshold line: "Bad threshold 10 Mbit/s". */
  threshold: string
  /** Axis name of the series' x: time, sequence number or row. */
  seriesAxis: string
  /** Legend of the series line. */
  seriesName: string
  /** Axis name of the groups (the grouping column) and legend of the medians. */
  groupAxis: string
  medianName: string
  /** "{count} values" in a tooltip. */
  countOf: (count: number) => string
  /** A number in the UI language, about three significant digits. */
  format: (value: number) => string
}

/** True when a value lies on the bad side of the threshold (below it for a rate, above it for a delay). */
export const isBadValue = (value: number, threshold: number, direction: BadDirection): boolean =>
  direction === 'lower' ? value < threshold : value > threshold

const thresholdLine = (axis: 'xAxis' | 'yAxis', value: number, label: string) => ({
  silent: true,
  symbol: 'none',
  lineStyle: { color: kqiChartColours.threshold, type: 'dashed' as const, width: 1.5 },
  // A vertical line is labelled above its top end, a horizontal one along its right end.
  label: { formatter: label, color: kqiChartColours.threshold, position: axis === 'xAxis' ? ('end' as const) : ('insideEndTop' as const) },
  data: [{ [axis]: value }],
})

const baseGrid = { left: 56, right: 18, top: 40, bottom: 40, containLabel: false }

/** One histogram bin: [low, high) and how many values fall in it. */
export interface HistogramBin {
  low: number
  high: number
  count: number
  bad: boolean
}

/** The dashboard's histogram as bins, each flagged when its middle is on the bad side of the threshold. */
export function histogramBins(dashboard: KqiDashboard): HistogramBin[] {
  const { edges, counts } = dashboard.histogram
  return counts.map((count, i) => {
    const low = edges[i] as number
    const high = edges[i + 1] as number
    return { low, high, count, bad: isBadValue((low + high) / 2, dashboard.badThreshold, dashboard.badDirection) }
  })
}

/**
 * The histogram: one bar per bin on a value axis (so the threshold line sits at its value), bars on the
 * bad side in the "bad" colour, a legend naming both sides, a tooltip with the bin's range and count.
 */
export function histogramOption(dashboard: KqiDashboard, text: KqiChartText): ChartOption {
  const bins = histogramBins(dashboard)
  const point = (bin: HistogramBin, bad: boolean): [number, number] => [(bin.low + bin.high) / 2, bin.bad === bad ? bin.count : 0]
  const low = bins[0]?.low ?? 0
  const high = bins[bins.length - 1]?.high ?? 1
  const bar = (name: string, bad: boolean, colour: string) => ({
    type: 'bar' as const,
    name,
    stack: 'bins',
    barWidth: '96%',
    itemStyle: { color: colour },
    data: bins.map((bin) => point(bin, bad)),
  })
  return {
    grid: baseGrid,
    legend: { top: 0, right: 0, data: [text.good, text.bad] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined
        const bin = bins[first?.dataIndex ?? -1]
        return bin === undefined ? '' : `${text.format(bin.low)} – ${text.format(bin.high)}<br/>${text.countOf(bin.count)}`
      },
    },
    xAxis: {
      type: 'value',
      name: text.valueAxis,
      nameLocation: 'middle',
      nameGap: 26,
      // ECharts' round ends, widened (to round numbers too) only when the threshold lies outside the values.
      ...(dashboard.badThreshold < low || dashboard.badThreshold > high
        ? (([min, max]) => ({ min, max }))(niceRange(Math.min(low, dashboard.badThreshold), Math.max(high, dashboard.badThreshold)))
        : {}),
      axisLabel: { formatter: (value: number) => text.format(value) },
    },
    // The count's name along the axis: the threshold's label takes the top left when the threshold is the lowest value.
    yAxis: { type: 'value', name: text.countAxis, nameLocation: 'middle', nameGap: 40 },
    series: [bar(text.good, false, kqiChartColours.good), { ...bar(text.bad, true, kqiChartColours.bad), markLine: thresholdLine('xAxis', dashboard.badThreshold, text.threshold) }],
  }
}

/** The values in order (time, sequence or row), with the threshold as a dashed line; zoom with the wheel. */
export function seriesOption(dashboard: KqiDashboard, text: KqiChartText): ChartOption {
  const { kind, x, values } = dashboard.series
  return {
    grid: baseGrid,
    legend: { top: 0, right: 0, data: [text.seriesName] },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? text.format(value) : String(value)) },
    dataZoom: [{ type: 'inside' }],
    xAxis: {
      type: kind === 'time' ? 'time' : 'value',
      name: text.seriesAxis,
      nameLocation: 'middle',
      nameGap: 26,
      scale: true,
    },
    yAxis: { type: 'value', name: text.valueAxis, nameTextStyle: { align: 'left' }, scale: true },
    series: [
      {
        type: 'line',
        name: text.seriesName,
        showSymbol: false,
        sampling: 'lttb',
        lineStyle: { width: 1.2, color: kqiChartColours.line },
        itemStyle: { color: kqiChartColours.line },
        data: values.map((value, i) => [x[i] as number, value]),
        markLine: thresholdLine('yAxis', dashboard.badThreshold, text.threshold),
      },
    ],
  }
}

/** The median per group as bars (bad-side medians in the "bad" colour), the threshold across, counts in the tooltip. */
export function groupsOption(dashboard: KqiDashboard, text: KqiChartText): ChartOption {
  const { levels } = dashboard.groups
  return {
    grid: { ...baseGrid, bottom: 52 },
    legend: { top: 0, right: 0, data: [text.medianName] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined
        const level = levels[first?.dataIndex ?? -1]
        return level === undefined ? '' : `${level.label}<br/>${text.medianName}: ${text.format(level.median)}<br/>${text.countOf(level.count)}`
      },
    },
    xAxis: {
      type: 'category',
      name: text.groupAxis,
      nameLocation: 'middle',
      nameGap: 36,
      data: levels.map((level) => level.label),
      axisLabel: { interval: 0, hideOverlap: true },
    },
    yAxis: { type: 'value', name: text.valueAxis, nameTextStyle: { align: 'left' } },
    series: [
      {
        type: 'bar',
        name: text.medianName,
        itemStyle: { color: kqiChartColours.good },
        barMaxWidth: 48,
        data: levels.map((level) => ({
          value: level.median,
          itemStyle: { color: isBadValue(level.median, dashboard.badThreshold, dashboard.badDirection) ? kqiChartColours.bad : kqiChartColours.good },
        })),
        markLine: thresholdLine('yAxis', dashboard.badThreshold, text.threshold),
      },
    ],
  }
}
