import { describe, expect, it } from 'vitest'
import { binAltitudeLayers, roundLayerAltitudeM } from './altitudeLayers.js'

const repeat = (altitudeM: number, count: number): number[] => Array.from({ length: count }, () => altitudeM)

describe('binAltitudeLayers', () => {
  it('makes one layer per flight level and one for handsets at 1.5 m', () => {
    const altitudes = [...repeat(1.5, 40), ...repeat(20, 50), ...repeat(40, 50), ...repeat(150, 30)]
    const { altitudesM, layerOfSample } = binAltitudeLayers(altitudes)
    expect(altitudesM).toEqual([1.5, 20, 40, 150])
    expect(layerOfSample[0]).toBe(0)
    expect(layerOfSample[45]).toBe(1)
    expect(layerOfSample.at(-1)).toBe(3)
  })

  it('keeps GPS jitter of a metre or two inside one layer', () => {
    const altitudes = [...repeat(119.2, 20), ...repeat(120.4, 20), ...repeat(121.6, 20)]
    expect(binAltitudeLayers(altitudes).altitudesM).toEqual([120])
  })

  it('puts the few samples of a climb into the nearest populated layer', () => {
    const altitudes = [...repeat(20, 40), 27, 33, ...repeat(40, 40)]
    const { altitudesM, layerOfSample } = binAltitudeLayers(altitudes)
    expect(altitudesM).toEqual([20, 40])
    expect(layerOfSample[40]).toBe(0)
    expect(layerOfSample[41]).toBe(1)
  })

  it('keeps every rounded altitude when none holds enough samples', () => {
    expect(binAltitudeLayers([1.5, 1.5, 60, 61]).altitudesM).toEqual([1.5, 60])
  })

  it('rounds to 0.5 m below 10 m and to 5 m above', () => {
    expect([1.5, 1.7, 9.6, 12.4, 118, 155].map(roundLayerAltitudeM)).toEqual([1.5, 1.5, 9.5, 10, 120, 155])
  })
})
