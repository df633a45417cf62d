import { describe, expect, it } from 'vitest'
import { RadioAtKqiTime } from './radioAtKqiTime.js'

const radio = (sinrDb: number) => ({ rsrpDbm: -90, sinrDb, cqi: 9 })

describe('RadioAtKqiTime: the serving cell\'s radio when a KQI was measured', () => {
  it('takes the sample of the same cell nearest in time, the earlier of two equally near', () => {
    const join = new RadioAtKqiTime(['A'])
    join.add('A', 1000, radio(1))
    join.add('A', 3000, radio(3))
    join.add('B', 2000, radio(99))
    expect(join.at('A', 1400)?.sinrDb).toBe(1)
    expect(join.at('A', 2600)?.sinrDb).toBe(3)
    expect(join.at('A', 2000)?.sinrDb).toBe(1)
    expect(join.at('A', 7000)?.sinrDb).toBe(3)
  })

  it('gives nothing beyond the gap, for another cell, without a time, or for samples without radio', () => {
    const join = new RadioAtKqiTime(['A', 'C'], 5000)
    join.add('A', 10_000, radio(5))
    join.add('C', 10_000, { rsrpDbm: null, sinrDb: null, cqi: null })
    expect(join.at('A', 15_001)).toBeNull()
    expect(join.at('A', 15_000)?.sinrDb).toBe(5)
    expect(join.at('B', 10_000)).toBeNull()
    expect(join.at('A', null)).toBeNull()
    expect(join.at('C', 10_000)).toBeNull()
  })

  it('accepts samples out of time order (several imports of one cell)', () => {
    const join = new RadioAtKqiTime(['A'])
    join.add('A', 50_000, radio(50))
    join.add('A', 10_000, radio(10))
    join.add('A', 30_000, radio(30))
    expect(join.at('A', 29_000)?.sinrDb).toBe(30)
    expect(join.at('A', 11_000)?.sinrDb).toBe(10)
  })
})
