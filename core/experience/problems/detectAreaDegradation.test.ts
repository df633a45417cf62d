import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../../demo/seededRandom.js'
import { detectAreaDegradation, type TimedValue } from './detectAreaDegradation.js'

const minute = 60_000

/** Five cells reporting once a minute around 50 Mbit/s (σ 5); from minute `stepAt`, `stepCells` of them lose 25 Mbit/s. */
function area(stepAt: number, stepCells: number): Map<string, TimedValue[]> {
  const random = createSeededRandom(7)
  const cells = new Map<string, TimedValue[]>()
  for (let c = 0; c < 5; c++) {
    cells.set(`C${c}`, Array.from({ length: 300 }, (_, i) => ({ timeMs: i * minute + 1000 * c, value: 50 + 5 * random.normal() - (i >= stepAt && c < stepCells ? 25 : 0) })))
  }
  return cells
}

describe('detectAreaDegradation (all cells of an area together)', () => {
  it('puts one point per bucket, the median over cells, and counts the reporting cells', () => {
    const result = detectAreaDegradation(new Map([['A', [{ timeMs: 0, value: 1 }, { timeMs: 30_000, value: 3 }]], ['B', [{ timeMs: 10_000, value: 10 }]], ['C', [{ timeMs: 70_000, value: 4 }]]]), minute)
    expect(result.bucketStartMs).toEqual([0, minute])
    expect(result.values).toEqual([6, 4]) // median of A's 2 and B's 10; then C alone
    expect(result.cellCounts).toEqual([2, 1])
  })

  it('flags an area-wide drop (4 of 5 cells) within 4 buckets', () => {
    const result = detectAreaDegradation(area(200, 4), minute)
    expect(result.periods).toHaveLength(1)
    expect(result.periods[0]!.alarmIndex - 200).toBeLessThanOrEqual(4)
  })

  it('ignores a drop of one cell of five: that is a cell problem, not the area\'s', () => {
    expect(detectAreaDegradation(area(200, 1), minute).periods).toEqual([])
  })

  it('refuses a bucket that is not a positive duration', () => {
    expect(() => detectAreaDegradation(new Map(), 0)).toThrow('bucketMs must be a positive number of milliseconds, not 0')
  })
})
