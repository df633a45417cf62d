import { coverageProbability } from '../radio/link/coverageProbability.js'
import { aerialRegimeMinimumHeightM } from '../radio/propagation/aerialRegime.js'
import { cqiEfficiencyBitsPerRe } from '../radio/rate/cqiTables.js'
import { cqiFromSinr } from '../radio/rate/sinrToCqi.js'
import { accumulateCellsJs, type TileAccumulation } from './cellAccumulationJs.js'
import type { CoverageScene, PathLossCorrection, SceneCell } from './coverageScene.js'
import { dbmToMw, prepareTileScene, type LinkConstants, type TileScene } from './tileScene.js'
import { accumulateCellsWasm, wasmSupportsScene } from './wasm/accumulateCellsWasm.js'
import { sharedWasmCoverageKernel, type WasmCoverageKernel } from './wasm/wasmCoverageKernel.js'

/** Points of one tile, in the scene's local plane, with their heights above ground. */
export interface TileInput {
  eastM: Float64Array
  northM: Float64Array
  utHeightM: Float64Array
  /** Calibration of this altitude layer, or null. */
  correction: PathLossCorrection | null
  /**
   * Per point, the index into scene.cells of the cell that must serve it (a drive-test sample's
   * measured server, for calibration), or −1 for the strongest; absent → strongest everywhere.
   */
  servingCell?: Int32Array
}

/** Per point of the tile: the best server and what it delivers. −1 / NaN where no cell is in range. */
export interface TileResult {
  /** Index into scene.cells of the serving cell (the one with the strongest SSB beam). */
  bestCell: Int32Array
  bestBeam: Int32Array
  rsrpDbm: Float32Array
  dlSinrDb: Float32Array
  ulSinrDb: Float32Array
  dlMbps: Float32Array
  ulMbps: Float32Array
  coverageProbability: Float32Array
  /** 3D distance to the serving cell's antenna, metres (calibration fits against it). */
  distance3dM: Float32Array
  /** Points × cells × beams evaluated (path loss + pattern + RSRP). */
  linkEvaluations: number
}

/** How computeCoverageTile evaluates the cells. */
export interface CoverageTileOptions {
  /**
   * The WebAssembly SIMD kernel to use; undefined (default) → this thread's, when the engine runs
   * WebAssembly SIMD; null → the JavaScript reference. Either way a scene the WebAssembly kernel
   * does not cover (an array beyond 64 elements a line, a spacing beyond 2 λ, more than 64 beams)
   * runs on the JavaScript kernel.
   */
  wasmKernel?: WasmCoverageKernel | null
}

/**
 * Coverage of one tile of points: for every cell within range, the path loss of the environment's
 * TR 36.777 model (the TR 38.901 model below the aerial regime; LOS/NLOS combined as the
 * linear-domain mean, radio-models.md §4.4) and the gain of every SSB beam (element pattern + array
 * factor, §2.3), giving SS-RSRP per beam (§4.4). Then per point:
 * - serving cell and beam: the strongest SS-RSRP (TS 38.304 §5.2.1 cell quality = best beam);
 * - DL SINR = RSRP / (η · Σ interferers + N_RE) (§4.5), each interfering cell counted with the linear
 *   mean of its beams (its data beams sweep the sector over time) and η the neighbour load;
 * - UL SINR from PUSCH fractional power control (TS 38.213 §7.1.1) with the path-loss estimate
 *   PL = SSB EPRE − RSRP (TS 38.213 §7.1.1, referenceSignalPower − RSRP), noise over the allocation
 *   plus the IoT of the UE's regime (aerial above the model's aerial threshold);
 * - DL/UL rate = CQI efficiency (TS 38.214 table 1 via the SINR→CQI mapping) × RE rate × (1 − OH) ×
 *   TDD share × layers (× the UL allocation's share of the carrier);
 * - coverage probability = P(RSRP + shadowing ≥ threshold) with the serving link's σ.
 * The per-cell pass runs in WebAssembly SIMD (float32, wasm/coverageKernel.wat) where it can, else
 * in JavaScript (float64, cellAccumulationJs.ts); over the RSRP report range the two agree to
 * 0.05 dB on RSRP and 0.1 dB on SINR (wasm/accumulateCellsWasm.test.ts).
 */
