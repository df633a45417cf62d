import { describe, expect, it } from 'vitest'
import { coverageAgainstInterruption, fiveQiAgainstTargets, latencyBudgetProblems, noFittingFiveQi, rateAbovePeak } from './translateConsistency.js'
import { fiveQiRow, type FiveQiRow } from './translateFiveQi.js'

describe('consistency checks', () => {
  it('flags 99 % route coverage (space) against 0.1 % interruption (time): 36 s/h of gaps against 3.6 s/h (§7 step 11)', () => {
    const warning = coverageAgainstInterruption(99, 0.1, 36)
    expect(warning).toContain('up to 36 s per flight hour')
    expect(warning).toContain('10 × the 3.6 s')
    expect(warning).toContain('36 m of route per flight hour at 36 km/h')
  })

  it('passes coverage whose gaps fit in the interruption budget', () => {
    expect(coverageAgainstInterruption(99.95, 0.1)).toBeNull()
  })

  it('flags a 5QI whose PER is worse than the tolerated loss (72 against 2.8e-6, §7 step 7) or whose PDB is too long', () => {
    expect(fiveQiAgainstTargets(fiveQiRow(72) as FiveQiRow, 2.8e-6, 150)).toBe(
      '5QI 72: its PER 1e-4 is worse than the tolerated loss 2.8e-6 (add FEC/ARQ or request a row with PER ≤ 2.8e-6); its PDB 300 ms exceeds the 150 ms packet deadline.',
    )
    expect(fiveQiAgainstTargets(fiveQiRow(71) as FiveQiRow, 2.8e-6, 150)).toBeNull()
    expect(noFittingFiveQi(1e-6, 2)).toContain('PDB ≤ 2 ms and PER ≤ 1e-6')
  })

  it('flags a rate above the peak of the planned share', () => {
    expect(rateAbovePeak('ul', 123.7, 107.1)).toContain('UL rate 123.7 Mbit/s exceeds the 107.1 Mbit/s UL peak')
    expect(rateAbovePeak('ul', 24.93, 107.1)).toBeNull()
  })

  it('flags latency parts that exceed the total, and an air budget shorter than the wait for a slot', () => {
    expect(latencyBudgetProblems(5, { airMs: -1, transportMs: 3, coreMs: 2, serverMs: 1 }, 1.93, 'ul')).toContain('6 ms leave nothing of the 5 ms total')
    expect(latencyBudgetProblems(2, { airMs: 1, transportMs: 0.5, coreMs: 0.5, serverMs: 0 }, 1.93, 'ul')).toContain('the air interface gets 1 ms, no more than the 1.93 ms')
    expect(latencyBudgetProblems(100, { airMs: 65, transportMs: 10, coreMs: 5, serverMs: 20 }, 1.93, 'ul')).toBeNull()
  })
})
