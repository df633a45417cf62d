import { describe, expect, it } from 'vitest'
import { demarcateProblem, type AffectedRecord, type CellEvidence } from './demarcateProblem.js'
import { chineseLineFaults } from './testing/bilingualLines.js'

const noEvidence: CellEvidence = { rtt: null, rttSegmentsMs: {}, badServerKqis: [], kpiDegradations: [], recordsPerDevice: {} }

const sample = (over: Partial<AffectedRecord> = {}): AffectedRecord => ({
  source: 'sample', badness: 0.5, timeMs: 1000, rsrpDbm: -90, sinrDb: 10, cqi: 11, device: null, ...over,
})

describe('demarcateProblem (radio / transport / core / server / terminal, with evidence)', () => {
  it('puts samples with poor RSRP, SINR or CQI on radio and lists the counts and medians', () => {
    const causes = demarcateProblem([sample({ rsrpDbm: -118 }), sample({ sinrDb: -3 }), sample()], noEvidence)
    const radio = causes.find((c) => c.domain === 'radio')!
    expect(radio.share).toBeCloseTo(2 / 3, 12)
    expect(radio.evidence).toContain('1 of 2 affected samples with RSRP < -110 dBm (median -104.0 dBm)')
    expect(radio.evidence).toContain('1 of 2 with SINR < 0 dB (median 3.5 dB)')
    const unknown = causes.find((c) => c.domain === 'unknown')!
    expect(unknown.share).toBeCloseTo(1 / 3, 12)
    expect(unknown.evidence[0]).toMatch(/^1 of 1 with good radio/)
  })

  it('weights shares by badness, and they sum to 1', () => {
    const causes = demarcateProblem([sample({ sinrDb: -5, badness: 0.9 }), sample({ badness: 0.1 })], noEvidence)
    expect(causes.map((c) => [c.domain, Number(c.share.toFixed(6))])).toEqual([['radio', 0.9], ['unknown', 0.1]])
  })

  it('blames transport when radio is good but the cell RTT is high, and says transport and core are not told apart', () => {
    const causes = demarcateProblem([sample()], { ...noEvidence, rtt: { medianMs: 180, count: 40 } })
    expect(causes).toHaveLength(1)
    expect(causes[0]!.domain).toBe('transport')
    expect(causes[0]!.evidence).toContain('cell RTT median 180.0 ms over 40 RTT KQIs')
    expect(causes[0]!.evidence.join('\n')).toContain('no RTT segments')
  })

  it('blames transport for slow RTTs whose largest segment lies beyond the RAN, even under poor radio; radio when the RAN segment is the largest', () => {
    const slowRtt = sample({ source: 'rttMs', sinrDb: -4, cqi: 3 })
    const segments = { rtt: { medianMs: 160, count: 30 }, rttSegmentsMs: { rttRanMs: 18, rttTransportMs: 130, rttCoreMs: 6 } }
    const beyond = demarcateProblem([slowRtt, sample({ sinrDb: -4 })], { ...noEvidence, ...segments })
    expect(beyond.map((c) => c.domain)).toEqual(['transport', 'radio'])
    expect(beyond[0]!.evidence).toEqual([
      '1 of 1 slow RTTs with the delay beyond the RAN (largest segment rttTransportMs = 130.0 ms, RAN segment 18.0 ms), whatever the radio',
      'cell RTT median 160.0 ms over 30 RTT KQIs',
    ])
    expect(chineseLineFaults(beyond[0]!.evidence, beyond[0]!.evidenceZh)).toEqual([])
    const ranLargest = demarcateProblem([slowRtt], { ...noEvidence, rtt: { medianMs: 160, count: 30 }, rttSegmentsMs: { rttRanMs: 120, rttTransportMs: 30 } })
    expect(ranLargest.map((c) => c.domain)).toEqual(['radio'])
  })

  it('blames core when the RTT segments show the core segment is the largest', () => {
    const causes = demarcateProblem([sample()], { ...noEvidence, rtt: { medianMs: 180, count: 40 }, rttSegmentsMs: { rttTransportMs: 20, rttCoreMs: 140 } })
    expect(causes[0]!.domain).toBe('core')
    expect(causes[0]!.evidence).toContain('largest RTT segment rttCoreMs = 140.0 ms')
  })

  it('blames the server when radio and RTT are fine but page load times are bad', () => {
    const evidence: CellEvidence = { ...noEvidence, rtt: { medianMs: 30, count: 10 }, badServerKqis: [{ kqi: 'pageLoadTimeS', median: 6.2, threshold: 3, count: 12 }] }
    const causes = demarcateProblem([sample()], evidence)
    expect(causes[0]!.domain).toBe('server')
    expect(causes[0]!.evidence).toContain('server-side KQI pageLoadTimeS: median 6.20 above 3 over 12 values')
  })

  it('blames radio for a good-radio sample inside a degraded radio KPI period of the cell', () => {
    const evidence: CellEvidence = { ...noEvidence, kpiDegradations: [{ counter: 'dlBlerPct', domain: 'radio', startTimeMs: 500, endTimeMs: 1500, baselineMedian: 2, worstZ: 9 }] }
    const causes = demarcateProblem([sample({ timeMs: 1000 }), sample({ timeMs: 5000 })], evidence)
    expect(causes.find((c) => c.domain === 'radio')!.evidence[0]).toMatch(/^1 of 1 during a degradation of KPI dlBlerPct/)
    expect(causes.find((c) => c.domain === 'unknown')!.share).toBeCloseTo(0.5, 12)
  })

  it('blames the terminal when only one of the devices seen in the cell is affected', () => {
    const records = [sample({ device: 'X1', sinrDb: -4 }), sample({ device: 'X1' })]
    const causes = demarcateProblem(records, { ...noEvidence, recordsPerDevice: { X1: 20, P7: 30 } })
    expect(causes).toEqual([
      {
        domain: 'terminal',
        share: 1,
        evidence: ['all 2 affected records come from device X1', 'no problem on the other devices in the cell: P7 (30 records)'],
        evidenceZh: ['全部 2 条受影响记录均来自终端 X1', '本小区其他终端没有问题：P7（30 条记录）'],
      },
    ])
    // Two affected devices: not a terminal problem.
    const both = demarcateProblem([sample({ device: 'X1' }), sample({ device: 'P7' })], { ...noEvidence, recordsPerDevice: { X1: 20, P7: 30 } })
    expect(both.some((c) => c.domain === 'terminal')).toBe(false)
  })

  it('returns no causes for no affected records', () => {
    expect(demarcateProblem([], noEvidence)).toEqual([])
  })
})