export function computeCoverageTile(scene: CoverageScene, input: TileInput, options: CoverageTileOptions = {}): TileResult {
  const tileScene = prepareTileScene(scene)
  const kernel = coverageKernelFor(tileScene, options)
  const accumulation = kernel === null ? accumulateCellsJs(tileScene, input) : accumulateCellsWasm(kernel, tileScene, input)
  return linkBudgets(tileScene, input, accumulation)
}

/** Which kernel computeCoverageTile runs for `scene` in this thread with `options`. */
export function coverageTileKernelName(scene: CoverageScene, options: CoverageTileOptions = {}): 'wasm-simd' | 'javascript' {
  return coverageKernelFor(prepareTileScene(scene), options) === null ? 'javascript' : 'wasm-simd'
}

function coverageKernelFor(tileScene: TileScene, options: CoverageTileOptions): WasmCoverageKernel | null {
  const kernel = options.wasmKernel === undefined ? sharedWasmCoverageKernel() : options.wasmKernel
  return kernel !== null && wasmSupportsScene(tileScene) ? kernel : null
}

/** The per-point link budget of the serving cells: SINRs, rates and coverage probability. */
function linkBudgets(tileScene: TileScene, input: TileInput, accumulation: TileAccumulation): TileResult {
  const { scene, links } = tileScene
  const p = scene.parameters
  const aerialFromM = aerialRegimeMinimumHeightM[`${p.environment}-av`]
  const n = input.eastM.length
  const { bestCell, rsrpDbm, sigmaDb, otherMeanMw } = accumulation
  const result: TileResult = {
    bestCell, bestBeam: accumulation.bestBeam, rsrpDbm: new Float32Array(n), dlSinrDb: new Float32Array(n), ulSinrDb: new Float32Array(n),
    dlMbps: new Float32Array(n), ulMbps: new Float32Array(n), coverageProbability: new Float32Array(n), distance3dM: accumulation.distance3dM,
    linkEvaluations: accumulation.linkEvaluations,
  }
  for (let i = 0; i < n; i++) {
    const c = bestCell[i] as number
    if (c < 0) {
      result.rsrpDbm[i] = result.dlSinrDb[i] = result.ulSinrDb[i] = result.dlMbps[i] = result.ulMbps[i] = Number.NaN
      result.coverageProbability[i] = 0
      continue
    }
    const cell = scene.cells[c] as SceneCell
    const k = links[c] as LinkConstants
    const rsrp = rsrpDbm[i] as number
    const interferenceMw = p.neighbourLoad * (otherMeanMw[i] as number)
    const dlSinr = 10 * Math.log10(dbmToMw(rsrp) / (interferenceMw + k.noisePerReMw))
    // UL: the UE estimates PL from the SSB (EPRE − RSRP) and sets its PUSCH power (TS 38.213 §7.1.1).
    const couplingLossDb = cell.ssbEpreDbm - rsrp
    const uePowerDbm = Math.min(p.ueMaxPowerDbm, k.puschOpenLoopDbm + p.pathLossCompensation * couplingLossDb)
    const aerial = (input.utHeightM[i] as number) > aerialFromM
    const ulSinr = uePowerDbm - couplingLossDb - (aerial ? k.aerialNoisePlusInterferenceDbm : k.noisePlusInterferenceDbm)
    result.rsrpDbm[i] = rsrp
    result.dlSinrDb[i] = dlSinr
    result.ulSinrDb[i] = ulSinr
    result.dlMbps[i] = cqiEfficiencyBitsPerRe(cqiFromSinr(dlSinr)) * cell.dlMbpsPerBitPerRe * p.dlLayers
    result.ulMbps[i] = cqiEfficiencyBitsPerRe(cqiFromSinr(ulSinr)) * cell.ulMbpsPerBitPerRe * p.ulLayers * k.ulShare
    result.coverageProbability[i] = coverageProbability(rsrp, p.rsrpThresholdDbm, sigmaDb[i] as number)
  }
  return result
}
