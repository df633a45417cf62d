import { describe, expect, it } from 'vitest'
import { indexMeasuredSamples, type MeasuredSamples } from './measuredSamples.js'

/** Samples at (east, north, height) with an RSRP each. */
function samplesAt(points: [number, number, number, number][]): MeasuredSamples {
  const n = points.length
  return {
    count: n, eastM: Float64Array.from(points, (p) => p[0]), northM: Float64Array.from(points, (p) => p[1]), heightM: Float64Array.from(points, (p) => p[2]),
    rsrpDbm: Float64Array.from(points, (p) => p[3]), sinrDb: new Float64Array(n), ulMbps: new Float64Array(n), dlMbps: new Float64Array(n), cellId: new Int32Array(n),
  }
}

describe('indexMeasuredSamples', () => {
  const samples = samplesAt([
    [0, 25, 1.5, -100], // 25 m north
    [-20, 0, 1.5, -110], // 20 m west, nearest on the ground
    [31, 0, 1.5, -80], // beyond 30 m
    [5, 0, 40, -70], // 5 m away but 38.5 m higher
    [0, -29, 10, Number.NaN], // 29 m south, 8.5 m higher, no RSRP
    [1000, 1000, 1.5, -90], // another grid cell altogether
  ])
  const match = indexMeasuredSamples(samples, { distanceM: 30, altitudeM: 15 })

  it('finds the nearest sample within the distance and altitude tolerances, in 3D', () => {
    expect(match(0, 0, 1.5, -105).nearest).toBe(1)
    // At 16 m the ground samples are 14.5 m below (inside) and the 10 m one is the nearest in 3D.
    expect(match(0, -10, 16, -105).nearest).toBe(4)
    expect(match(5, 0, 40, -105).nearest).toBe(3)
  })

  it('gives the share of matching samples with an RSRP that reach the threshold', () => {
    // Samples 0, 1 and 4 match at (0, 0, 1.5); 4 has no RSRP; of −100 and −110 one reaches −105.
    expect(match(0, 0, 1.5, -105).rsrpShareAtThreshold).toBe(0.5)
    expect(match(0, 0, 1.5, -120).rsrpShareAtThreshold).toBe(1)
  })

  it('finds nothing farther than the tolerances, across grid cells too, and nothing at all with a zero distance', () => {
    expect(match(500, 500, 1.5, -105)).toEqual({ nearest: -1, rsrpShareAtThreshold: Number.NaN })
    expect(match(1029, 1000, 1.5, -105).nearest).toBe(5)
    expect(match(1031, 1000, 1.5, -105).nearest).toBe(-1)
    expect(indexMeasuredSamples(samples, { distanceM: 0, altitudeM: 15 })(0, 0, 1.5, -105).nearest).toBe(-1)
  })
})
