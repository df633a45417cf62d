import { describe, expect, it } from 'vitest'
import { networkTarget, slaTargets } from '../testing/droneBackhaulTargets.js'
import type { SceneCell } from '../../coverage/coverageScene.js'
import { emptyEvaluatedColumns, evaluateLayer } from './evaluateLayer.js'
import type { PointMeasurements } from './measureAtPoints.js'
import { pointChecks } from './pointChecks.js'
import type { PredictedLayer } from './predictInTiles.js'

const cells = [{ id: 11, name: 'A_1' }, { id: 12, name: 'A_2' }] as unknown as SceneCell[]
// Three points: 0 measured (sample 0, served by cell 12 although cell 11 is predicted), 1 predicted, 2 nothing in range.
const predicted: PredictedLayer = {
  bestCell: Int32Array.from([0, 1, -1]), bestBeam: Int32Array.from([3, 5, -1]), rsrpDbm: Float32Array.from([-80, -100, Number.NaN]),
  dlSinrDb: Float32Array.from([12, 4, Number.NaN]), ulSinrDb: Float32Array.from([9, 2, Number.NaN]), dlMbps: Float32Array.from([300, 80, Number.NaN]),
  ulMbps: Float32Array.from([40, 8, Number.NaN]), coverageProbability: Float32Array.from([1, 0.97, 0]),
}
// Measurements indexed like the output columns (offset 1): the sample standing for point 0 has no UL rate.
const measured: PointMeasurements = {
  found: Uint8Array.from([0, 1, 0, 0]), rsrpDbm: Float64Array.from([Number.NaN, -107, Number.NaN, Number.NaN]), sinrDb: Float64Array.from([Number.NaN, 1, Number.NaN, Number.NaN]),
  ulMbps: new Float64Array(4).fill(Number.NaN), dlMbps: Float64Array.from([Number.NaN, 55, Number.NaN, Number.NaN]), cellId: Int32Array.from([-1, 12, -1, -1]),
  rsrpShareAtThreshold: Float64Array.from([Number.NaN, 0.25, Number.NaN, Number.NaN]),
}
const checks = pointChecks(slaTargets([networkTarget('rsrp', -105, 'dBm'), networkTarget('ul-sinr', 5, 'dB'), networkTarget('coverage-probability', 99, '%'), networkTarget('dl-sinr', 3, 'dB')]))

describe('evaluateLayer', () => {
  const out = emptyEvaluatedColumns(4)
  evaluateLayer(
    {
      altitudeM: 1.5, eastM: Float64Array.from([0, 500, 9000]), northM: new Float64Array(3), predicted, cells, measured, checks,
    },
    out,
    1,
  )

  it('takes what the sample measured (its SINR as the DL SINR), the UL SINR and missing metrics from the prediction, and the empirical share as coverage probability', () => {
    expect(out.source[1]).toBe(0)
    expect([out.rsrpDbm[1], out.dlSinrDb[1], out.ulSinrDb[1], out.ulMbps[1], out.dlMbps[1], out.coverageProbability[1]]).toEqual([-107, 1, 9, 40, 55, 0.25])
    // Served by the measured cell, whose beam the prediction does not know.
    expect([out.servingCellId[1], out.beam[1]]).toEqual([12, -1])
    expect(out.verdict[1]).toBe(2)
    // rsrp −107 < −105, coverage 25 % < 99 %, measured DL SINR 1 < 3 dB; the predicted UL SINR 9 ≥ 5 holds.
    expect(out.failedMask[1]).toBe(0b1101)
  })

  it('judges a predicted point on the prediction and marks a point without a cell in range as no data', () => {
    expect([out.source[2], out.servingCellId[2], out.beam[2], out.verdict[2], out.failedMask[2]]).toEqual([1, 12, 5, 2, 0b110])
    expect([out.source[3], out.servingCellId[3], out.verdict[3]]).toEqual([2, -1, 3])
    expect(Number.isNaN(out.coverageProbability[3]!)).toBe(true)
    expect([...out.altitudesM]).toEqual([0, 1.5, 1.5, 1.5])
  })
})
