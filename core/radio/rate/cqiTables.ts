import { RadioInputError } from '../radioInputError.js'
import { modulationOrder, type Modulation } from './modulation.js'

/** The CQI tables of TS 38.214 §5.2.2.1 used here: `table1` (Table 5.2.2.1-2, up to 64QAM), `table2` (Table 5.2.2.1-3, up to 256QAM). */
export type CqiTableName = 'table1' | 'table2'

export const cqiTableNames: readonly CqiTableName[] = Object.freeze(['table1', 'table2'])

/** One row of a CQI table. CQI 0 is "out of range": no modulation, efficiency 0. */
export interface CqiEntry {
  cqi: number
  modulation: Modulation | null
  /** Modulation order Q_m, bits per symbol (0 for CQI 0). */
  qm: number
  /** Target code rate × 1024. */
  codeRateX1024: number
  /**
   * Efficiency in bits per RE per layer as printed in the table (4 decimals) = Q_m · rate/1024.
   * It already contains the code rate (docs/radio-models.md §6 trap 13).
   */
  efficiencyBitsPerRe: number
}

type Row = readonly [Modulation, number, number]

function buildTable(rows: readonly Row[]): readonly CqiEntry[] {
  const entries: CqiEntry[] = [{ cqi: 0, modulation: null, qm: 0, codeRateX1024: 0, efficiencyBitsPerRe: 0 }]
  rows.forEach(([modulation, codeRateX1024, efficiencyBitsPerRe], i) =>
    entries.push(Object.freeze({ cqi: i + 1, modulation, qm: modulationOrder[modulation], codeRateX1024, efficiencyBitsPerRe })),
  )
  return Object.freeze(entries)
}

/** TS 38.214 V18.7.0 Table 5.2.2.1-2 (CQI table 1, target TB error ≤ 0.1), indexed by CQI 0…15 (docs/radio-models.md §5.1). */
export const cqiTable1: readonly CqiEntry[] = buildTable([
  ['qpsk', 78, 0.1523], ['qpsk', 120, 0.2344], ['qpsk', 193, 0.377], ['qpsk', 308, 0.6016], ['qpsk', 449, 0.877],
  ['qpsk', 602, 1.1758], ['16qam', 378, 1.4766], ['16qam', 490, 1.9141], ['16qam', 616, 2.4063], ['64qam', 466, 2.7305],
  ['64qam', 567, 3.3223], ['64qam', 666, 3.9023], ['64qam', 772, 4.5234], ['64qam', 873, 5.1152], ['64qam', 948, 5.5547],
])

/** TS 38.214 V18.7.0 Table 5.2.2.1-3 (CQI table 2, up to 256QAM, target TB error ≤ 0.1), indexed by CQI 0…15. */
export const cqiTable2: readonly CqiEntry[] = buildTable([
  ['qpsk', 78, 0.1523], ['qpsk', 193, 0.377], ['qpsk', 449, 0.877], ['16qam', 378, 1.4766], ['16qam', 490, 1.9141],
  ['16qam', 616, 2.4063], ['64qam', 466, 2.7305], ['64qam', 567, 3.3223], ['64qam', 666, 3.9023], ['64qam', 772, 4.5234],
  ['64qam', 873, 5.1152], ['256qam', 711, 5.5547], ['256qam', 797, 6.2266], ['256qam', 885, 6.9141], ['256qam', 948, 7.4063],
])

export const cqiTables: Readonly<Record<CqiTableName, readonly CqiEntry[]>> = Object.freeze({ table1: cqiTable1, table2: cqiTable2 })

/** The rows of CQI table `table` (index = CQI); throws for an unknown name. */
export function cqiTable(table: CqiTableName): readonly CqiEntry[] {
  if (!Object.hasOwn(cqiTables, table)) throw new RadioInputError('table', `CQI table must be one of ${cqiTableNames.join(', ')}, not ${JSON.stringify(table)}`)
  return cqiTables[table]
}

/** Efficiency in bits per RE per layer of CQI 0…15 in `table` (default table1); CQI 0 → 0. */
export function cqiEfficiencyBitsPerRe(cqi: number, table: CqiTableName = 'table1'): number {
  const entry = cqiTable(table)[cqi]
  if (entry === undefined || !Number.isInteger(cqi)) throw new RadioInputError('cqi', `cqi must be an integer 0…15 (TS 38.214 §5.2.2.1), not ${cqi}`)
  return entry.efficiencyBitsPerRe
}
