import { describe, expect, it } from 'vitest'
import { defaultRadioThresholds } from './demarcateProblem.js'
import {
  areaDropLine, cellDropLine, cellRttLine, goodRadioLine, kpiDegradationLine, noRadioLine, poorCqiLine, poorRsrpLine, poorSinrLine, rttSegmentLine,
  serverKqiLine, serverRadioRttLine, terminalLines, unexplainedLine, type EvidenceLine,
} from './demarcationEvidence.js'
import { chineseLineFaults, numbersIn } from './testing/bilingualLines.js'

const t = defaultRadioThresholds
const kpi = { counter: 'dlBlerPct', domain: 'radio' as const, startTimeMs: 1_576_318_590_000, endTimeMs: 1_576_318_650_000, baselineMedian: 2, worstZ: 9.25 }
const drop = { metric: 'dlMbps', startTimeMs: 1000, endTimeMs: 1999, baselineMedian: 20, worstZ: 9.5, maxCellsReporting: 3 }
const cellDrop = { metric: 'dlMbps', worse: 'lower' as const, startTimeMs: 1000, endTimeMs: 1999, baselineMedian: 20, worstZ: 9.5 }
const rttRise = { ...cellDrop, metric: 'rttMs', worse: 'higher' as const, baselineMedian: 31.5 }

/** Every kind of evidence line, by the domain or fact it stands for. */
const kinds: [string, EvidenceLine][] = [
  ['radio: RSRP', poorRsrpLine(12, 40, t, -114.2)],
  ['radio: SINR', poorSinrLine(7, 40, t, -1.35)],
  ['radio: CQI', poorCqiLine(3, 40, t)],
  ['radio: median not measured', poorRsrpLine(1, 1, t, null)],
  ['KPI degradation of any cell', kpiDegradationLine(5, 9, kpi)],
  ['KPI degradation of one cell', kpiDegradationLine(5, 9, { ...kpi, cell: 'FT022_1' })],
  ['transport/core: radio good', goodRadioLine(30, 32, t)],
  ['transport/core: cell RTT', cellRttLine({ medianMs: 85, count: 120 })],
  ['transport: no RTT segments', rttSegmentLine(null)],
  ['RTT segment', rttSegmentLine({ name: 'rttCoreMs', ms: 140 })],
  ['server: RTT fine', serverRadioRttLine(4, 4, { medianMs: 30 })],
  ['server: RTT not measured', serverRadioRttLine(4, 4, null)],
  ['server: KQI', serverKqiLine({ kqi: 'pageLoadTimeS', median: 6.2, threshold: 3, count: 12 })],
  ['unknown: good radio', unexplainedLine(9, 10, t)],
  ['unknown: no radio', noRadioLine(1, 10)],
  ['area drop of the DL rate', areaDropLine(200, 300, drop)],
  ['area drop, one cell, another metric', areaDropLine(2, 3, { ...drop, metric: 'ulMbps', maxCellsReporting: 1 })],
  ['cell drop of its DL rate', cellDropLine(200, 300, cellDrop)],
  ['cell rise of an RTT KQI', cellDropLine(4, 9, rttRise)],
  ['cell rise of a KQI in seconds', cellDropLine(4, 9, { ...rttRise, metric: 'pageLoadTimeS' })],
  ['cell drop of a KQI without a unit in its name', cellDropLine(1, 2, { ...cellDrop, metric: 'videoMos5' })],
  ...terminalLines(2, 'X1', [['P7', 30], ['S23', 4]]).map((line, i): [string, EvidenceLine] => [`terminal ${i}`, line]),
]

