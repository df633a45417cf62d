import type { ExperienceModelResult, ExplainedPrediction, KqiModelSummary } from '../../../core/api/schemas/experienceModelSchemas.js'
import { niceRange } from './niceRange.js'
import type { ChartOption } from './useChart.js'

/** Points, the y = x line, and the two signs of a contribution. */
export const modelChartColours = { points: 'rgba(63, 127, 209, 0.55)', identity: '#b3261e', importance: '#3f7fd1', raises: '#2e8b57', lowers: '#d6604d' } as const

/** The words and number format of the model charts, in the UI language. */
export interface ModelChartText {
  /** "Actual dlMbps (Mbit/s)" and "Predicted dlMbps (Mbit/s)". */
  actualAxis: string
  predictedAxis: string
  /** Legend: the hold-out rows and the y = x line. */
  holdout: string
  identity: string
  /** Axis of the importance: "Hold-out MAE increase when shuffled (Mbit/s)". */
  importanceAxis: string
  importanceName: string
  /** Axis of the attributions: "Contribution to the prediction (Mbit/s)"; legend of each sign. */
  contributionAxis: string
  raises: string
  lowers: string
  /** "{share} of the importance" in a tooltip. */
  shareOf: (share: number) => string
  format: (value: number) => string
}

/** The common range of both axes of the accuracy scatter, so that y = x is the diagonal; round ends. */
export function accuracyRange(holdout: ExperienceModelResult['holdout']): [number, number] {
  let low = Infinity
  let high = -Infinity
  for (const value of [...holdout.actual, ...holdout.predicted]) {
    if (!Number.isFinite(value)) continue
    low = Math.min(low, value)
    high = Math.max(high, value)
  }
  return Number.isFinite(low) ? niceRange(low, high) : [0, 1]
}

/** Predicted against actual on the hold-out rows, with the y = x line of a perfect model, on equal axes. */
export function accuracyOption(holdout: ExperienceModelResult['holdout'], text: ModelChartText): ChartOption {
  const [low, high] = accuracyRange(holdout)
  const axis = (name: string, gap: number) => ({
    type: 'value' as const,
    name,
    nameLocation: 'middle' as const,
    nameGap: gap,
    min: low,
    max: high,
    axisLabel: { formatter: (value: number) => text.format(value) },
  })
  return {
    grid: { left: 62, right: 18, top: 34, bottom: 44 },
    legend: { top: 0, right: 0, data: [text.holdout, text.identity] },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const { value, seriesName } = params as { value?: [number, number]; seriesName?: string }
        if (value === undefined || seriesName !== text.holdout) return ''
        return `${text.actualAxis}: ${text.format(value[0])}<br/>${text.predictedAxis}: ${text.format(value[1])}`
      },
    },
    xAxis: axis(text.actualAxis, 28),
    yAxis: axis(text.predictedAxis, 46),
    series: [
      {
        type: 'scatter',
        name: text.holdout,
        symbolSize: 4,
        large: holdout.actual.length > 1000,
        itemStyle: { color: modelChartColours.points },
        data: holdout.actual.map((actual, i) => [actual, holdout.predicted[i] as number]),
      },
      {
        type: 'line',
        name: text.identity,
        silent: true,
        showSymbol: false,
        lineStyle: { color: modelChartColours.identity, type: 'dashed', width: 1.5 },
        itemStyle: { color: modelChartColours.identity },
        data: [
          [low, low],
          [high, high],
        ],
      },
    ],
  }
}

/** Importance per source feature as horizontal bars, the most important on top; the share in the tooltip. */
export function importanceOption(importance: KqiModelSummary['importance'], text: ModelChartText): ChartOption {
  const sorted = [...importance].sort((a, b) => a.importance - b.importance)
  return {
    grid: { left: 120, right: 24, top: 28, bottom: 40 },
    legend: { top: 0, right: 0, data: [text.importanceName] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined
        const item = sorted[first?.dataIndex ?? -1]
        return item === undefined ? '' : `${item.feature}<br/>${text.importanceName}: ${text.format(item.importance)}<br/>${text.shareOf(item.share)}`
      },
    },
    xAxis: { type: 'value', name: text.importanceAxis, nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'category', data: sorted.map((item) => item.feature), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', name: text.importanceName, barMaxWidth: 18, itemStyle: { color: modelChartColours.importance }, data: sorted.map((item) => item.importance) }],
  }
}

/** A feature's label on the attribution chart: its name and the row's value ("sinrDb = 3.2"). */
export const attributionLabel = (feature: string, value: number | string | null, format: (value: number) => string): string =>
  value === null ? `${feature} = –` : `${feature} = ${typeof value === 'number' ? format(value) : value}`

/**
 * One explained prediction: a bar per feature, what it added to (right, green) or took from (left, red)
 * the prediction against the model's output at the reference input; largest effects on top.
 */
export function attributionOption(example: ExplainedPrediction, text: ModelChartText): ChartOption {
  const sorted = [...example.attributions].sort((a, b) => Math.abs(a.contribution) - Math.abs(b.contribution))
  const signed = (raises: boolean) => sorted.map((item) => ((item.contribution >= 0) === raises ? item.contribution : 0))
  const bar = (name: string, raises: boolean) => ({
    type: 'bar' as const,
    name,
    stack: 'contribution',
    barMaxWidth: 16,
    itemStyle: { color: raises ? modelChartColours.raises : modelChartColours.lowers },
    data: signed(raises),
  })
  return {
    grid: { left: 150, right: 24, top: 28, bottom: 40 },
    legend: { top: 0, right: 0, data: [text.raises, text.lowers] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined
        const item = sorted[first?.dataIndex ?? -1]
        return item === undefined ? '' : `${attributionLabel(item.feature, item.value, text.format)}<br/>${text.format(item.contribution)}`
      },
    },
    xAxis: { type: 'value', name: text.contributionAxis, nameLocation: 'middle', nameGap: 26 },
    yAxis: {
      type: 'category',
      data: sorted.map((item) => attributionLabel(item.feature, item.value, text.format)),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [bar(text.raises, true), bar(text.lowers, false)],
  }
}
