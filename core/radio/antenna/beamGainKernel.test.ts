import { describe, expect, it } from 'vitest'
import { cellBeamsEnvelopeKernelEnu, cellBeamsGainKernelEnu } from './beamGainKernel.js'
import { cellAntennaFromBeamwidths } from './cellBeamGain.js'

describe('cellBeamsEnvelopeKernelEnu', () => {
  it('gives the best beam, its gain and the linear mean gain (over the best) of cellBeamsGainKernelEnu, without a log per beam', () => {
    const beams = [-52.5, -37.5, -22.5, -7.5, 7.5, 22.5, 37.5, 52.5].map((azimuthOffsetDeg) => ({ azimuthOffsetDeg, elevationDeg: -8 }))
    const antenna = cellAntennaFromBeamwidths({ azimuthDeg: 120, mechanicalTiltDeg: 3, hBeamwidthDeg: 65, vBeamwidthDeg: 10 }, beams.map(() => ({ hBeamwidthDeg: 15, vBeamwidthDeg: 10 })))
    const n = 3000
    let seed = 7
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    const east = Float64Array.from({ length: n }, () => (random() - 0.5) * 4000)
    const north = Float64Array.from({ length: n }, () => (random() - 0.5) * 4000)
    const up = Float64Array.from({ length: n }, () => random() * 300 - 30)
    const gains = new Float32Array(n * beams.length)
    cellBeamsGainKernelEnu(antenna, beams, east, north, up, gains)
    const out = { bestBeam: new Int32Array(n), bestGainDbi: new Float32Array(n), meanOverBestGain: new Float32Array(n) }
    cellBeamsEnvelopeKernelEnu(antenna, beams, east, north, up, out)
    for (let i = 0; i < n; i++) {
      const perBeam = beams.map((_, b) => gains[b * n + i] as number)
      const best = Math.max(...perBeam)
      expect(out.bestGainDbi[i]).toBeCloseTo(best, 3)
      expect(perBeam[out.bestBeam[i] as number]).toBeCloseTo(best, 3)
      const mean = perBeam.reduce((s, g) => s + 10 ** (g / 10), 0) / beams.length
      expect(Math.abs(((out.meanOverBestGain[i] as number) * 10 ** (best / 10)) / mean - 1)).toBeLessThan(1e-4)
    }
  })
})
