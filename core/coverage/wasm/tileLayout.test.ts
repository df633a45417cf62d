import { describe, expect, it } from 'vitest'
import { layOutTile } from './tileLayout.js'

describe('layOutTile', () => {
  it('keeps a tile at one height in order, padded to a multiple of 4 slots', () => {
    const layout = layOutTile(new Float64Array(7).fill(1.5))
    expect(layout.slots).toBe(8)
    expect(layout.slotOfPoint).toBeNull()
    expect(layout.groups).toEqual([{ heightM: 1.5, firstSlot: 0, slots: 8, points: Int32Array.of(0, 1, 2, 3, 4, 5, 6) }])
  })

  it('groups points by height in the order of their first point, each group on a 4-slot boundary', () => {
    const layout = layOutTile(Float64Array.of(30, 1.5, 30, Number.NaN, 1.5, 30, 30, 30, Number.NaN))
    expect(layout.groups.map((g) => [g.heightM, g.firstSlot, g.slots, [...g.points]])).toEqual([
      [30, 0, 8, [0, 2, 5, 6, 7]],
      [1.5, 8, 4, [1, 4]],
      [Number.NaN, 12, 4, [3, 8]],
    ])
    expect(layout.slots).toBe(16)
    expect([...(layout.slotOfPoint ?? [])]).toEqual([0, 8, 1, 12, 9, 2, 3, 4, 13])
  })

  it('lays out an empty tile as no slots', () => {
    expect(layOutTile(new Float64Array(0))).toEqual({ slots: 0, slotOfPoint: null, groups: [] })
  })
})
