import { describe, expect, it } from 'vitest'
import { verdictColours, verdictMapSvg, type VerdictMapInput } from './verdictMapSvg.js'

const legend = { pass: 'pass', marginal: 'marginal', fail: 'fail', 'no-data': 'no <data>' }
// Four points 100 m apart eastward at the equator-ish latitude of Shenzhen, one of each verdict.
const base: VerdictMapInput = {
  lon: [114.0, 114.001, 114.002, 114.003],
  lat: [22.5, 22.5, 22.5, 22.5],
  verdict: [0, 1, 2, 3],
  joinPoints: true,
  cells: [
    { name: 'NEAR', lon: 114.0015, lat: 22.5005, azimuthDeg: 90 },
    { name: 'FAR', lon: 115, lat: 23, azimuthDeg: 0 },
  ],
  highlightCells: new Set(['NEAR']),
  legend,
  widthPx: 640,
  heightPx: 420,
}
const count = (svg: string, text: string): number => svg.split(text).length - 1

describe('verdictMapSvg', () => {
  it('draws each point in its verdict colour (plus one legend dot each) and a line through a route', () => {
    const svg = verdictMapSvg(base)
    for (const colour of Object.values(verdictColours)) expect(count(svg, `fill="${colour}"`), colour).toBe(2)
    expect(count(svg, '<polyline')).toBe(1)
    expect(count(verdictMapSvg({ ...base, joinPoints: false }), '<polyline')).toBe(0)
  })

  it('draws nearby cells as triangles and names the highlighted ones; far cells are left out', () => {
    const svg = verdictMapSvg(base)
    // One triangle for the near cell and the north arrow: both polygons; the far cell is off the map.
    expect(count(svg, '<polygon')).toBe(2)
    expect(svg).toContain('>NEAR</text>')
    expect(svg).not.toContain('FAR')
  })

  it('puts a round-length scale bar (1, 2 or 5 × 10^k m) under the map', () => {
    const svg = verdictMapSvg(base)
    expect(svg).toMatch(/>(1|2|5)(0*) m<\/text>|>(1|2|5)(0*) km<\/text>/)
  })

  it('escapes texts and carries no external reference but the SVG namespace', () => {
    const svg = verdictMapSvg(base)
    expect(svg).toContain('no &lt;data&gt;')
    expect(svg.match(/https?:\/\/[^"]*/g)).toEqual(['http://www.w3.org/2000/svg'])
  })

  it('refuses a layer without a finite position', () => {
    expect(() => verdictMapSvg({ ...base, lon: [Number.NaN], lat: [Number.NaN], verdict: [0] })).toThrow('at least one point with a finite position')
  })
})
