import * as echarts from 'echarts'
import { reportFontFamily } from './verdictMapSvg.js'

/** One line of a CDF chart: a name (e.g. "120 m") and the values, non-finite ones skipped. */
export interface CdfSeries {
  name: string
  values: ArrayLike<number>
}

export interface CdfChartInput {
  /** Axis name of the values, with the unit (e.g. "UL SINR (dB)"). */
  axisName: string
  /** The axis name of the share ("share of points"). */
  shareName: string
  series: readonly CdfSeries[]
  /** A vertical line at the target, labelled. */
  target?: { value: number; label: string }
  widthPx: number
  heightPx: number
}

/** At most this many steps per CDF line: enough for a smooth curve, small in the document. */
export const cdfMaxSteps = 200

const palette = ['#1565c0', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#558b2f', '#4e342e', '#37474f']

/**
 * The empirical CDF of the finite values as [value, percent ≤ value] pairs, ascending, thinned to at
 * most `maxSteps` evenly spaced ranks (the first and last kept).
 */
export function empiricalCdf(values: ArrayLike<number>, maxSteps = cdfMaxSteps): [number, number][] {
  const sorted = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b)
  const n = sorted.length
  if (n === 0) return []
  const stride = Math.max(1, Math.ceil(n / maxSteps))
  const out: [number, number][] = []
  for (let i = 0; i < n; i += stride) out.push([sorted[i] as number, (100 * (i + 1)) / n])
  if (out[out.length - 1]?.[1] !== 100) out.push([sorted[n - 1] as number, 100])
  return out
}

/** Renders an ECharts option to an SVG string on the server (no DOM), then frees the chart. */
function renderSvg(option: echarts.EChartsCoreOption, widthPx: number, heightPx: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: widthPx, height: heightPx })
  try {
    chart.setOption({ animation: false, color: palette, textStyle: { fontFamily: reportFontFamily }, backgroundColor: '#ffffff', ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/**
 * The value axis spans the data and the target, so that a target far from every value still shows
 * how far off it is; ECharts rounds the ends to nice numbers.
 */
function valueRange(input: CdfChartInput): { min?: number; max?: number; scale: boolean } {
  if (input.target === undefined) return { scale: true }
  let low = input.target.value
  let high = input.target.value
  for (const s of input.series) {
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i] as number
      if (Number.isFinite(v)) {
        low = Math.min(low, v)
        high = Math.max(high, v)
      }
    }
  }
  const marginValue = 0.05 * (high - low || 1)
  return { scale: true, min: niceFloor(low - marginValue), max: niceCeil(high + marginValue) }
}

const niceStep = (value: number): number => 10 ** Math.floor(Math.log10(Math.abs(value) || 1))
const niceFloor = (value: number): number => Math.floor(value / niceStep(value)) * niceStep(value)
const niceCeil = (value: number): number => Math.ceil(value / niceStep(value)) * niceStep(value)

/** A CDF chart (one step line per series, e.g. per altitude) with the target as a vertical line; SVG. */
export function cdfChartSvg(input: CdfChartInput): string {
  const series = input.series.map((s, i) => ({
    name: s.name,
    type: 'line',
    step: 'end',
    showSymbol: false,
    lineStyle: { width: 1.6 },
    data: empiricalCdf(s.values),
    ...(i === 0 && input.target !== undefined
      ? { markLine: { symbol: 'none', silent: true, lineStyle: { color: '#c62828', type: 'dashed' }, label: { formatter: input.target.label, fontSize: 9, position: 'insideEndTop', color: '#c62828' }, data: [{ xAxis: input.target.value }] } }
      : {}),
  }))
  return renderSvg(
    {
      legend: { bottom: 0, textStyle: { fontSize: 9 } },
      grid: { left: 48, right: 18, top: 28, bottom: 52 },
      xAxis: { type: 'value', name: input.axisName, nameLocation: 'middle', nameGap: 22, ...valueRange(input), nameTextStyle: { fontSize: 9 }, axisLabel: { fontSize: 9 } },
      yAxis: { type: 'value', min: 0, max: 100, name: `${input.shareName} (%)`, axisLine: { onZero: false }, nameTextStyle: { fontSize: 9 }, axisLabel: { fontSize: 9 } },
      series,
    },
    input.widthPx,
    input.heightPx,
  )
}

export interface BarChartInput {
  categories: readonly string[]
  /** One bar series per altitude, a value (percent) per category; null where the category is absent. */
  series: readonly { name: string; values: readonly (number | null)[] }[]
  valueName: string
  widthPx: number
  heightPx: number
}

/** Grouped bars, one group per segment and one bar per series (altitude), percent 0…100; SVG. */
export function barChartSvg(input: BarChartInput): string {
  return renderSvg(
    {
      legend: { bottom: 0, textStyle: { fontSize: 9 } },
      grid: { left: 48, right: 18, top: 28, bottom: 64 },
      xAxis: { type: 'category', data: [...input.categories], axisLabel: { fontSize: 8, rotate: 45, interval: 'auto' } },
      yAxis: { type: 'value', min: 0, max: 100, name: `${input.valueName} (%)`, nameTextStyle: { fontSize: 9 }, axisLabel: { fontSize: 9 } },
      series: input.series.map((s) => ({ name: s.name, type: 'bar', barGap: '10%', data: [...s.values] })),
    },
    input.widthPx,
    input.heightPx,
  )
}
