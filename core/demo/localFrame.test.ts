import { describe, expect, it } from 'vitest'
import { haversineDistanceM } from '../geo/haversineDistanceM.js'
import { createLocalFrame } from './localFrame.js'

describe('createLocalFrame', () => {
  const frame = createLocalFrame(114.035, 22.545)

  it('puts the origin at (0, 0) and round-trips points exactly', () => {
    expect(frame.toLocalM(114.035, 22.545)).toEqual([0, 0])
    const [lon, lat] = frame.toLonLat(1234.5, -678.9)
    const [eastM, northM] = frame.toLocalM(lon, lat)
    expect(eastM).toBeCloseTo(1234.5, 6)
    expect(northM).toBeCloseTo(-678.9, 6)
  })

  it('agrees with the haversine distance to 0.1 % over a few kilometres', () => {
    const [lon, lat] = frame.toLonLat(3000, 2000)
    const flatM = Math.hypot(3000, 2000)
    expect(Math.abs(haversineDistanceM(114.035, 22.545, lon, lat) - flatM) / flatM).toBeLessThan(0.001)
  })
})
