import { cellBeamsEnvelopeKernelEnu } from '../radio/antenna/beamGainKernel.js'
import { broadcastBeam, cellAntennaFromBeamwidths, type CellAntenna } from '../radio/antenna/cellBeamGain.js'
import type { SsbBeamPointing } from '../radio/antenna/ssbBeams.js'
import { coverageProbability } from '../radio/link/coverageProbability.js'
import { noiseOverPrbsDbm, noisePerReDbm } from '../radio/link/noise.js'
import { computePathLoss } from '../radio/propagation/pathLossKernel.js'
import { aerialRegimeMinimumHeightM } from '../radio/propagation/aerialRegime.js'
import type { PathLossModelName } from '../radio/propagation/pathLossModelName.js'
import { cqiEfficiencyBitsPerRe } from '../radio/rate/cqiTables.js'
import { numerologyForScs } from '../radio/rate/numerology.js'
import { cqiFromSinr } from '../radio/rate/sinrToCqi.js'
import type { CoverageScene, PathLossCorrection, SceneCell } from './coverageScene.js'

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

interface PreparedCell {
  cell: SceneCell
  antenna: CellAntenna
  beams: SsbBeamPointing[]
}

// 10^(x/10) as e^(x·ln10/10): V8's Math.exp is markedly cheaper than a general power, and this runs per point and cell.
const dbToLinear = Math.LN10 / 10
const dbmToMw = (dbm: number): number => Math.exp(dbm * dbToLinear)

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
 */
export function computeCoverageTile(scene: CoverageScene, input: TileInput): TileResult {
  const n = input.eastM.length
  const p = scene.parameters
  const model = `${p.environment}-av` as PathLossModelName
  const aerialFromM = aerialRegimeMinimumHeightM[`${p.environment}-av`]
  const prepared = scene.cells.map(prepareCell)

  const dx = new Float64Array(n)
  const dy = new Float64Array(n)
  const dz = new Float64Array(n)
  const d2d = new Float64Array(n)
  // Cells of one site share position, height and carrier, hence path loss: computed once per site.
  const siteLoss = new Map<string, { pathLossDb: Float32Array; sigmaDb: Float32Array }>()
  const envelope = { bestBeam: new Int32Array(n), bestGainDbi: new Float32Array(n), meanOverBestGain: new Float32Array(n) }

  const bestRsrp = new Float64Array(n).fill(-Infinity)
  const bestCell = new Int32Array(n).fill(-1)
  const bestBeam = new Int32Array(n).fill(-1)
  const bestSigma = new Float32Array(n)
  const servingMeanMw = new Float64Array(n)
  const servingDistance = new Float32Array(n)
  const forced = input.servingCell
  const totalMeanMw = new Float64Array(n)
  let linkEvaluations = 0

  const maxD2 = p.maxDistanceM * p.maxDistanceM
  prepared.forEach(({ cell, antenna, beams }, c) => {
    let inRange = 0
    for (let i = 0; i < n; i++) {
      const x = (input.eastM[i] as number) - cell.eastM
      const y = (input.northM[i] as number) - cell.northM
      const d2 = x * x + y * y
      dx[i] = x
      dy[i] = y
      dz[i] = (input.utHeightM[i] as number) - cell.heightM
      // Beyond the range the distance is NaN: path loss NaN, and the point skips this cell below.
      d2d[i] = d2 <= maxD2 ? Math.sqrt(d2) : Number.NaN
      if (d2 <= maxD2) inRange++
    }
    if (inRange === 0) return
    const siteKey = `${cell.eastM},${cell.northM},${cell.heightM},${cell.fcGhz}`
    let loss = siteLoss.get(siteKey)
    if (loss === undefined) {
      loss = { pathLossDb: new Float32Array(n), sigmaDb: new Float32Array(n) }
      computePathLoss(model, { fcGhz: cell.fcGhz, bsHeightM: cell.heightM }, d2d, input.utHeightM, { meanDb: loss.pathLossDb, sigmaDb: loss.sigmaDb })
      siteLoss.set(siteKey, loss)
    }
    const { pathLossDb, sigmaDb } = loss
    const beamCount = beams.length
    cellBeamsEnvelopeKernelEnu(antenna, beams, dx, dy, dz, envelope)
    linkEvaluations += inRange * beamCount
    const fixedDb = cell.ssbEpreDbm + p.ueAntennaGainDbi - p.otherLossesDb
    const correction = input.correction
    for (let i = 0; i < n; i++) {
      let pl = pathLossDb[i] as number
      if (pl !== pl) continue
      if (correction !== null) {
        const d3dM = Math.sqrt((d2d[i] as number) ** 2 + (dz[i] as number) ** 2)
        pl += correction.offsetDb + correction.slopeDbPerDecade * Math.log10(Math.max(d3dM, 10) / 1000)
      }
      // The best beam's RSRP, and the cell's mean over its beams in mW (its weight as an interferer).
      const best = fixedDb + (envelope.bestGainDbi[i] as number) - pl
      const meanMw = dbmToMw(best) * (envelope.meanOverBestGain[i] as number)
      totalMeanMw[i] = (totalMeanMw[i] as number) + meanMw
      const must = forced === undefined ? -1 : (forced[i] as number)
      if (must < 0 ? best > (bestRsrp[i] as number) : must === c) {
        bestRsrp[i] = best
        bestCell[i] = c
        bestBeam[i] = envelope.bestBeam[i] as number
        bestSigma[i] = sigmaDb[i] as number
        servingMeanMw[i] = meanMw
        servingDistance[i] = Math.sqrt((d2d[i] as number) ** 2 + (dz[i] as number) ** 2)
      }
    }
  })

  const result: TileResult = {
    bestCell, bestBeam, rsrpDbm: new Float32Array(n), dlSinrDb: new Float32Array(n), ulSinrDb: new Float32Array(n), dlMbps: new Float32Array(n),
    ulMbps: new Float32Array(n), coverageProbability: new Float32Array(n), distance3dM: servingDistance, linkEvaluations,
  }
  const links = prepared.map(({ cell }) => linkConstants(cell, scene))
  for (let i = 0; i < n; i++) {
    const c = bestCell[i] as number
    if (c < 0) {
      result.rsrpDbm[i] = result.dlSinrDb[i] = result.ulSinrDb[i] = result.dlMbps[i] = result.ulMbps[i] = Number.NaN
      result.coverageProbability[i] = 0
      continue
    }
    const cell = scene.cells[c] as SceneCell
    const k = links[c] as LinkConstants
    const rsrp = bestRsrp[i] as number
    const interferenceMw = p.neighbourLoad * Math.max(0, (totalMeanMw[i] as number) - (servingMeanMw[i] as number))
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
    result.coverageProbability[i] = coverageProbability(rsrp, p.rsrpThresholdDbm, bestSigma[i] as number)
  }
  return result
}

