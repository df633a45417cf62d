import { describe, expect, it } from 'vitest'
import { cellAntennaFromBeamwidths, cellBeamGainEnuDbi } from '../radio/antenna/cellBeamGain.js'
import { coverageProbability } from '../radio/link/coverageProbability.js'
import { noiseOverPrbsDbm, noisePerReDbm } from '../radio/link/noise.js'
import { puschTransmitPowerDbm } from '../radio/link/uplinkPower.js'
import { uplinkSinrDb } from '../radio/link/uplinkSinr.js'
import { combinedShadowFadingSigmaDb, evaluatePathLoss, meanPathLossDb } from '../radio/propagation/pathLossModel.js'
import { defaultCoverageParameters } from './coverageParameters.js'
import type { CoverageScene, SceneCell } from './coverageScene.js'
import { computeCoverageTile as computeWith, type CoverageTileOptions, type TileInput } from './coverageTile.js'

const beams = [-22.5, -7.5, 7.5, 22.5].map((azimuthOffsetDeg) => ({ azimuthOffsetDeg, elevationDeg: -6 }))

function cell(id: number, eastM: number, northM: number, azimuthDeg: number): SceneCell {
  return {
    id, name: `C${id}`, eastM, northM, heightM: 25, azimuthDeg, mechanicalTiltDeg: 2, electricalTiltDeg: 6, hBeamwidthDeg: 65, vBeamwidthDeg: 10,
    beams, beamWidths: beams.map(() => ({ hBeamwidthDeg: 15, vBeamwidthDeg: 10 })), fcGhz: 3.5, scsKhz: 30, prbs: 273, ssbEpreDbm: 15,
    dlMbpsPerBitPerRe: 58.6, ulMbpsPerBitPerRe: 19.3, assumed: [],
  }
}

const scene = (cells: SceneCell[], overrides: Partial<CoverageScene['parameters']> = {}): CoverageScene => ({
  lon0: 114, lat0: 22.5, cells, parameters: { ...defaultCoverageParameters, ...overrides },
})

const points = (xy: [number, number][], heightM: number, extra: Partial<TileInput> = {}): TileInput => ({
  eastM: Float64Array.from(xy, (p) => p[0]),
  northM: Float64Array.from(xy, (p) => p[1]),
  utHeightM: new Float64Array(xy.length).fill(heightM),
  correction: null,
  ...extra,
})

const dbmToMw = (dbm: number): number => 10 ** (dbm / 10)

/** The expected SS-RSRP of one cell's best beam at (x, y, h), from the scalar models. */
function expectedRsrp(c: SceneCell, x: number, y: number, h: number): { rsrpDbm: number; perBeam: number[]; sigmaDb: number; meanMw: number } {
  const d2d = Math.hypot(x - c.eastM, y - c.northM)
  const pl = evaluatePathLoss('uma-av', { fcGhz: c.fcGhz, distance2dM: d2d, bsHeightM: c.heightM, utHeightM: h }, { mode: 'clamp' })
  const meanPl = meanPathLossDb(pl.pathLossLosDb, pl.pathLossNlosDb, pl.losProbability)
  const antenna = cellAntennaFromBeamwidths(c, c.beamWidths)
  const rsrps = c.beams.map((b) => c.ssbEpreDbm + cellBeamGainEnuDbi(antenna, b, x - c.eastM, y - c.northM, h - c.heightM) - meanPl)
  const best = Math.max(...rsrps)
  return {
    rsrpDbm: best,
    perBeam: rsrps,
    sigmaDb: combinedShadowFadingSigmaDb(pl.shadowFadingLosDb, pl.shadowFadingNlosDb, pl.losProbability),
    meanMw: rsrps.reduce((s, r) => s + dbmToMw(r), 0) / rsrps.length,
  }
}

const kernels: [string, CoverageTileOptions][] = [
  ['WebAssembly SIMD kernel', {}],
  ['JavaScript reference kernel', { wasmKernel: null }],
]

