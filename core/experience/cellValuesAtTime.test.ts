import { describe, expect, it } from 'vitest'
import { CellValuesAtTime } from './cellValuesAtTime.js'

describe('CellValuesAtTime: what a cell measured when a KQI was measured there', () => {
  it('takes the value of the same cell nearest in time, the earlier of two equally near', () => {
    const join = new CellValuesAtTime<number>(['A'])
    join.add('A', 1000, 1)
    join.add('A', 3000, 3)
    join.add('B', 2000, 99)
    expect(join.at('A', 1400)).toBe(1)
    expect(join.at('A', 2600)).toBe(3)
    expect(join.at('A', 2000)).toBe(1)
    expect(join.at('A', 7000)).toBe(3)
  })

  it('gives nothing beyond the gap, for another cell or without a time', () => {
    const join = new CellValuesAtTime<number>(['A'], 5000)
    join.add('A', 10_000, 5)
    expect(join.at('A', 15_001)).toBeNull()
    expect(join.at('A', 15_000)).toBe(5)
    expect(join.at('B', 10_000)).toBeNull()
    expect(join.at('A', null)).toBeNull()
  })

  it('accepts values out of time order, and of several at one time takes the first added', () => {
    const join = new CellValuesAtTime<number>(['A'])
    join.add('A', 50_000, 50)
    join.add('A', 10_000, 10)
    join.add('A', 30_000, 30)
    join.add('A', 30_000, 31)
    expect(join.at('A', 29_000)).toBe(30)
    expect(join.at('A', 31_000)).toBe(30)
    expect(join.at('A', 11_000)).toBe(10)
  })
})