function prepareCell(cell: SceneCell): PreparedCell {
  const beams = cell.beams.length > 0 ? cell.beams : [broadcastBeam(cell)]
  const antenna = cellAntennaFromBeamwidths(cell, cell.beamWidths)
  return { cell, antenna, beams }
}

interface LinkConstants {
  noisePerReMw: number
  /** P0 + 10·log10(2^μ · M_RB), dBm: the open-loop PUSCH power before α·PL (TS 38.213 §7.1.1). */
  puschOpenLoopDbm: number
  noisePlusInterferenceDbm: number
  aerialNoisePlusInterferenceDbm: number
  ulShare: number
}

function linkConstants(cell: SceneCell, scene: CoverageScene): LinkConstants {
  const p = scene.parameters
  const ulPrbs = Math.min(p.ulPrbs, cell.prbs)
  const noiseDbm = noiseOverPrbsDbm(ulPrbs, cell.scsKhz, p.gnbNoiseFigureDb)
  return {
    noisePerReMw: dbmToMw(noisePerReDbm(cell.scsKhz, p.ueNoiseFigureDb)),
    puschOpenLoopDbm: p.p0NominalDbm + 10 * Math.log10(2 ** numerologyForScs(cell.scsKhz) * ulPrbs),
    // IoT = (I + N)/N, so I + N = N + IoT in dB.
    noisePlusInterferenceDbm: noiseDbm + p.iotDb,
    aerialNoisePlusInterferenceDbm: noiseDbm + p.aerialIotDb,
    ulShare: ulPrbs / cell.prbs,
  }
}
