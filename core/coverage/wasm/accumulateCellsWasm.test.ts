import { describe, expect, it } from 'vitest'
import { defaultCoverageParameters, type CoverageParameters } from '../coverageParameters.js'
import type { CoverageScene, SceneCell } from '../coverageScene.js'
import { computeCoverageTile, coverageTileKernelName, type TileInput, type TileResult } from '../coverageTile.js'
import { createSeededRandom } from '../../demo/seededRandom.js'
import { loadWasmCoverageKernel, type WebAssemblyApi } from './wasmCoverageKernel.js'

/** Deterministic uniform numbers in [0, 1), so a failure reproduces; seeds may be fractional (altitudes). */
function uniform(seed: number): () => number {
  const random = createSeededRandom(Math.round(seed * 1000))
  return () => random.next()
}

type Beam = SceneCell['beams'][number]
const sweep = (offsetsDeg: number[], elevationDeg: number | ((k: number) => number)): Beam[] =>
  offsetsDeg.map((azimuthOffsetDeg, k) => ({ azimuthOffsetDeg, elevationDeg: typeof elevationDeg === 'number' ? elevationDeg : elevationDeg(k) }))

function cell(id: number, at: { eastM: number; northM: number; heightM: number; fcGhz?: number }, azimuthDeg: number, mechanicalTiltDeg: number, beams: Beam[], widths = { hBeamwidthDeg: 15, vBeamwidthDeg: 10 }): SceneCell {
  return {
    id, name: `C${id}`, ...at, fcGhz: at.fcGhz ?? 3.5, azimuthDeg, mechanicalTiltDeg, electricalTiltDeg: 6, hBeamwidthDeg: 65, vBeamwidthDeg: 10,
    beams, beamWidths: beams.map(() => widths), scsKhz: 30, prbs: 273, ssbEpreDbm: 15, dlMbpsPerBitPerRe: 58.6, ulMbpsPerBitPerRe: 19.3, assumed: [],
  }
}

const siteA = { eastM: 0, northM: 0, heightM: 25 }
const siteB = { eastM: 1800, northM: 600, heightM: 35 }
const siteC = { eastM: -900, northM: 1500, heightM: 60, fcGhz: 2.6 }

/** Sectors with different bearings, tilts, heights, carriers and beam sets: 8 beams, 4 beams, two elevations, one per beam, the broadcast beam. */
const cells: SceneCell[] = [
  cell(1, siteA, 0, 2, sweep([-52.5, -37.5, -22.5, -7.5, 7.5, 22.5, 37.5, 52.5], -6)),
  cell(2, siteA, 120, 0, sweep([-22.5, -7.5, 7.5, 22.5], -8)),
  cell(3, siteA, 240, 6, sweep([-30, -10, 10, 30, -30, -10, 10, 30], (k) => (k < 4 ? -3 : -12))),
  cell(4, siteB, 45, -3, sweep([-40, -20, 0, 20, 40], (k) => -2 - 3 * k), { hBeamwidthDeg: 20, vBeamwidthDeg: 8 }),
  cell(5, siteB, 200, 4, []),
  cell(6, siteC, 300, 10, sweep([-15, 15], 0), { hBeamwidthDeg: 12, vBeamwidthDeg: 6 }),
]

const scene = (overrides: Partial<CoverageParameters> = {}, sceneCells = cells): CoverageScene => ({
  lon0: 114, lat0: 22.5, cells: sceneCells, parameters: { ...defaultCoverageParameters, maxDistanceM: 5000, ...overrides },
})

/** Random points over ±6.5 km (some beyond the 5 km range of every cell), and points under and beside each antenna. */
function points(count: number, seed: number, heightM: number | ((random: () => number) => number), extra: Partial<TileInput> = {}): TileInput {
  const random = uniform(seed)
  const xy: [number, number][] = Array.from({ length: count }, () => [(random() * 2 - 1) * 6500, (random() * 2 - 1) * 6500])
  for (const c of cells) xy.push([c.eastM, c.northM], [c.eastM + 3, c.northM - 4], [c.eastM + 40, c.northM + 25])
  const height = (): number => (typeof heightM === 'number' ? heightM : heightM(random))
  return {
    eastM: Float64Array.from(xy, (p) => p[0]), northM: Float64Array.from(xy, (p) => p[1]), utHeightM: Float64Array.from(xy, height), correction: null, ...extra,
  }
}

/** The lowest SS-RSRP a UE reports, dBm (TS 38.133 Table 10.1.6.1-1; radio-models.md §4.3). */
const lowestReportedRsrpDbm = -156

