import { describe, expect, it } from 'vitest'
import { barChartSvg, cdfChartSvg, empiricalCdf } from './reportCharts.js'

describe('empiricalCdf', () => {
  it('gives each sorted finite value with the percent of values at or below it', () => {
    expect(empiricalCdf([3, Number.NaN, 1, 2, 4])).toEqual([[1, 25], [2, 50], [3, 75], [4, 100]])
    expect(empiricalCdf([Number.NaN])).toEqual([])
  })

  it('thins long series to about maxSteps ranks, keeping the last at 100 %', () => {
    const cdf = empiricalCdf(Float32Array.from({ length: 1000 }, (_, i) => i), 100)
    expect(cdf.length).toBeLessThanOrEqual(101)
    expect(cdf[0]).toEqual([0, 0.1])
    expect(cdf[cdf.length - 1]).toEqual([999, 100])
  })
})

describe('report charts (ECharts, server-side SVG)', () => {
  it('renders a CDF per series with the target line as SVG', () => {
    const svg = cdfChartSvg({ axisName: 'UL SINR (dB)', shareName: 'share', series: [{ name: '60 m', values: [1, 2, 3] }, { name: '120 m', values: [2, 3, 4] }], target: { value: 9.9, label: 'target 9.9 dB' }, widthPx: 400, heightPx: 240 })
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('60 m')
    expect(svg).toContain('120 m')
    expect(svg).toContain('target 9.9 dB')
    // The axis reaches the target even though every value is below it.
    expect(svg).toMatch(/>1[02]<\/text>/)
  })

  it('renders grouped bars per category', () => {
    const svg = barChartSvg({ categories: ['0–100', '100–200'], series: [{ name: '60 m', values: [50, null] }], valueName: 'fail', widthPx: 400, heightPx: 240 })
    expect(svg).toContain('0–100')
    expect(svg).toContain('<path')
  })
})
