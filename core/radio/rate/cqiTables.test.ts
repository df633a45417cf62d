import { describe, expect, it } from 'vitest'
import { cqiEfficiencyBitsPerRe, cqiTable1, cqiTable2 } from './cqiTables.js'

// docs/radio-models.md §5.1 (TS 38.214 V18.7.0 Tables 5.2.2.1-2 and 5.2.2.1-3): [modulation, rate×1024, efficiency].
const table1 = [
  ['qpsk', 78, 0.1523], ['qpsk', 120, 0.2344], ['qpsk', 193, 0.377], ['qpsk', 308, 0.6016], ['qpsk', 449, 0.877],
  ['qpsk', 602, 1.1758], ['16qam', 378, 1.4766], ['16qam', 490, 1.9141], ['16qam', 616, 2.4063], ['64qam', 466, 2.7305],
  ['64qam', 567, 3.3223], ['64qam', 666, 3.9023], ['64qam', 772, 4.5234], ['64qam', 873, 5.1152], ['64qam', 948, 5.5547],
]
const table2 = [
  ['qpsk', 78, 0.1523], ['qpsk', 193, 0.377], ['qpsk', 449, 0.877], ['16qam', 378, 1.4766], ['16qam', 490, 1.9141],
  ['16qam', 616, 2.4063], ['64qam', 466, 2.7305], ['64qam', 567, 3.3223], ['64qam', 666, 3.9023], ['64qam', 772, 4.5234],
  ['64qam', 873, 5.1152], ['256qam', 711, 5.5547], ['256qam', 797, 6.2266], ['256qam', 885, 6.9141], ['256qam', 948, 7.4063],
]

describe.each([
  ['table1 (TS 38.214 Table 5.2.2.1-2)', cqiTable1, table1],
  ['table2 (TS 38.214 Table 5.2.2.1-3)', cqiTable2, table2],
])('CQI %s', (_name, table, expected) => {
  it('lists CQI 1…15 exactly as the spec: modulation, code rate × 1024, efficiency', () => {
    expect(table.slice(1).map((e) => [e.modulation, e.codeRateX1024, e.efficiencyBitsPerRe])).toEqual(expected)
    table.forEach((entry, i) => expect(entry.cqi).toBe(i))
  })

  it('has CQI 0 out of range with efficiency 0', () => {
    expect(table[0]).toMatchObject({ cqi: 0, modulation: null, efficiencyBitsPerRe: 0 })
  })

  it('prints each efficiency as Q_m · rate/1024 rounded to 4 decimals (tolerance 5e-5)', () => {
    for (const entry of table.slice(1)) expect(Math.abs(entry.efficiencyBitsPerRe - (entry.qm * entry.codeRateX1024) / 1024)).toBeLessThanOrEqual(5e-5)
  })

  it('rises strictly with CQI', () => {
    for (let i = 1; i < table.length; i++) expect(table[i]!.efficiencyBitsPerRe).toBeGreaterThan(table[i - 1]!.efficiencyBitsPerRe)
  })
})

describe('cqiEfficiencyBitsPerRe', () => {
  it('reads table1 by default and table2 on request', () => {
    expect(cqiEfficiencyBitsPerRe(13)).toBe(4.5234)
    expect(cqiEfficiencyBitsPerRe(15, 'table2')).toBe(7.4063)
  })

  it('rejects a CQI outside 0…15 and an unknown table', () => {
    expect(() => cqiEfficiencyBitsPerRe(16)).toThrow('cqi must be an integer 0…15 (TS 38.214 §5.2.2.1), not 16')
    expect(() => cqiEfficiencyBitsPerRe(2.5)).toThrow('not 2.5')
    expect(() => cqiEfficiencyBitsPerRe(3, 'table3' as 'table1')).toThrow('CQI table must be one of table1, table2, not "table3"')
  })
})
