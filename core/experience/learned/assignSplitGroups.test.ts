import { describe, expect, it } from 'vitest'
import { assignSplitGroups } from './assignSplitGroups.js'

describe('assignSplitGroups', () => {
  it('puts rows of one partition in the same group when their positions fall in the same block from the partition start', () => {
    const partitions = ['a', 'a', 'a', 'a', 'b', 'b']
    const positions = [100, 159, 160, 221, 100, 101]
    const { group, groupCount, blockSize } = assignSplitGroups(partitions, positions, { blockSize: 60, minGroups: 1 })
    expect(blockSize).toBe(60)
    expect(Array.from(group)).toEqual([0, 0, 1, 2, 3, 3])
    expect(groupCount).toBe(4)
  })

  it('never puts two partitions in one group, even at the same positions', () => {
    const { group } = assignSplitGroups(['x', 'y', 'x', 'y'], [0, 0, 1, 1], { blockSize: 60, minGroups: 1 })
    expect(Array.from(group)).toEqual([0, 1, 0, 1])
  })

  it('halves the block (rounded up) while fewer groups than wanted come out, but not below the minimum block', () => {
    const positions = Array.from({ length: 65 }, (_, i) => i)
    const partitions = positions.map(() => 'p')
    const result = assignSplitGroups(partitions, positions, { blockSize: 60, minGroups: 20 })
    // 60 → 30 → 15 → 8 → 4 (17 groups); 2 would be below the minimum block of 3.
    expect(result.blockSize).toBe(4)
    expect(result.groupCount).toBe(17)
  })

  it('keeps the asked block when it already gives enough groups', () => {
    const positions = Array.from({ length: 3000 }, (_, i) => i)
    const result = assignSplitGroups(positions.map(() => 'p'), positions, { blockSize: 60 })
    expect(result).toMatchObject({ blockSize: 60, groupCount: 50 })
  })

  it('numbers groups densely from 0 in order of first appearance', () => {
    const { group, groupCount } = assignSplitGroups(['b', 'a', 'b', 'c'], [500, 7, 0, 3], { blockSize: 60, minGroups: 1 })
    expect(Array.from(group)).toEqual([0, 1, 2, 3])
    expect(groupCount).toBe(4)
    expect(Math.max(...group)).toBe(groupCount - 1)
  })

  it('refuses a non-positive block, naming it', () => {
    expect(() => assignSplitGroups(['a'], [0], { blockSize: 0 })).toThrow('blockSize must be positive, not 0')
  })
})