/**
 * Compares the WebAssembly kernel with the JavaScript reference on a tile: the same best cell on
 * ≥ 99.9 % of the points; where both pick the same cell, RSRP within 0.05 dB and SINRs within
 * 0.1 dB over the report range, 1 dB below it.
 */
function expectAgreement(s: CoverageScene, input: TileInput): { wasm: TileResult; js: TileResult } {
  expect(coverageTileKernelName(s)).toBe('wasm-simd')
  const wasm = computeCoverageTile(s, input)
  const js = computeCoverageTile(s, input, { wasmKernel: null })
  const n = input.eastM.length
  let sameCell = 0
  let served = 0
  for (let i = 0; i < n; i++) {
    if (wasm.bestCell[i] === js.bestCell[i]) sameCell++
    // Unserved (beyond range) in one kernel means unserved in the other.
    expect(wasm.bestCell[i] === -1, `point ${i}`).toBe(js.bestCell[i] === -1)
    if (js.bestCell[i] === -1 || wasm.bestCell[i] !== js.bestCell[i]) continue
    served++
    // Below the report range the serving beam sits in a deep null of the array, where float32 angles
    // move the gain by dB per centimetre: there 1 dB (such RSRPs are never measured anyway).
    const reportable = (js.rsrpDbm[i] as number) >= lowestReportedRsrpDbm
    expect(Math.abs((wasm.rsrpDbm[i] as number) - (js.rsrpDbm[i] as number)), `RSRP at point ${i}`).toBeLessThan(reportable ? 0.05 : 1)
    expect(Math.abs((wasm.dlSinrDb[i] as number) - (js.dlSinrDb[i] as number)), `DL SINR at point ${i}`).toBeLessThan(reportable ? 0.1 : 1)
    expect(Math.abs((wasm.ulSinrDb[i] as number) - (js.ulSinrDb[i] as number)), `UL SINR at point ${i}`).toBeLessThan(reportable ? 0.1 : 1)
    expect(Math.abs((wasm.distance3dM[i] as number) - (js.distance3dM[i] as number))).toBeLessThan(0.01)
    expect(Math.abs((wasm.coverageProbability[i] as number) - (js.coverageProbability[i] as number))).toBeLessThan(0.01)
  }
  // Ties between cells may flip; at most 0.1 % of the points.
  expect(sameCell / n).toBeGreaterThanOrEqual(0.999)
  expect(served).toBeGreaterThan(0)
  expect(wasm.linkEvaluations).toBe(js.linkEvaluations)
  return { wasm, js }
}

