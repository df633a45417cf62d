import type { PickingInfo } from '@deck.gl/core'
import type { Area, Route, SampleMetric } from '../../../core/api/schemas/layerSchemas.js'
import type { CellWedge } from './layers/cellsLayer.js'
import { nearestAltitudeM } from './layers/routesLayer.js'
import { formatLimit, metricSchemes } from './metricClasses.js'

/** The translate function the tooltip needs (vue-i18n's `t`, narrowed). */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** What the tooltip reads beyond the picked object: the metric values of the samples on the map. */
export interface TooltipContext {
  t: Translate
  samples: () => { metric: SampleMetric; values: Float32Array } | null
}

export interface TooltipContent {
  html: string
  className: string
  style: Partial<CSSStyleDeclaration>
}

/** deck.gl sets inline defaults on its tooltip element, so ours go inline too (the table inside is styled in CSS). */
const tooltipStyle: Partial<CSSStyleDeclaration> = {
  backgroundColor: 'rgba(24, 29, 37, 0.94)',
  color: '#e6eaf0',
  padding: '8px 10px',
  borderRadius: '4px',
  fontSize: '12px',
  lineHeight: '1.45',
  margin: '14px 0 0 14px',
  boxShadow: '0 4px 14px rgba(0, 0, 0, 0.25)',
  maxWidth: '320px',
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** A number rounded to `decimals`, printed as the legend prints it (true minus sign). */
export const fixed = (value: number, decimals: number): string => formatLimit(Number(value.toFixed(decimals)))

/** A tooltip card: a title over a two-column table of label and value (all text escaped). */
export function card(title: string, rows: [string, string][]): TooltipContent {
  const body = rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')
  return { className: 'map-tooltip', style: tooltipStyle, html: `<div class="map-tooltip__title">${escapeHtml(title)}</div><table>${body}</table>` }
}

/** Builds deck.gl's `getTooltip`: a small table for a hovered cell, sample, route or task area. */
export function createTooltip({ t, samples }: TooltipContext) {
  const orNa = (value: number | null, unit: string, decimals = 0): string =>
    value === null ? t('map.tooltip.notAvailable') : `${fixed(value, decimals)} ${unit}`.trim()

  return (info: PickingInfo): TooltipContent | null => {
    if (!info.picked || info.layer === null || info.layer === undefined) return null
    switch (info.layer.id) {
      case 'cells': {
        const { cell } = info.object as CellWedge
        return card(`${t('map.tooltip.cell')} ${cell.name}`, [
          [t('map.tooltip.site'), cell.site],
          [t('map.tooltip.pci'), cell.pci === null ? t('map.tooltip.notAvailable') : String(cell.pci)],
          [t('map.tooltip.band'), cell.band ?? t('map.tooltip.notAvailable')],
          [t('map.tooltip.azimuth'), `${fixed(cell.azimuthDeg, 0)}°`],
          [t('map.tooltip.tilt'), `${fixed(cell.mechanicalTiltDeg, 1)}° + ${fixed(cell.electricalTiltDeg, 1)}°`],
          [t('map.tooltip.height'), `${fixed(cell.heightM, 1)} m`],
          [t('map.tooltip.power'), orNa(cell.txPowerDbm, 'dBm', 1)],
          ...(cell.label === null ? [] : [[t('map.tooltip.label'), cell.label] as [string, string]]),
          // Values the source did not give are planning defaults: say so where the engineer reads them.
          ...(cell.defaulted.length === 0 ? [] : [[t('map.tooltip.defaulted'), cell.defaulted.join(', ')] as [string, string]]),
        ])
      }
      case 'samples': {
        const layer = samples()
        const value = layer?.values[info.index]
        if (layer === null || value === undefined) return null
        const { unit } = metricSchemes[layer.metric]
        const shown = Number.isNaN(value) ? t('map.legend.noValue') : `${fixed(value, 1)} ${unit}`.trim()
        return card(`${t('map.tooltip.sample')} #${info.index + 1}`, [[t(`map.metrics.${layer.metric}`), shown]])
      }
      case 'routes': {
        const route = info.object as Route
        const [lon, lat] = info.coordinate ?? [Number.NaN, Number.NaN]
        const altitudeM = lon === undefined || lat === undefined ? null : nearestAltitudeM(route, lon, lat)
        return card(`${t('map.tooltip.route')} ${route.name}`, [
          [t('map.tooltip.altitude'), `${orNa(altitudeM, 'm')} ${route.altitudeRef}`],
          [t('map.tooltip.length'), `${fixed(route.lengthM / 1000, 2)} km`],
        ])
      }
      case 'area': {
        const area = info.object as Area
        return card(`${t('map.tooltip.area')} ${area.name}`, [
          [t('map.tooltip.band3d'), `${fixed(area.minAltitudeM, 0)}–${fixed(area.maxAltitudeM, 0)} m ${area.altitudeRef}`],
        ])
      }
      default:
        return null
    }
  }
}
