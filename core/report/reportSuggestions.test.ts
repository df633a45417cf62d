import { describe, expect, it } from 'vitest'
import type { FeasibilitySegment } from '../api/schemas/feasibilitySchemas.js'
import { describeServingCells, suggestionsForSegment } from './reportSuggestions.js'

const segment = (overrides: Partial<FeasibilitySegment>): FeasibilitySegment => ({
  index: 0,
  altitudeM: 120,
  verdict: 'fail',
  fromM: 0,
  toM: 100,
  block: null,
  centre: [114.05, 22.54],
  points: 10,
  measuredPoints: 0,
  counts: { pass: 4, marginal: 0, fail: 6, noData: 0 },
  failing: [],
  servingCells: [{ cellId: 1, name: 'FT020_2', beams: [3, 4], points: 10 }],
  ...overrides,
})
const label = (id: string): string => `<${id}>`

describe('suggestionsForSegment', () => {
  it('suggests P0 and the uplink share when UL SINR fails, and uptilt or a beam when RSRP fails, in the order of the failing targets', () => {
    const s = suggestionsForSegment(segment({ failing: [{ targetId: 'ul-sinr', points: 6 }, { targetId: 'rsrp', points: 2 }] }), 'en', label)
    expect(s).toHaveLength(2)
    expect(s[0]).toMatch(/P0/)
    expect(s[0]).toMatch(/uplink share/)
    expect(s[1]).toMatch(/uptilt/)
    expect(s[1]).toMatch(/SSB beam/)
  })

  it('writes the same suggestions in Chinese', () => {
    const [ul] = suggestionsForSegment(segment({ failing: [{ targetId: 'ul-sinr', points: 6 }] }), 'zh', label)
    expect(ul).toContain('上行SINR不足')
    expect(ul).toContain('P0')
  })

  it('names a target without a rule through its label, and asks for data where points have none', () => {
    const s = suggestionsForSegment(segment({ failing: [{ targetId: 'jitter', points: 1 }], counts: { pass: 0, marginal: 0, fail: 1, noData: 3 } }), 'en', label)
    expect(s[0]).toContain('<jitter> fails here')
    expect(s[1]).toMatch(/No measurement or prediction/)
  })

  it('asks for a confirming measurement when a segment is only marginal, and suggests nothing for a passing one', () => {
    expect(suggestionsForSegment(segment({ verdict: 'marginal', counts: { pass: 5, marginal: 5, fail: 0, noData: 0 } }), 'en', label)[0]).toMatch(/within the margin/)
    expect(suggestionsForSegment(segment({ verdict: 'pass', counts: { pass: 10, marginal: 0, fail: 0, noData: 0 } }), 'en', label)).toEqual([])
  })
})

describe('describeServingCells', () => {
  it('lists the cells with their SSB beams, or says none was identified', () => {
    expect(describeServingCells(segment({ servingCells: [{ cellId: 1, name: 'A', beams: [3, 4], points: 5 }, { cellId: 2, name: 'B', beams: [], points: 1 }] }), 'en')).toBe('A (beams 3/4), B')
    expect(describeServingCells(segment({ servingCells: [{ cellId: 1, name: 'A', beams: [5], points: 5 }] }), 'zh')).toBe('A (波束 5)')
    expect(describeServingCells(segment({ servingCells: [] }), 'zh')).toBe('未识别到小区')
  })
})
