import { describe, expect, it } from 'vitest'
import { groupMedians, telltaleGrouping } from './telltaleGrouping.js'

describe('telltaleGrouping', () => {
  const values = [1, 2, 3, 101, 102, 103, 50, 51]
  it('gives the median and count per level, most values first, leaving out rows without a level', () => {
    expect(groupMedians(values, ['a', 'a', 'a', 'b', 'b', 'b', 'c', null])).toEqual([
      { label: 'a', count: 3, median: 2 },
      { label: 'b', count: 3, median: 102 },
      { label: 'c', count: 1, median: 50 },
    ])
  })

  it('picks the field whose level medians are furthest apart', () => {
    const fields = new Map<string, (string | null)[]>([
      ['server', ['x', 'y', 'x', 'y', 'x', 'y', 'x', 'y']],
      ['radio_type', ['4G', '4G', '4G', '5G', '5G', '5G', '4G', '5G']],
    ])
    expect(telltaleGrouping(values, 50.5, fields).by).toBe('radio_type')
  })

  it('passes over a field with one level, more than 12, or covering under 30 % of the values', () => {
    const many = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i))
    const n = many.length
    const v = many.map((_, i) => i)
    const fields = new Map<string, (string | null)[]>([
      ['one', many.map(() => 'same')],
      ['many', many],
      ['rare', many.map((_, i) => (i < 5 ? (i % 2 === 0 ? 'p' : 'q') : null))],
    ])
    expect(telltaleGrouping(v, v[n >> 1]!, fields)).toEqual({ by: null, levels: [] })
  })
})
