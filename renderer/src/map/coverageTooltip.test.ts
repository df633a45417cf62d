import { describe, expect, it } from 'vitest'
import type { CalibrationResult, CoverageLayer, CoverageMetric } from '../../../core/api/schemas/coverageSchemas.js'
import type { Cell } from '../../../core/api/schemas/networkSchemas.js'
import { createCoverageTooltip } from './coverageTooltip.js'
import { beamWedges } from './layers/beamsLayer.js'
import { coverageLayerIds } from './layers/coverageLayer.js'

const layer: CoverageLayer = {
  runId: 1, altitudeM: 120, targetKind: 'route', resolutionM: 10, count: 2,
  positions: new Float64Array(4), alongM: new Float64Array([1250, 2500]),
  bestCellId: new Int32Array([5, -1]), bestBeam: new Int32Array([3, -1]),
  rsrpDbm: new Float32Array([-78.46, Number.NaN]), dlSinrDb: new Float32Array([6.34, Number.NaN]), ulSinrDb: new Float32Array([2.5, Number.NaN]),
  dlMbps: new Float32Array([173.06, Number.NaN]), ulMbps: new Float32Array([3.1, Number.NaN]), coverageProbability: new Float32Array([0.987, Number.NaN]),
}
const residuals: CalibrationResult['residuals'] = {
  count: 1, positions: new Float64Array([114, 22]), altitudesM: new Float32Array([1.5]), beforeDb: new Float32Array([-11.74]), afterDb: new Float32Array([0.26]),
}

const tooltipFor = (metric: CoverageMetric) =>
  createCoverageTooltip({
    // Keys with their values, so the test reads what would be shown.
    t: (key, values) => (values === undefined ? key : `${key}(${Object.values(values).join(',')})`),
    coverage: () => ({ layer, metric }),
    cellName: (id) => (id === 5 ? 'FT002_1' : null),
    residuals: () => residuals,
  })
const html = (tooltip: ReturnType<typeof tooltipFor>, layerId: string, index: number, object?: unknown): string =>
  tooltip({ picked: true, layer: { id: layerId }, index, object } as never)?.html ?? ''

describe('coverage tooltip', () => {
  it('shows the metric on show first with its unit, then the others, the serving cell by name, the beam and the distance along the route', () => {
    const text = html(tooltipFor('dlSinrDb'), coverageLayerIds.route, 0)
    expect(text).toContain('coverage.tooltip.title(120)')
    expect(text.indexOf('coverage.metrics.dlSinrDb')).toBeLessThan(text.indexOf('coverage.metrics.rsrpDbm'))
    expect(text).toContain('<td>6.3 dB</td>')
    expect(text).toContain('<td>\u221278.5 dBm</td>')
    expect(text).toContain('<td>98.7 %</td>')
    expect(text).toContain('<td>FT002_1</td>')
    expect(text).toMatch(/coverage\.tooltip\.beam<\/th><td>3<\/td>/)
    expect(text).toContain('<td>1.3 km</td>')
  })
  it('says "no cell in range" for a point without one', () => {
    const text = html(tooltipFor('rsrpDbm'), coverageLayerIds.area, 1)
    expect(text).toContain('coverage.tooltip.noCell')
    expect(text).not.toContain('NaN')
  })
  it('shows a residual before and after calibration in dB', () => {
    const text = html(tooltipFor('rsrpDbm'), 'residuals', 0)
    expect(text).toContain('<td>\u221211.7 dB</td>')
    expect(text).toContain('<td>0.3 dB</td>')
  })
  it('describes an SSB beam wedge: cell, index, pointing, beamwidth and gain', () => {
    const cell = {
      id: 5, name: 'FT002_1', site: 'FT002', lon: 114, lat: 22, heightM: 30, azimuthDeg: 10, mechanicalTiltDeg: 0, electricalTiltDeg: 0,
      pci: null, arfcn: null, band: null, fcMhz: null, bandwidthMhz: null, scsKhz: null, txPowerDbm: null, hBeamwidthDeg: 65,
      tddPattern: null, label: null, cellIdentity: null, technology: null, defaulted: [],
      beams: [{ index: 2, azimuthOffsetDeg: -22.5, elevationDeg: -6, hBeamwidthDeg: 17.5, vBeamwidthDeg: 8, gainDbi: 23.4 }],
    } satisfies Cell
    const [wedge] = beamWedges([cell])
    const text = html(tooltipFor('rsrpDbm'), 'beams', 0, wedge)
    expect(text).toContain('coverage.tooltip.beamTitle(FT002_1,2)')
    expect(text).toContain('347.5° (\u221222.5°)')
    expect(text).toContain('17.5° × 8°')
    expect(text).toContain('23.4 dBi')
  })
  it('leaves other layers to the map tooltip', () => {
    expect(tooltipFor('rsrpDbm')({ picked: true, layer: { id: 'cells' }, index: 0 } as never)).toBeNull()
  })
})
