import { sourceCodes, verdictCodes, type FeasibilityPoints } from '../../api/schemas/feasibilitySchemas.js'
import type { SceneCell } from '../../coverage/coverageScene.js'
import type { PointMeasurements } from './measureAtPoints.js'
import { judgePoint, type PointCheck, type PointMetric } from './pointChecks.js'
import type { PredictedLayer } from './predictInTiles.js'

/** The result columns plus, per point, the mask of failed checks (bit i: checks[i]). */
export type EvaluatedColumns = Omit<FeasibilityPoints, 'count' | 'positions' | 'alongM' | 'segment'> & { failedMask: Int32Array }

export interface LayerInput {
  altitudeM: number
  eastM: Float64Array
  northM: Float64Array
  predicted: PredictedLayer
  cells: readonly SceneCell[]
  /** Measurements of every layer, indexed like the result columns. */
  measured: PointMeasurements
  checks: readonly PointCheck[]
}

/** Empty result columns for `n` points. */
export function emptyEvaluatedColumns(n: number): EvaluatedColumns {
  return {
    altitudesM: new Float32Array(n), verdict: new Uint8Array(n), source: new Uint8Array(n), servingCellId: new Int32Array(n), beam: new Int32Array(n),
    rsrpDbm: new Float32Array(n), dlSinrDb: new Float32Array(n), ulSinrDb: new Float32Array(n), dlMbps: new Float32Array(n), ulMbps: new Float32Array(n),
    coverageProbability: new Float32Array(n), failedMask: new Int32Array(n),
  }
}

/**
 * Fills the columns of one altitude layer from `offset` on. At each point the nearest measured
 * sample within the tolerances stands for it (source `measured`): its RSRP, SINR (the UE's SS-SINR,
 * a DL quantity, checked against dl-sinr) and UL/DL rates where it has them, and as coverage probability the share of the matching samples that reach
 * the RSRP threshold (an empirical location probability). What a sample cannot say — the UL SINR
 * (a UE measures only DL SS-SINR) and any metric it lacks — comes from the prediction at that point.
 * Elsewhere the prediction alone (source `predicted`); neither → `none`, verdict no data.
 */
export function evaluateLayer(input: LayerInput, out: EvaluatedColumns, offset: number): void {
  const { predicted: p, measured: m } = input
  for (let i = 0; i < input.eastM.length; i++) {
    const o = offset + i
    const isMeasured = m.found[o] === 1
    const c = p.bestCell[i] as number
    const predictedCellId = c < 0 ? -1 : (input.cells[c]?.id ?? -1)
    const values: Record<PointMetric, number> = {
      rsrpDbm: p.rsrpDbm[i] as number,
      ulSinrDb: p.ulSinrDb[i] as number,
      dlSinrDb: p.dlSinrDb[i] as number,
      ulMbps: p.ulMbps[i] as number,
      dlMbps: p.dlMbps[i] as number,
      coverageProbability: c < 0 ? Number.NaN : (p.coverageProbability[i] as number),
    }
    let servingCellId = predictedCellId
    let beam = p.bestBeam[i] as number
    if (isMeasured) {
      values.rsrpDbm = measuredOr(m.rsrpDbm[o] as number, values.rsrpDbm)
      values.ulMbps = measuredOr(m.ulMbps[o] as number, values.ulMbps)
      values.dlMbps = measuredOr(m.dlMbps[o] as number, values.dlMbps)
      values.coverageProbability = measuredOr(m.rsrpShareAtThreshold[o] as number, values.coverageProbability)
      values.dlSinrDb = measuredOr(m.sinrDb[o] as number, values.dlSinrDb)
      const measuredCellId = m.cellId[o] as number
      if (measuredCellId >= 0 && measuredCellId !== predictedCellId) {
        // The measured server is not the predicted one: its beam is unknown.
        servingCellId = measuredCellId
        beam = -1
      }
    }
    const source = isMeasured ? sourceCodes.measured : c >= 0 ? sourceCodes.predicted : sourceCodes.none
    const judgement = source === sourceCodes.none ? { code: verdictCodes['no-data'], failedMask: 0 } : judgePoint(values, input.checks)
    out.altitudesM[o] = input.altitudeM
    out.source[o] = source
    out.verdict[o] = judgement.code
    out.failedMask[o] = judgement.failedMask
    out.servingCellId[o] = servingCellId
    out.beam[o] = beam
    out.rsrpDbm[o] = values.rsrpDbm
    out.dlSinrDb[o] = values.dlSinrDb
    out.ulSinrDb[o] = values.ulSinrDb
    out.ulMbps[o] = values.ulMbps
    out.dlMbps[o] = values.dlMbps
    out.coverageProbability[o] = values.coverageProbability
  }
}

const measuredOr = (measured: number, predicted: number): number => (Number.isNaN(measured) ? predicted : measured)
