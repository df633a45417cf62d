import { cellBeamsEnvelopeKernelEnu } from '../radio/antenna/beamGainKernel.js'
import { computePathLoss } from '../radio/propagation/pathLossKernel.js'
import type { TileInput } from './coverageTile.js'
import { dbmToMw, type TileScene } from './tileScene.js'

/**
 * A tile after every cell was evaluated: per point the serving cell and what the per-point link
 * budget needs of it. −1 / −∞ where no cell is in range.
 */
export interface TileAccumulation {
  /** Index into scene.cells of the serving cell: the forced one, else the strongest SSB beam's. */
  bestCell: Int32Array
  bestBeam: Int32Array
  /** SS-RSRP of the serving cell's best beam, dBm. */
  rsrpDbm: Float32Array | Float64Array
  /** Shadow-fading σ of the serving link, dB. */
  sigmaDb: Float32Array
  /** The serving cell's mean power over its beams, mW. */
  servingMeanMw: Float32Array | Float64Array
  /** Σ over the other cells in range of their mean power over their beams, mW (before the neighbour load). */
  otherMeanMw: Float32Array | Float64Array
  /** 3D distance to the serving cell's antenna, m. */
  distance3dM: Float32Array
  /** Points × cells × beams evaluated. */
  linkEvaluations: number
}

/**
 * The JavaScript reference of the per-cell pass (float64): for every cell within range, the path
 * loss of the environment's model (once per site), the SSB beam envelope
 * (cellBeamsEnvelopeKernelEnu) and the SS-RSRP of the best beam; the serving cell per point and the
 * others' sum. The WebAssembly kernel (wasm/accumulateCellsWasm.ts) is tested against it.
 */
export function accumulateCellsJs(tileScene: TileScene, input: TileInput): TileAccumulation {
  const n = input.eastM.length
  const p = tileScene.scene.parameters
  const dx = new Float64Array(n)
  const dy = new Float64Array(n)
  const dz = new Float64Array(n)
  const d2d = new Float64Array(n)
  const siteLoss: ({ pathLossDb: Float32Array; sigmaDb: Float32Array } | undefined)[] = []
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
  tileScene.cells.forEach(({ cell, antenna, beams, site }, c) => {
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
    let loss = siteLoss[site]
    if (loss === undefined) {
      loss = { pathLossDb: new Float32Array(n), sigmaDb: new Float32Array(n) }
      computePathLoss(tileScene.model, { fcGhz: cell.fcGhz, bsHeightM: cell.heightM }, d2d, input.utHeightM, { meanDb: loss.pathLossDb, sigmaDb: loss.sigmaDb })
      siteLoss[site] = loss
    }
    const { pathLossDb, sigmaDb } = loss
    cellBeamsEnvelopeKernelEnu(antenna, beams, dx, dy, dz, envelope)
    linkEvaluations += inRange * beams.length
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
  const otherMeanMw = totalMeanMw
  for (let i = 0; i < n; i++) otherMeanMw[i] = Math.max(0, (totalMeanMw[i] as number) - (servingMeanMw[i] as number))
  return { bestCell, bestBeam, rsrpDbm: bestRsrp, sigmaDb: bestSigma, servingMeanMw, otherMeanMw, distance3dM: servingDistance, linkEvaluations }
}