describe.each(kernels)('computeCoverageTile, %s', (_name, options) => {
  const computeCoverageTile = (s: CoverageScene, input: TileInput) => computeWith(s, input, options)

  it('gives one cell the RSRP of its best beam: SSB EPRE + beam gain − the linear-mean LOS/NLOS path loss', () => {
    const east = cell(1, 0, 0, 90)
    for (const [x, y, h] of [[400, 30, 1.5], [900, -200, 1.5], [1500, 100, 120], [600, 0, 300]] as const) {
      const tile = computeCoverageTile(scene([east]), points([[x, y]], h))
      const expected = expectedRsrp(east, x, y, h)
      expect(tile.rsrpDbm[0]).toBeCloseTo(expected.rsrpDbm, 3)
      // The chosen beam is a strongest one (two beams tie on a point midway between them).
      expect(expected.perBeam[tile.bestBeam[0] as number]).toBeCloseTo(expected.rsrpDbm, 3)
      expect(tile.bestCell[0]).toBe(0)
      // Alone, the cell meets only noise: SINR = RSRP − N_RE (UE NF).
      expect(tile.dlSinrDb[0]).toBeCloseTo(expected.rsrpDbm - noisePerReDbm(30, defaultCoverageParameters.ueNoiseFigureDb), 3)
      // 4 decimals: near a vertical null (1500 m, 120 m) float32 angles move RSRP by 1e-4 dB, P by 1e-5.
      expect(tile.coverageProbability[0]).toBeCloseTo(coverageProbability(expected.rsrpDbm, -105, expected.sigmaDb), 4)
      expect(tile.distance3dM[0]).toBeCloseTo(Math.hypot(x, y, h - 25), 1)
    }
  })

  it('computes the uplink from fractional power control with the SSB path-loss estimate and the IoT of the UE regime', () => {
    const p = defaultCoverageParameters
    for (const heightM of [1.5, 120]) {
      const tile = computeCoverageTile(scene([cell(1, 0, 0, 90)]), points([[800, 50]], heightM))
      const couplingDb = 15 - (tile.rsrpDbm[0] as number)
      const uePowerDbm = puschTransmitPowerDbm({ pCmaxDbm: p.ueMaxPowerDbm, p0PuschDbm: p.p0NominalDbm, alpha: p.pathLossCompensation, pathLossDb: couplingDb, allocatedPrbs: p.ulPrbs, scsKhz: 30 })
      const sinr = uplinkSinrDb({ uePowerDbm, pathLossDb: couplingDb, bsGainDbi: 0, allocatedPrbs: p.ulPrbs, scsKhz: 30, gnbNoiseFigureDb: p.gnbNoiseFigureDb, aerial: heightM > 22.5, iotDb: p.iotDb, aerialIotDb: p.aerialIotDb })
      expect(tile.ulSinrDb[0]).toBeCloseTo(sinr, 3)
    }
    expect(noiseOverPrbsDbm(50, 30, 5)).toBeCloseTo(-174 + 10 * Math.log10(50 * 12 * 30e3) + 5, 6)
  })

  it('serves each point from the strongest cell and counts the others as interference at the neighbour load', () => {
    const a = cell(1, 0, 0, 90)
    const b = cell(2, 2000, 0, 270)
    const x = 700
    const tile = computeCoverageTile(scene([a, b], { neighbourLoad: 0.5 }), points([[x, 0], [1300, 0]], 1.5))
    expect([tile.bestCell[0], tile.bestCell[1]]).toEqual([0, 1])
    const serving = expectedRsrp(a, x, 0, 1.5)
    const other = expectedRsrp(b, x, 0, 1.5)
    const noiseMw = dbmToMw(noisePerReDbm(30, defaultCoverageParameters.ueNoiseFigureDb))
    expect(tile.dlSinrDb[0]).toBeCloseTo(10 * Math.log10(dbmToMw(serving.rsrpDbm) / (0.5 * other.meanMw + noiseMw)), 2)
    const unloaded = computeCoverageTile(scene([a, b], { neighbourLoad: 0 }), points([[x, 0]], 1.5))
    expect(unloaded.dlSinrDb[0]).toBeGreaterThan(tile.dlSinrDb[0] as number)
  })

  it('keeps a forced serving cell (a measured server) even where another is stronger', () => {
    const a = cell(1, 0, 0, 90)
    const b = cell(2, 2000, 0, 270)
    const tile = computeCoverageTile(scene([a, b]), points([[300, 0]], 1.5, { servingCell: Int32Array.of(1) }))
    expect(tile.bestCell[0]).toBe(1)
    expect(tile.rsrpDbm[0]).toBeCloseTo(expectedRsrp(b, 300, 0, 1.5).rsrpDbm, 3)
  })

  it('applies a calibration as a path-loss correction offset + slope · log10(d3D / 1 km)', () => {
    const c = cell(1, 0, 0, 90)
    const plain = computeCoverageTile(scene([c]), points([[3000, 0], [500, 0]], 1.5))
    const corrected = computeCoverageTile(scene([c]), points([[3000, 0], [500, 0]], 1.5, { correction: { offsetDb: 4, slopeDbPerDecade: 10 } }))
    for (const i of [0, 1]) {
      const d3d = plain.distance3dM[i] as number
      expect((plain.rsrpDbm[i] as number) - (corrected.rsrpDbm[i] as number)).toBeCloseTo(4 + 10 * Math.log10(d3d / 1000), 3)
    }
  })

  it('leaves points beyond the range of every cell unserved: no cell, NaN values, probability 0', () => {
    const tile = computeCoverageTile(scene([cell(1, 0, 0, 90)], { maxDistanceM: 1000 }), points([[5000, 0]], 1.5))
    expect([tile.bestCell[0], tile.bestBeam[0], tile.coverageProbability[0], tile.linkEvaluations]).toEqual([-1, -1, 0, 0])
    expect(tile.rsrpDbm[0]).toBeNaN()
  })

  it('has RSRP falling with distance along boresight, coverage probability within [0, 1] and rates that never fall as SINR rises', () => {
    const xy: [number, number][] = Array.from({ length: 40 }, (_, i) => [300 + i * 100, 0])
    const tile = computeCoverageTile(scene([cell(1, 0, 0, 90)]), points(xy, 1.5))
    for (let i = 1; i < xy.length; i++) expect(tile.rsrpDbm[i]).toBeLessThan(tile.rsrpDbm[i - 1] as number)
    const order = [...tile.dlSinrDb.keys()].sort((i, j) => (tile.dlSinrDb[i] as number) - (tile.dlSinrDb[j] as number))
    for (let k = 1; k < order.length; k++) expect(tile.dlMbps[order[k] as number]).toBeGreaterThanOrEqual(tile.dlMbps[order[k - 1] as number] as number)
    for (const p of tile.coverageProbability) expect(p >= 0 && p <= 1).toBe(true)
    expect(tile.linkEvaluations).toBe(xy.length * beams.length)
  })
})