describe('demarcation evidence in English and Chinese, from the same numbers', () => {
  it.each(kinds)('%s: the Chinese line is Chinese and carries the numbers of the English one', (_kind, line) => {
    expect(line.en.length).toBeGreaterThan(0)
    expect(chineseLineFaults([line.en], [line.zh])).toEqual([])
  })

  it('writes the lines as a Chinese optimisation engineer does, keeping RSRP, RTT, KPI, z, units, names and ISO times', () => {
    expect(poorRsrpLine(12, 40, t, -114.2)).toEqual({
      en: '12 of 40 affected samples with RSRP < -110 dBm (median -114.2 dBm)',
      zh: 'RSRP < -110 dBm 的受影响采样点 12/40（中位数 -114.2 dBm）',
    })
    expect(cellRttLine({ medianMs: 85, count: 120 }).zh).toBe('小区 RTT 中位数 85.0 ms（共 120 个 RTT KQI）')
    expect(kpiDegradationLine(5, 9, { ...kpi, cell: 'FT022_1' }).zh).toBe(
      '5/9 条记录处于小区 FT022_1 的 KPI dlBlerPct 劣化期间（基线中位数 2.00，最差 z 值 9.3），时段 2019-12-14T10:16:30.000Z 至 2019-12-14T10:17:30.000Z',
    )
    expect(kpiDegradationLine(5, 9, kpi).zh).toMatch(/^5\/9 条记录处于 KPI dlBlerPct 劣化期间/)
    expect(areaDropLine(200, 300, drop).zh).toBe(
      '200/300 条记录处于区域下行速率下降期间（下降前中位数 20.00 Mbit/s，最差 z 值 9.5，同一时段最多 3 个小区上报），时段 1970-01-01T00:00:01.000Z 至 1970-01-01T00:00:01.999Z',
    )
    expect(cellDropLine(200, 300, cellDrop)).toEqual({
      en: "200 of 300 during a drop of the cell's DL rate (median before 20.00 Mbit/s, worst z 9.5) from 1970-01-01T00:00:01.000Z to 1970-01-01T00:00:01.999Z",
      zh: '200/300 条记录处于本小区下行速率下降期间（下降前中位数 20.00 Mbit/s，最差 z 值 9.5），时段 1970-01-01T00:00:01.000Z 至 1970-01-01T00:00:01.999Z',
    })
    expect(cellDropLine(4, 9, rttRise)).toEqual({
      en: "4 of 9 during a rise of the cell's KQI rttMs (median before 31.50 ms, worst z 9.5) from 1970-01-01T00:00:01.000Z to 1970-01-01T00:00:01.999Z",
      zh: '4/9 条记录处于本小区 KQI rttMs 上升期间（上升前中位数 31.50 ms，最差 z 值 9.5），时段 1970-01-01T00:00:01.000Z 至 1970-01-01T00:00:01.999Z',
    })
    expect(cellDropLine(4, 9, { ...rttRise, metric: 'pageLoadTimeS' }).en).toContain('(median before 31.50 s,')
    expect(cellDropLine(1, 2, { ...cellDrop, metric: 'videoMos5' }).en).toContain("drop of the cell's KQI videoMos5 (median before 20.00, worst z")
    expect(serverKqiLine({ kqi: 'pageLoadTimeS', median: 6.2, threshold: 3, count: 12 }).zh).toBe('服务器侧 KQI pageLoadTimeS：中位数 6.20，高于门限 3（共 12 个值）')
    expect(terminalLines(2, 'X1', [['P7', 30], ['S23', 4]]).map((line) => line.zh)).toEqual([
      '全部 2 条受影响记录均来自终端 X1',
      '本小区其他终端没有问题：P7（30 条记录）、S23（4 条记录）',
    ])
  })
})

describe('the bilingual line check (testing/bilingualLines)', () => {
  it('takes the numbers as a multiset, signs kept, U+2212 read as a minus', () => {
    expect(numbersIn('1 of 2 with SINR < 0 dB (median −3.5 dB), 1 again')).toEqual(['-3.5', '0', '1', '1', '2'])
  })

  it('finds a missing, English, emptied or misnumbered Chinese line', () => {
    expect(chineseLineFaults(['a 1'], [])).toEqual(['0 Chinese lines for 1 English lines'])
    expect(chineseLineFaults(['a 1'], ['a 1'])[0]).toMatch(/^line 0 is not Chinese/)
    expect(chineseLineFaults(['a 1'], [' '])[0]).toMatch(/^line 0 is not Chinese/)
    expect(chineseLineFaults(['1 of 1'], ['1 条'])[0]).toMatch(/^line 0 numbers differ/)
    expect(chineseLineFaults(['-110 dBm'], ['110 dBm 以下'])[0]).toMatch(/^line 0 numbers differ/)
  })
})
