import type { FeasibilityResult } from '../api/schemas/feasibilitySchemas.js'
import type { Cell } from '../api/schemas/networkSchemas.js'
import type { SlaTargets } from '../api/schemas/slaSchemas.js'
import { barChartSvg, cdfChartSvg } from './reportCharts.js'
import type { ReportLabels } from './reportLabels.js'
import { verdictMapSvg } from './verdictMapSvg.js'

/** A drawing of the report: an SVG document and its size in CSS pixels (1/96 in; the PDF scales it to the text width). */
export interface ReportFigure {
  kind: 'figure'
  title: string
  svg: string
  widthPx: number
  heightPx: number
  caption?: string
}

export interface FigureInput {
  labels: ReportLabels
  targets: SlaTargets
  feasibility: FeasibilityResult
  cells: readonly Cell[]
  /** The checked area's ring, [lon, lat] degrees; omitted for a route. */
  areaRing?: readonly (readonly [number, number])[]
}

const mapSize = { widthPx: 640, heightPx: 420 }
const chartSize = { widthPx: 640, heightPx: 300 }

/** The columns of altitude layer `layer` (points are stored layer after layer). */
function layerRange(feasibility: FeasibilityResult, layer: number): { from: number; to: number } {
  const n = feasibility.points.count / Math.max(1, feasibility.altitudesM.length)
  return { from: layer * n, to: (layer + 1) * n }
}

/** One verdict map per altitude, the cells serving that altitude's offending segments named. */
export function verdictMaps(input: FigureInput): ReportFigure[] {
  const { feasibility: result, labels } = input
  const legend = { pass: labels.passPoint, marginal: labels.marginal, fail: labels.failPoint, 'no-data': labels.noData }
  return result.altitudesM.map((altitudeM, layer) => {
    const { from, to } = layerRange(result, layer)
    const lon = new Float64Array(to - from)
    const lat = new Float64Array(to - from)
    for (let i = from; i < to; i++) {
      lon[i - from] = result.points.positions[2 * i] as number
      lat[i - from] = result.points.positions[2 * i + 1] as number
    }
    const highlightCells = new Set(result.summary.worstSegments.filter((s) => s.altitudeM === altitudeM).flatMap((s) => s.servingCells.map((c) => c.name)))
    const svg = verdictMapSvg({
      lon,
      lat,
      verdict: result.points.verdict.subarray(from, to),
      joinPoints: result.target.kind === 'route',
      ...(input.areaRing === undefined ? {} : { ring: input.areaRing }),
      cells: input.cells,
      highlightCells,
      legend,
      ...mapSize,
    })
    return { kind: 'figure' as const, title: `${labels.mapAt} ${altitudeM} m`, svg, ...mapSize, caption: labels.mapCaption }
  })
}

/** SINR and UL throughput CDFs per altitude (target lines from the SLA's targets), then the per-segment bars. */
export function reportCharts(input: FigureInput): ReportFigure[] {
  const { feasibility: result, labels, targets } = input
  const perAltitude = (column: Float32Array) => result.altitudesM.map((altitudeM, layer) => ({ name: `${altitudeM} m`, values: column.subarray(layerRange(result, layer).from, layerRange(result, layer).to) }))
  const targetLine = (id: string) => {
    const t = targets.targets.find((x) => x.id === id)
    return t === undefined ? {} : { target: { value: t.value, label: `${labels.target} ${Number(t.value.toPrecision(3))} ${t.unit}` } }
  }
  const cdf = (title: string, axisName: string, column: Float32Array, targetId: string): ReportFigure => {
    const svg = cdfChartSvg({ axisName, shareName: labels.shareOfPoints, series: perAltitude(column), ...targetLine(targetId), ...chartSize })
    return { kind: 'figure', title, svg, ...chartSize }
  }
  return [
    cdf(labels.ulSinrCdf, 'UL SINR (dB)', result.points.ulSinrDb, 'ul-sinr'),
    cdf(labels.dlSinrCdf, 'DL SINR (dB)', result.points.dlSinrDb, 'dl-sinr'),
    cdf(labels.ulThroughputCdf, 'UL (Mbit/s)', result.points.ulMbps, 'ul-throughput'),
    segmentBars(input),
  ]
}

/** Per segment and altitude: the share of its points that fail or have no data, percent. */
function segmentBars(input: FigureInput): ReportFigure {
  const { feasibility: result, labels } = input
  const where = (s: FeasibilityResult['segments'][number]): string =>
    s.fromM === null ? `${s.block?.column ?? '?'},${s.block?.row ?? '?'}` : `${Math.round(s.fromM)}–${Math.round(s.toM ?? s.fromM)}`
  const categories = [...new Set(result.segments.map(where))]
  const series = result.altitudesM.map((altitudeM) => {
    const byWhere = new Map(result.segments.filter((s) => s.altitudeM === altitudeM).map((s) => [where(s), (100 * (s.counts.fail + s.counts.noData)) / s.points]))
    return { name: `${altitudeM} m`, values: categories.map((c) => byWhere.get(c) ?? null) }
  })
  const title = labels.segmentBars
  const svg = barChartSvg({ categories, series, valueName: `${labels.failPoint} + ${labels.noData}`, ...chartSize })
  return { kind: 'figure', title, svg, ...chartSize, caption: result.target.kind === 'route' ? `${labels.segment}: m` : `${labels.segment}: column,row` }
}