describe('demarcateProblem for an area (records of several cells, the area\'s DL-rate drops)', () => {
  const drop = { metric: 'dlMbps', startTimeMs: 1000, endTimeMs: 1999, baselineMedian: 20, worstZ: 9.5, maxCellsReporting: 3 }

  it('lists, per domain, how many of its records fall in a drop of the area\'s DL rate, without moving any record', () => {
    const causes = demarcateProblem([sample({ timeMs: 1500 }), sample({ timeMs: 2500 }), sample({ timeMs: 1200, sinrDb: -4 })], { ...noEvidence, areaDegradations: [drop] })
    expect(causes.map((c) => c.domain)).toEqual(['unknown', 'radio'])
    expect(causes[0]!.evidence).toContain("1 of 2 during a drop of the area's DL rate (median before 20.00 Mbit/s, worst z 9.5, at most 3 cells reporting at a time) from 1970-01-01T00:00:01.000Z to 1970-01-01T00:00:01.999Z")
    expect(causes[1]!.evidence.join('\n')).toContain("1 of 1 during a drop of the area's DL rate")
  })

  it('applies a KPI degradation of one cell only to that cell\'s records, and names the cell', () => {
    const kpi = { cell: 'A', counter: 'dlBlerPct', domain: 'radio' as const, startTimeMs: 0, endTimeMs: 5000, baselineMedian: 5, worstZ: 12 }
    const causes = demarcateProblem([sample({ cell: 'A' }), sample({ cell: 'B' }), sample({ cell: null })], { ...noEvidence, kpiDegradations: [kpi] })
    const radio = causes.find((c) => c.domain === 'radio')!
    expect(radio.share).toBeCloseTo(1 / 3, 12)
    expect(radio.evidence[0]).toMatch(/^1 of 1 during a degradation of KPI dlBlerPct of cell A \(baseline median 5\.00/)
  })
})

describe('demarcateProblem for a cell with drops of its own series (its DL rate, its timed KQIs)', () => {
  const dlDrop = { metric: 'dlMbps', worse: 'lower' as const, startTimeMs: 1000, endTimeMs: 1999, baselineMedian: 20, worstZ: 9.5 }
  const rttRise = { metric: 'rttMs', worse: 'higher' as const, startTimeMs: 2000, endTimeMs: 2999, baselineMedian: 30, worstZ: 12 }

  it('lists, per domain, how many of its records fall in each of the cell\'s drops, without moving any record', () => {
    const records = [sample({ timeMs: 1500 }), sample({ timeMs: 2500 }), sample({ timeMs: 1200, sinrDb: -4 }), sample({ timeMs: null })]
    const without = demarcateProblem(records, noEvidence)
    const causes = demarcateProblem(records, { ...noEvidence, cellDegradations: [dlDrop, rttRise] })
    expect(causes.map((c) => [c.domain, c.share])).toEqual(without.map((c) => [c.domain, c.share]))
    const unknown = causes.find((c) => c.domain === 'unknown')!
    expect(unknown.evidence).toContain("1 of 3 during a drop of the cell's DL rate (median before 20.00 Mbit/s, worst z 9.5) from 1970-01-01T00:00:01.000Z to 1970-01-01T00:00:01.999Z")
    expect(unknown.evidence).toContain("1 of 3 during a rise of the cell's KQI rttMs (median before 30.00 ms, worst z 12.0) from 1970-01-01T00:00:02.000Z to 1970-01-01T00:00:02.999Z")
    const radio = causes.find((c) => c.domain === 'radio')!
    expect(radio.evidence.filter((e) => e.includes('during a'))).toEqual([expect.stringMatching(/^1 of 1 during a drop of the cell's DL rate/)])
  })
})

describe('demarcateProblem writes every cause\'s evidence in Chinese too (evidenceZh)', () => {
  const kpi = (domain: 'radio' | 'transport' | 'core', over = {}) => ({ counter: `${domain}Kpi`, domain, startTimeMs: 0, endTimeMs: 5000, baselineMedian: 5, worstZ: 12, ...over })
  const drop = { metric: 'dlMbps', startTimeMs: 0, endTimeMs: 5000, baselineMedian: 20, worstZ: 9.5, maxCellsReporting: 1 }
  const cases: [string, AffectedRecord[], CellEvidence][] = [
    ['radio (RSRP, SINR, CQI) and unknown', [sample({ rsrpDbm: -118 }), sample({ sinrDb: -3 }), sample({ cqi: 3 }), sample()], noEvidence],
    ['radio by a KPI of one cell', [sample({ cell: 'A' })], { ...noEvidence, kpiDegradations: [kpi('radio', { cell: 'A' })] }],
    ['transport, no RTT segments', [sample()], { ...noEvidence, rtt: { medianMs: 180, count: 40 } }],
    ['core, by the RTT segments', [sample()], { ...noEvidence, rtt: { medianMs: 180, count: 40 }, rttSegmentsMs: { rttTransportMs: 20, rttCoreMs: 140 } }],
    ['transport by a transport KPI', [sample()], { ...noEvidence, kpiDegradations: [kpi('transport')] }],
    ['server, RTT fine', [sample()], { ...noEvidence, rtt: { medianMs: 30, count: 10 }, badServerKqis: [{ kqi: 'pageLoadTimeS', median: 6.2, threshold: 3, count: 12 }] }],
    ['server, RTT not measured', [sample()], { ...noEvidence, badServerKqis: [{ kqi: 'ttfbMs', median: 900, threshold: 600, count: 5 }] }],
    ['unknown without radio', [sample({ source: 'throughputMbps', rsrpDbm: null, sinrDb: null, cqi: null })], noEvidence],
    ['terminal', [sample({ device: 'X1' })], { ...noEvidence, recordsPerDevice: { X1: 20, P7: 30, S23: 1 } }],
    ['area drops', [sample({ sinrDb: -4 }), sample()], { ...noEvidence, areaDegradations: [drop] }],
    ['cell drops and rises', [sample({ sinrDb: -4 }), sample()], { ...noEvidence, cellDegradations: [{ ...drop, worse: 'lower' }, { ...drop, metric: 'rttMs', worse: 'higher' }] }],
  ]

  it.each(cases)('%s: one Chinese line per English line, in order, with the same numbers', (_name, records, evidence) => {
    const causes = demarcateProblem(records, evidence)
    expect(causes.length).toBeGreaterThan(0)
    for (const cause of causes) {
      expect(cause.evidence.length, cause.domain).toBeGreaterThan(0)
      expect(chineseLineFaults(cause.evidence, cause.evidenceZh), cause.domain).toEqual([])
    }
  })
})
