import { createSeededRandom } from '../../../demo/seededRandom.js'
import type { FeatureColumn, KqiDataset } from '../kqiDataset.js'

export interface SyntheticKqiOptions {
  rows?: number
  groups?: number
  seed?: number
  /** Share of SINR values missing. Default 0.1. */
  missingSinrShare?: number
}

/**
 * A KqiDataset with a known relation, for tests of the training machinery without a project: a
 * downlink rate that grows with SINR (Shannon-like, 20 MHz), is higher on 5G, ignores `noise`, and
 * varies by ±15 % around that. Columns: sinrDb (numeric, some missing), rsrpDbm (numeric, correlated
 * with SINR), noise (numeric, irrelevant), technology (one-hot LTE / 5G). Groups are contiguous
 * blocks of rows, as buildKqiDataset makes them.
 */
export function syntheticKqiDataset(options: SyntheticKqiOptions = {}): KqiDataset {
  const rowCount = options.rows ?? 2000
  const groupCount = options.groups ?? 20
  const missingShare = options.missingSinrShare ?? 0.1
  const random = createSeededRandom(options.seed ?? 7)
  const columns: FeatureColumn[] = [
    { name: 'sinrDb', kind: 'numeric', source: 'sinrDb', unit: 'dB' },
    { name: 'rsrpDbm', kind: 'numeric', source: 'rsrpDbm', unit: 'dBm' },
    { name: 'noise', kind: 'numeric', source: 'noise', unit: null },
    { name: 'technology=LTE', kind: 'category', source: 'technology', level: 'LTE', unit: null },
    { name: 'technology=5G', kind: 'category', source: 'technology', level: '5G', unit: null },
  ]
  const width = columns.length
  const x = new Float32Array(rowCount * width)
  const y = new Float32Array(rowCount)
  const group = new Int32Array(rowCount)
  const rowId = new Float64Array(rowCount)
  for (let row = 0; row < rowCount; row++) {
    const sinrDb = random.uniform(-5, 25)
    const is5g = random.chance(0.5)
    const rateMbps = (is5g ? 2.5 : 1) * 20 * Math.log2(1 + 10 ** (sinrDb / 10)) * random.uniform(0.85, 1.15)
    x.set([random.chance(missingShare) ? Number.NaN : sinrDb, -95 + 1.2 * sinrDb + 4 * random.normal(), random.normal(), is5g ? 0 : 1, is5g ? 1 : 0], row * width)
    y[row] = rateMbps
    group[row] = Math.floor((row * groupCount) / rowCount)
    rowId[row] = 1000 + row
  }
  return {
    kqi: 'dlMbps',
    source: 'samples',
    unit: 'Mbit/s',
    description: 'synthetic drive test: rate from SINR and technology',
    columns,
    rowCount,
    x,
    y,
    group,
    rowId,
    badThreshold: 50,
    badDirection: 'lower',
  }
}
