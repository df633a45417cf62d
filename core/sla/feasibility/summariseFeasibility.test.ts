import { describe, expect, it } from 'vitest'
import { networkTarget, slaTargets } from '../testing/droneBackhaulTargets.js'
import { emptyEvaluatedColumns } from './evaluateLayer.js'
import { pointChecks } from './pointChecks.js'
import { summariseFeasibility } from './summariseFeasibility.js'

const model = {
  spacingM: 10, segmentLengthM: 100, tolerances: { distanceM: 30, altitudeM: 15, maxAgeDays: 365 }, margins: { levelDb: 3, rateFraction: 0.1, outageShare: 0.5 },
  rsrpThresholdDbm: -105, droneSpeedMps: 10, recoveryS: 0, calibrated: false, cells: 1, interruption: 'test',
}

describe('summariseFeasibility', () => {
  const targets = slaTargets([networkTarget('rsrp', -105, 'dBm'), networkTarget('coverage-probability', 90, '%', 'min', 90), networkTarget('interruption', 400, 's/h', 'max')])
  const checks = pointChecks(targets)
  // Two altitudes of 10 points 10 m apart. At 60 m one point fails (rsrp): 90 % covered, 10 m of 90 m → 400 s/h.
  // At 120 m one fails and one has no data, apart: 80 % covered.
  const columns = emptyEvaluatedColumns(20)
  columns.verdict.set([0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 3, 0, 0, 0])
  columns.source.set([0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1])
  columns.failedMask.set([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0])
  columns.rsrpDbm.set([-90, -90, -90, -110, -90, -104, -90, -90, -90, -90, -90, -110, -90, -90, -90, -90, Number.NaN, -90, -90, -90])
  columns.coverageProbability.fill(0.99)
  columns.coverageProbability[16] = Number.NaN
  const alongM = Float64Array.from({ length: 10 }, (_, i) => 10 * i)
  const summary = summariseFeasibility({ kind: 'route', altitudesM: [60, 120], pointsPerLayer: 10, columns, alongM, checks, targets, segments: [], model })

  it('computes coverage and interruption per altitude and passes an altitude only when both limits hold', () => {
    expect(summary.byAltitude).toEqual([
      { altitudeM: 60, points: 10, measuredPoints: 2, routeCoveragePct: 90, interruptionSecondsPerHour: 400, verdict: 'pass' },
      { altitudeM: 120, points: 10, measuredPoints: 0, routeCoveragePct: 80, interruptionSecondsPerHour: 800, verdict: 'fail' },
    ])
  })

  it('pools the headline figures: coverage over every point, interruption as the mean, and fails when any altitude fails', () => {
    expect(summary.routeCoveragePct).toBe(85)
    expect(summary.interruptionSecondsPerHour).toBe(600)
    expect(summary.verdict).toBe('fail')
    expect(summary.counts).toEqual({ pass: 16, marginal: 1, fail: 2, noData: 1 })
    expect(summary.measuredPct).toBe(10)
    expect([summary.coverageTargetPct, summary.interruptionTargetSecondsPerHour]).toEqual([90, 400])
  })

  it('counts, per target, the points where it could be checked and where it was met', () => {
    expect(summary.perTarget['rsrp']).toEqual({ value: -105, unit: 'dBm', bound: 'min', checkedPoints: 19, metPoints: 17, metPct: (100 * 17) / 19 })
    expect(summary.perTarget['coverage-probability']).toMatchObject({ checkedPoints: 19, metPoints: 19, metPct: 100 })
  })
})
