import type { PickingInfo } from '@deck.gl/core'
import type { CalibrationResult, CoverageLayer, CoverageMetric } from '../../../core/api/schemas/coverageSchemas.js'
import { coverageSchemes } from './coverageClasses.js'
import type { BeamWedge } from './layers/beamsLayer.js'
import { coverageLayerIds } from './layers/coverageLayer.js'
import { card, fixed, type TooltipContent, type Translate } from './tooltip.js'

/** What the coverage tooltips read beyond the picked index: the layer on show, cell names, the residuals. */
export interface CoverageTooltipContext {
  t: Translate
  coverage: () => { layer: CoverageLayer; metric: CoverageMetric } | null
  /** A cell's name by its id (the serving cell of a point); null when the project has no such cell. */
  cellName: (cellId: number) => string | null
  residuals: () => CalibrationResult['residuals'] | null
}

/** Decimals each metric is shown with in a tooltip (at most 1: see formatLimit). */
const decimals: Record<CoverageMetric, number> = {
  rsrpDbm: 1, dlSinrDb: 1, ulSinrDb: 1, dlMbps: 1, ulMbps: 1, coverageProbability: 1, bestBeam: 0,
}

/** The metrics listed for a hovered point, the one on show first. */
const listed: readonly CoverageMetric[] = ['rsrpDbm', 'dlSinrDb', 'ulSinrDb', 'dlMbps', 'ulMbps', 'coverageProbability']

/** One metric of point `index` as text with its unit; "no cell in range" for NaN. */
function metricText(t: Translate, layer: CoverageLayer, metric: CoverageMetric, index: number): string {
  if (metric === 'bestBeam') {
    const beam = layer.bestBeam[index] ?? -1
    return beam < 0 ? t('coverage.tooltip.noCell') : t('coverage.tooltip.beamIndex', { index: beam })
  }
  const raw = layer[metric][index] ?? Number.NaN
  if (Number.isNaN(raw)) return t('coverage.tooltip.noCell')
  const value = metric === 'coverageProbability' ? 100 * raw : raw
  return `${fixed(value, decimals[metric])} ${coverageSchemes[metric].unit}`.trim()
}

function coverageCard(context: CoverageTooltipContext, index: number): TooltipContent | null {
  const { t } = context
  const shown = context.coverage()
  if (shown === null || index < 0 || index >= shown.layer.count) return null
  const { layer, metric } = shown
  const cellId = layer.bestCellId[index] ?? -1
  const cell = cellId < 0 ? t('coverage.tooltip.noCell') : (context.cellName(cellId) ?? `#${cellId}`)
  const beam = layer.bestBeam[index] ?? -1
  const along = layer.alongM?.[index]
  // The beam has its own row below; any other metric on show comes first.
  const order = metric === 'bestBeam' ? listed : [metric, ...listed.filter((m) => m !== metric)]
  return card(t('coverage.tooltip.title', { altitude: fixed(layer.altitudeM, 1) }), [
    ...order.map((m): [string, string] => [t(`coverage.metrics.${m}`), metricText(t, layer, m, index)]),
    [t('coverage.tooltip.servingCell'), cell],
    [t('coverage.tooltip.beam'), beam < 0 ? t('coverage.tooltip.noCell') : String(beam)],
    ...(along === undefined ? [] : [[t('coverage.tooltip.along'), `${fixed(along / 1000, 1)} km`] as [string, string]]),
  ])
}

function residualCard(context: CoverageTooltipContext, index: number): TooltipContent | null {
  const { t } = context
  const residuals = context.residuals()
  if (residuals === null || index < 0 || index >= residuals.count) return null
  const dB = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? t('map.tooltip.notAvailable') : `${fixed(value, 1)} dB`)
  return card(t('calibration.tooltip.title', { index: index + 1 }), [
    [t('calibration.tooltip.before'), dB(residuals.beforeDb[index])],
    [t('calibration.tooltip.after'), dB(residuals.afterDb[index])],
    [t('map.tooltip.altitude'), `${fixed(residuals.altitudesM[index] ?? Number.NaN, 0)} m`],
  ])
}

function beamCard(t: Translate, { cell, beam, azimuthDeg }: BeamWedge): TooltipContent {
  return card(t('coverage.tooltip.beamTitle', { cell: cell.name, index: beam.index }), [
    [t('map.tooltip.azimuth'), `${fixed(azimuthDeg, 1)}° (${fixed(beam.azimuthOffsetDeg, 1)}°)`],
    [t('coverage.tooltip.elevation'), `${fixed(beam.elevationDeg, 1)}°`],
    [t('coverage.tooltip.beamwidth'), `${fixed(beam.hBeamwidthDeg, 1)}° × ${fixed(beam.vBeamwidthDeg, 1)}°`],
    [t('coverage.tooltip.gain'), `${fixed(beam.gainDbi, 1)} dBi`],
  ])
}

/**
 * Tooltips of the coverage layers: a hovered coverage point (every metric with its unit, serving cell,
 * SSB beam), a residual sample (before and after calibration), an SSB beam wedge. Returns null for
 * any other layer, so it can be tried before the map's other tooltips.
 */
export function createCoverageTooltip(context: CoverageTooltipContext) {
  return (info: PickingInfo): TooltipContent | null => {
    if (!info.picked || info.layer === null || info.layer === undefined) return null
    switch (info.layer.id) {
      case coverageLayerIds.area:
      case coverageLayerIds.route:
        return coverageCard(context, info.index)
      case 'residuals':
        return residualCard(context, info.index)
      case 'beams':
        return beamCard(context.t, info.object as BeamWedge)
      default:
        return null
    }
  }
}
