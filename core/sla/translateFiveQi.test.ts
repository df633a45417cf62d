import { describe, expect, it } from 'vitest'
import { fiveQiRow, fiveQiTable, selectFiveQi, type FiveQiRequirement } from './translateFiveQi.js'

const gbr: FiveQiRequirement['resourceTypes'] = ['gbr', 'dc-gbr']

describe('5QI table (TS 23.501 Table 5.7.4-1 rows of sla-and-qoe-models.md §2.4)', () => {
  it('is sorted by 5QI and holds the reference rows', () => {
    const numbers = fiveQiTable.map((r) => r.fiveQi)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(numbers).toEqual([1, 2, 3, 4, 6, 7, 8, 67, 71, 72, 73, 74, 76, 80, 82, 83, 85, 87, 88, 89, 90])
    expect(fiveQiRow(71)).toMatchObject({ resourceType: 'gbr', pdbMs: 150, per: 1e-6 })
    expect(fiveQiRow(72)).toMatchObject({ pdbMs: 300, per: 1e-4 })
    expect(fiveQiRow(85)).toMatchObject({ resourceType: 'dc-gbr', pdbMs: 5, per: 1e-5, mdbvBytes: 255 })
    expect(fiveQiRow(1)?.tag).toBe('U')
  })
})

describe('choosing the 5QI: lowest-numbered row whose PDB and PER meet the targets', () => {
  it('picks 71 for the drone 4K backhaul (§7 step 5): deadline 100 + 50 ms, PLR 2.8e-6; 4 is too slow, 1–3 and 67 too lossy', () => {
    const choice = selectFiveQi({ deadlineMs: 150, packetLoss: 2.8e-6, resourceTypes: gbr, burstBytes: 130_000 })
    expect(choice.row?.fiveQi).toBe(71)
    expect(choice.basis).toContain('4 (PDB 300 ms > 150 ms)')
    expect(choice.basis).toContain('67 (PER 0.001 > 2.8e-6)')
  })

  it('picks 4 when the deadline allows 300 ms and the loss 1e-4', () => {
    expect(selectFiveQi({ deadlineMs: 300, packetLoss: 1e-4, resourceTypes: gbr, burstBytes: 0 }).row?.fiveQi).toBe(4)
  })

  it('picks the delay-critical 82 for direct-stick C2 (40 ms, 99.9 %; §7: PDB ≤ 20 ms)', () => {
    expect(selectFiveQi({ deadlineMs: 40, packetLoss: 1e-3, resourceTypes: gbr, burstBytes: 168 }).row?.fiveQi).toBe(82)
  })

  it('skips a delay-critical row whose MDBV cannot hold the burst: 300 B → 83 (MDBV 1354 B)', () => {
    expect(selectFiveQi({ deadlineMs: 40, packetLoss: 1e-3, resourceTypes: gbr, burstBytes: 300 }).row?.fiveQi).toBe(83)
  })

  it('admits PER 1e-3 against a 99.9 % reliability despite floating-point rounding (1 − 0.999 < 1e-3)', () => {
    expect(selectFiveQi({ deadlineMs: 1000, packetLoss: 1 - 99.9 / 100, resourceTypes: gbr, burstBytes: 0 }).row?.fiveQi).toBe(2)
  })

  it('keeps to non-GBR rows when asked: 15 ms, 1e-4 → 80', () => {
    expect(selectFiveQi({ deadlineMs: 15, packetLoss: 1e-4, resourceTypes: ['non-gbr'], burstBytes: 0 }).row?.fiveQi).toBe(80)
  })

  it('returns no row, saying so, when nothing fits (2 ms)', () => {
    const choice = selectFiveQi({ deadlineMs: 2, packetLoss: 1e-6, resourceTypes: gbr, burstBytes: 0 })
    expect(choice.row).toBeNull()
    expect(choice.basis).toContain('no GBR/DC-GBR row')
  })
})
