import { describe, expect, it } from 'vitest'
import { networkTarget, slaTargets } from '../testing/droneBackhaulTargets.js'
import { coverageShareTargetPct, feasibilityMargins, interruptionTargetSecondsPerHour, judgePoint, pointChecks, type PointMetric } from './pointChecks.js'

const values = (overrides: Partial<Record<PointMetric, number>>): Record<PointMetric, number> => ({
  rsrpDbm: Number.NaN, ulSinrDb: Number.NaN, dlSinrDb: Number.NaN, ulMbps: Number.NaN, dlMbps: Number.NaN, coverageProbability: Number.NaN, ...overrides,
})

describe('pointChecks', () => {
  it('keeps the targets a point can check, converted to the metrics’ units, with their marginal bands', () => {
    const checks = pointChecks(slaTargets([
      networkTarget('rsrp', -105, 'dBm'),
      networkTarget('ul-sinr', 10, 'dB'),
      networkTarget('dl-sinr', 0, 'dB'),
      networkTarget('ul-throughput', 25_000, 'kbit/s'),
      networkTarget('dl-throughput', 0.3, 'Mbit/s'),
      networkTarget('coverage-probability', 99, '%'),
      networkTarget('latency', 100, 'ms', 'max'),
    ]))
    expect(checks.map((c) => [c.targetId, c.metric])).toEqual([
      ['rsrp', 'rsrpDbm'], ['ul-sinr', 'ulSinrDb'], ['dl-sinr', 'dlSinrDb'], ['ul-throughput', 'ulMbps'], ['dl-throughput', 'dlMbps'], ['coverage-probability', 'coverageProbability'],
    ])
    const [rsrp, sinr, dlSinr, ul, dl, coverage] = checks
    expect([rsrp!.threshold, rsrp!.marginalBelow]).toEqual([-105, -102])
    expect([sinr!.threshold, sinr!.marginalBelow]).toEqual([10, 13])
    expect([dlSinr!.threshold, dlSinr!.marginalBelow]).toEqual([0, 3])
    expect(ul!.threshold).toBeCloseTo(25, 9)
    expect(ul!.marginalBelow).toBeCloseTo(27.5, 9)
    expect(dl!.marginalBelow).toBeCloseTo(0.33, 9)
    expect(coverage!.threshold).toBeCloseTo(0.99, 12)
    expect(coverage!.marginalBelow).toBeCloseTo(0.995, 12)
    expect(feasibilityMargins).toEqual({ levelDb: 3, rateFraction: 0.1, outageShare: 0.5 })
  })

  it('refuses a unit it cannot read and a maximum bound, naming the target', () => {
    expect(() => pointChecks(slaTargets([networkTarget('rsrp', -105, 'dB')]))).toThrow(/target rsrp must be in dBm, not "dB"/)
    expect(() => pointChecks(slaTargets([networkTarget('ul-throughput', 25, 'MB/s')]))).toThrow(/target ul-throughput must be in bit\/s, kbit\/s, Mbit\/s, Gbit\/s, not "MB\/s"/)
    expect(() => pointChecks(slaTargets([networkTarget('ul-sinr', 10, 'dB', 'max')]))).toThrow(/target ul-sinr must be a minimum/)
  })
})

describe('judgePoint', () => {
  const checks = pointChecks(slaTargets([networkTarget('rsrp', -105, 'dBm'), networkTarget('ul-sinr', 10, 'dB'), networkTarget('coverage-probability', 99, '%')]))

  it('passes a point that meets every target with margin, and one where nothing can be checked', () => {
    expect(judgePoint(values({ rsrpDbm: -90, ulSinrDb: 15, coverageProbability: 0.999 }), checks)).toEqual({ code: 0, failedMask: 0 })
    expect(judgePoint(values({}), checks)).toEqual({ code: 0, failedMask: 0 })
  })

  it('calls a point marginal when every target holds but one lies within its margin (the threshold itself included)', () => {
    expect(judgePoint(values({ rsrpDbm: -103, ulSinrDb: 15 }), checks).code).toBe(1)
    expect(judgePoint(values({ rsrpDbm: -90, ulSinrDb: 10 }), checks).code).toBe(1)
    expect(judgePoint(values({ coverageProbability: 0.994 }), checks).code).toBe(1)
    expect(judgePoint(values({ rsrpDbm: -102, ulSinrDb: 13, coverageProbability: 0.995 }), checks).code).toBe(0)
  })

  it('fails a point below any target and says which (bit i for checks[i]), skipping unknown metrics', () => {
    expect(judgePoint(values({ rsrpDbm: -106, ulSinrDb: 9.9, coverageProbability: 0.999 }), checks)).toEqual({ code: 2, failedMask: 0b011 })
    expect(judgePoint(values({ ulSinrDb: 20, coverageProbability: 0.98 }), checks)).toEqual({ code: 2, failedMask: 0b100 })
  })
})

describe('SLA-level limits', () => {
  it('reads the coverage share from the coverage target’s percentile, else its value', () => {
    expect(coverageShareTargetPct(slaTargets([networkTarget('coverage-probability', 95, '%', 'min', 99)]))).toBe(99)
    expect(coverageShareTargetPct(slaTargets([networkTarget('coverage-probability', 0.98, 'ratio')]))).toBe(98)
    expect(coverageShareTargetPct(slaTargets([]))).toBeNull()
  })

  it('reads the interruption limit in s/h, converting a share of time (0.1 % = 3.6 s/h)', () => {
    expect(interruptionTargetSecondsPerHour(slaTargets([networkTarget('interruption', 3.6, 's/h', 'max')]))).toBe(3.6)
    expect(interruptionTargetSecondsPerHour(slaTargets([networkTarget('interruption', 0.1, '%', 'max')]))).toBeCloseTo(3.6, 12)
    expect(interruptionTargetSecondsPerHour(slaTargets([networkTarget('interruption', 0.001, 'ratio', 'max')]))).toBeCloseTo(3.6, 12)
    expect(interruptionTargetSecondsPerHour(slaTargets([]))).toBeNull()
    expect(() => interruptionTargetSecondsPerHour(slaTargets([networkTarget('interruption', 1, 'min', 'max')]))).toThrow(/target interruption must be in s\/h/)
  })
})