describe('accumulateCellsWasm (WebAssembly SIMD) against the JavaScript reference', () => {
  // 20 m: UMa's LOS-probability height term C(hUT) (13…22.5 m); 30 m and up: the UMa-AV aerial regime.
  for (const heightM of [1.5, 20, 30, 120, 300]) {
    it(`agrees at ${heightM} m: same best cell on ≥ 99.9 % of points, RSRP within 0.05 dB, SINRs within 0.1 dB`, () => {
      const { js } = expectAgreement(scene(), points(4000, heightM * 17 + 1, heightM))
      // The scene has what the test claims: points beyond the range of every cell, and served points.
      expect(js.bestCell.includes(-1)).toBe(true)
      expect(new Set(js.bestCell).size).toBeGreaterThan(cells.length)
    })
  }

  it('agrees on a tile of mixed heights (a drive test and a flight), with points under and at the antennas', () => {
    // 25 m and 60 m are antenna heights: the points at (east, north) of sites A and C sit at the antenna itself.
    expectAgreement(scene(), points(3000, 5, (random) => [1.5, 1.5, 25, 30, 60, 60.25, 120, 300][Math.floor(random() * 8)] ?? 1.5))
    const atAntenna = { eastM: Float64Array.of(0, -900), northM: Float64Array.of(0, 1500), utHeightM: Float64Array.of(25, 60), correction: null, servingCell: Int32Array.of(0, 5) }
    const { wasm } = expectAgreement(scene(), atAntenna)
    expect([...wasm.distance3dM]).toEqual([0, 0])
    expectAgreement(scene(), points(500, 6, (random) => 1.5 + random() * 298.5))
    // A point without a height has no path loss: unserved in both, yet counted as evaluated in both.
    const withoutHeights = points(300, 7, (random) => (random() < 0.1 ? Number.NaN : 1.5))
    const unserved = expectAgreement(scene(), withoutHeights).wasm.bestCell
    withoutHeights.utHeightM.forEach((h, i) => Number.isNaN(h) && expect(unserved[i]).toBe(-1))
  })

  it('agrees with a calibration correction and with forced serving cells (−1, in range, out of range)', () => {
    const correction = { offsetDb: 3.5, slopeDbPerDecade: -7 }
    expectAgreement(scene(), points(3000, 7, 1.5, { correction }))
    const input = points(3000, 8, 60)
    const random = uniform(9)
    input.servingCell = Int32Array.from(input.eastM, () => Math.floor(random() * (cells.length + 1)) - 1)
    const { wasm } = expectAgreement(scene(), input)
    input.servingCell.forEach((forced, i) => {
      if (forced >= 0 && wasm.bestCell[i] !== -1) expect(wasm.bestCell[i]).toBe(forced)
    })
  })

  it('agrees in the UMi and RMa environments, whose path loss stays in JavaScript', () => {
    expectAgreement(scene({ environment: 'umi' }), points(2000, 10, 1.5))
    expectAgreement(scene({ environment: 'rma' }), points(2000, 11, 120))
  })

  it('agrees on every point of a grid over the network, tile after tile (2048 points each)', () => {
    const side = 90
    const eastM = Float64Array.from({ length: side * side }, (_, i) => -4000 + (8000 * (i % side)) / side)
    const northM = Float64Array.from({ length: side * side }, (_, i) => -4000 + (8000 * Math.floor(i / side)) / side)
    for (let start = 0; start < eastM.length; start += 2048) {
      const end = Math.min(eastM.length, start + 2048)
      expectAgreement(scene(), { eastM: eastM.slice(start, end), northM: northM.slice(start, end), utHeightM: new Float64Array(end - start).fill(1.5), correction: null })
    }
  })

  it('gives a point the same numbers whatever the other points of its tile', () => {
    const tile = points(999, 12, (random) => (random() < 0.5 ? 1.5 : 87.5))
    const together = computeCoverageTile(scene(), tile)
    for (const i of [0, 1, 2, 500, 998]) {
      const alone = computeCoverageTile(scene(), { eastM: tile.eastM.slice(i, i + 1), northM: tile.northM.slice(i, i + 1), utHeightM: tile.utHeightM.slice(i, i + 1), correction: null })
      expect([alone.bestCell[0], alone.rsrpDbm[0], alone.dlSinrDb[0], alone.distance3dM[0]]).toEqual([together.bestCell[i], together.rsrpDbm[i], together.dlSinrDb[i], together.distance3dM[i]])
    }
  })

  it('handles an empty tile and a tile not a multiple of 4 points long', () => {
    expect(computeCoverageTile(scene(), points(0, 13, 1.5, { eastM: new Float64Array(0), northM: new Float64Array(0), utHeightM: new Float64Array(0) })).bestCell.length).toBe(0)
    const input = points(1, 14, 1.5)
    expect(input.eastM.length % 4).not.toBe(0)
    expectAgreement(scene(), input)
  })
})

describe('the JavaScript fallback', () => {
  it('runs the JavaScript reference when the engine reports no WebAssembly SIMD (validate refuses the kernel) or has no WebAssembly', () => {
    const engine = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly
    if (engine === undefined) throw new Error('Node has WebAssembly')
    const noSimd: WebAssemblyApi = { validate: () => false, Module: engine.Module, Instance: engine.Instance }
    expect(loadWasmCoverageKernel(noSimd)).toBeNull()
    expect(loadWasmCoverageKernel(null)).toBeNull()
    const input = points(500, 15, 1.5)
    const options = { wasmKernel: loadWasmCoverageKernel(noSimd) }
    expect(coverageTileKernelName(scene(), options)).toBe('javascript')
    // The fallback is the reference itself: the same numbers to the bit.
    expect(computeCoverageTile(scene(), input, options)).toEqual(computeCoverageTile(scene(), input, { wasmKernel: null }))
  })

  it('runs the JavaScript kernel for a scene beyond the WebAssembly kernel (an array of more than 64 columns)', () => {
    const narrow = [...cells, cell(7, siteB, 90, 0, sweep([0], -5), { hBeamwidthDeg: 1, vBeamwidthDeg: 10 })]
    expect(coverageTileKernelName(scene({}, narrow))).toBe('javascript')
    const input = points(200, 16, 1.5)
    expect(computeCoverageTile(scene({}, narrow), input)).toEqual(computeCoverageTile(scene({}, narrow), input, { wasmKernel: null }))
  })
})
