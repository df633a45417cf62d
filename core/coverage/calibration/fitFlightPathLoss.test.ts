import { describe, expect, it } from 'vitest'
import { destinationPoint } from '../../geo/destinationPoint.js'
import { haversineDistanceM } from '../../geo/haversineDistanceM.js'
import { evaluatePathLoss, meanPathLossDb } from '../../radio/propagation/pathLossModel.js'
import { fitFlightPathLoss, type FlightSample } from './fitFlightPathLoss.js'

const site = { lon: 101.775464, lat: 2.922147, heightM: 30 }

/** UMa-AV mean path loss at 1.8 GHz (clamp mode), evaluated independently of the kernel. */
function umaAvMeanDb(distance2dM: number, altitudeM: number): number {
  const r = evaluatePathLoss('uma-av', { fcGhz: 1.8, bsHeightM: 30, distance2dM, utHeightM: altitudeM }, { mode: 'clamp' })
  return meanPathLossDb(r.pathLossLosDb, r.pathLossNlosDb, r.losProbability)
}

/** Flights at 60 m and 120 m whose measured path loss is the model's plus `extraDb(d3D)`. */
function flights(extraDb: (distance3dM: number) => number): FlightSample[] {
  return [120, 60].flatMap((altitudeM) =>
    Array.from({ length: 60 }, (_, i) => {
      const [lon, lat] = destinationPoint(site.lon, site.lat, 6 * i, 100 + 15 * i)
      const d2 = haversineDistanceM(site.lon, site.lat, lon, lat)
      return { lon, lat, altitudeM, pathLossDb: umaAvMeanDb(d2, altitudeM) + extraDb(Math.hypot(d2, altitudeM - site.heightM)) }
    }),
  )
}

describe('fitFlightPathLoss', () => {
  it('finds a measured path loss 5 dB above the model as offset 5 dB, ME before −5 dB, per altitude ascending (0.01 dB)', () => {
    const layers = fitFlightPathLoss(flights(() => 5), site, { model: 'uma-av', fcGhz: 1.8 })
    expect(layers.map((l) => [l.altitudeM, l.samples])).toEqual([
      [60, 60],
      [120, 60],
    ])
    for (const layer of layers) {
      expect(Math.abs(layer.offsetDb - 5)).toBeLessThan(0.01)
      expect(Math.abs(layer.slopeDbPerDecade)).toBeLessThan(0.01)
      expect(Math.abs(layer.meBeforeDb + 5)).toBeLessThan(0.01)
      expect(layer.rmseAfterDb).toBeLessThan(0.01)
    }
  })

  it('finds a path loss that grows 10 dB/decade faster than the model as slope 10 (0.01 dB)', () => {
    const layers = fitFlightPathLoss(flights((d) => 2 + 10 * Math.log10(d / 1000)), site, { model: 'uma-av', fcGhz: 1.8 })
    for (const layer of layers) {
      expect(Math.abs(layer.slopeDbPerDecade - 10)).toBeLessThan(0.01)
      expect(Math.abs(layer.offsetDb - 2)).toBeLessThan(0.01)
    }
  })
})
