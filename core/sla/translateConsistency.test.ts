import { describe, expect, it } from 'vitest'
import { coverageAgainstInterruption, fiveQiAgainstTargets, latencyBudgetProblems, noFittingFiveQi, rateAbovePeak } from './translateConsistency.js'
import { fiveQiRow, type FiveQiRow } from './translateFiveQi.js'

describe('consistency checks', () => {
  it('flags 99 % route coverage (space) against 0.1 % interruption (time): 36 s/h of gaps against 3.6 s/h (§7 step 11)', () => {
    const warning = coverageAgainstInterruption(99, 0.1, 36)
    expect(warning?.en).toContain('up to 36 s per flight hour')
    expect(warning?.en).toContain('10 × the 3.6 s')
    expect(warning?.en).toContain('36 m of route per flight hour at 36 km/h')
    expect(warning?.zh).toContain('每飞行小时最多 36 s 中断')
    expect(warning?.zh).toContain('3.6 s 的 10 倍')
    expect(warning?.zh).toContain('以 36 km/h 计，每飞行小时 36 m 航线')
  })

  it('passes coverage whose gaps fit in the interruption budget', () => {
    expect(coverageAgainstInterruption(99.95, 0.1)).toBeNull()
  })

  it('flags a 5QI whose PER is worse than the tolerated loss (72 against 2.8e-6, §7 step 7) or whose PDB is too long', () => {
    expect(fiveQiAgainstTargets(fiveQiRow(72) as FiveQiRow, 2.8e-6, 150)).toEqual({
      en: '5QI 72: its PER 1e-4 is worse than the tolerated loss 2.8e-6 (add FEC/ARQ or request a row with PER ≤ 2.8e-6); its PDB 300 ms exceeds the 150 ms packet deadline.',
      zh: '5QI 72：其分组差错率 PER 1e-4 劣于可容忍的分组丢失率 2.8e-6（需增加 FEC/ARQ，或申请 PER ≤ 2.8e-6 的行）；其时延预算 PDB 300 ms 超过 150 ms 的包截止时间。',
    })
    expect(fiveQiAgainstTargets(fiveQiRow(71) as FiveQiRow, 2.8e-6, 150)).toBeNull()
    expect(noFittingFiveQi(1e-6, 2).en).toContain('PDB ≤ 2 ms and PER ≤ 1e-6')
    expect(noFittingFiveQi(1e-6, 2).zh).toContain('时延预算 PDB ≤ 2 ms 与分组差错率 PER ≤ 1e-6')
  })

  it('flags a rate above the peak of the planned share', () => {
    expect(rateAbovePeak('ul', 123.7, 107.1)?.en).toContain('UL rate 123.7 Mbit/s exceeds the 107.1 Mbit/s UL peak')
    expect(rateAbovePeak('ul', 123.7, 107.1)?.zh).toContain('上行速率 123.7 Mbit/s 超过规划份额的上行峰值速率 107.1 Mbit/s')
    expect(rateAbovePeak('ul', 24.93, 107.1)).toBeNull()
  })

  it('flags latency parts that exceed the total, and an air budget shorter than the wait for a slot', () => {
    const exceeded = latencyBudgetProblems(5, { airMs: -1, transportMs: 3, coreMs: 2, serverMs: 1 }, 1.93, 'ul')
    expect(exceeded?.en).toContain('6 ms leave nothing of the 5 ms total')
    expect(exceeded?.zh).toContain('= 6 ms，5 ms 总预算中未给空口留下任何余量')
    const short = latencyBudgetProblems(2, { airMs: 1, transportMs: 0.5, coreMs: 0.5, serverMs: 0 }, 1.93, 'ul')
    expect(short?.en).toContain('the air interface gets 1 ms, no more than the 1.93 ms')
    expect(short?.zh).toContain('空口仅分得 1 ms，不超过数据包在该 TDD 配比下等待上行时隙可能需要的 1.93 ms')
    expect(latencyBudgetProblems(100, { airMs: 65, transportMs: 10, coreMs: 5, serverMs: 20 }, 1.93, 'ul')).toBeNull()
  })
})
