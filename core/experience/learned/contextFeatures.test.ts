import { describe, expect, it } from 'vitest'
import { contextFeatures, isNonFeatureContextKey, unitOfKey } from './contextFeatures.js'

describe('contextFeatures', () => {
  it('leaves out run, sequence, record and probe numbers, ids, times and positions, and re-spelt fields', () => {
    for (const key of ['run', 'run_num', 'seq', 'seq_num', 'record_id', 'probe_num', 'id', 'cellId', 'anonymized_mCid', 'time', 'timestamp', 'lon', 'lat', 'protocol_as_published']) {
      expect(isNonFeatureContextKey(key), key).toBe(true)
    }
    for (const key of ['carrier', 'radio_type', 'num_tcp_conn', 'server_location', 'page_name', 'distance_in_meters', 'nrStatus', 'layout', 'protocol', 'ue_location']) {
      expect(isNonFeatureContextKey(key), key).toBe(false)
    }
  })

  it('makes numeric fields numeric (NaN where absent) and the others categorical', () => {
    const { candidates, dropped } = contextFeatures([
      { carrier: 'SPRINT', num_tcp_conn: 1, run: 1, ssl: true },
      { carrier: 'VERIZON', num_tcp_conn: 8, run: 2, ssl: false },
      { carrier: 'VERIZON', run: 3 },
    ])
    expect(dropped).toEqual([{ name: 'run', reason: 'an identifier or sequence number, not a test condition' }])
    expect(candidates).toEqual([
      { kind: 'category', name: 'carrier', levels: ['SPRINT', 'VERIZON', 'VERIZON'] },
      { kind: 'numeric', name: 'num_tcp_conn', unit: 'count', values: Float64Array.from([1, 8, Number.NaN]) },
      { kind: 'numeric', name: 'ssl', unit: null, values: Float64Array.from([1, 0, Number.NaN]) },
    ])
  })

  it('takes an integer field unique on nearly every row as an identifier under another name', () => {
    const contexts = Array.from({ length: 50 }, (_, i) => ({ test_number: 1000 + i, server: i % 2 === 0 ? 'A' : 'B' }))
    const { candidates, dropped } = contextFeatures(contexts)
    expect(candidates.map((c) => c.name)).toEqual(['server'])
    expect(dropped).toEqual([{ name: 'test_number', reason: 'unique on 50 of 50 rows: an identifier' }])
  })

  it('reads the unit a published field name states', () => {
    expect(['distance_in_meters', 'orientation_angle_in_degrees', 'num_tcp_conn', 'carrier'].map(unitOfKey)).toEqual(['m', '°', 'count', null])
  })
})
