import { describe, expect, it } from 'vitest'
import { jitterAllowance, latencyBudgetSplit, oneWayLatencyFromGlassToGlass, tddSlotWaitMs } from './translateLatency.js'

describe('latency budget (§7 steps 5–6)', () => {
  it('leaves 100 ms one way of a 500 ms glass-to-glass target after a 200 ms buffer and 200 ms codec (§7 A5)', () => {
    expect(oneWayLatencyFromGlassToGlass(500, 200, 200).latencyMs).toBe(100)
  })

  it('gives the air interface what transport, core and server leave: 100 − 10 − 5 − 20 = 65 ms', () => {
    const step = latencyBudgetSplit(100, 10, 5, 20)
    expect(step.split).toEqual({ airMs: 65, transportMs: 10, coreMs: 5, serverMs: 20 })
    expect(step.exceeded).toBe(false)
  })

  it('flags parts that exceed the total', () => {
    expect(latencyBudgetSplit(5, 3, 2, 1).exceeded).toBe(true)
  })

  it('allows a PDV of 0.25 × 200 ms = 50 ms (§7 step 6)', () => {
    expect(jitterAllowance(200, 0.25).jitterMs).toBe(50)
  })

  it('waits up to 2.5 × 54/70 = 1.929 ms for a DDDSU UL slot and 2.5 × 18/70 = 0.643 ms for DL (abs 1e-3)', () => {
    expect(tddSlotWaitMs(2.5, 16 / 70)).toBeCloseTo(1.9286, 3)
    expect(tddSlotWaitMs(2.5, 52 / 70)).toBeCloseTo(0.6429, 3)
  })
})
