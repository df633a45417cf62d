import { describe, expect, it } from 'vitest'
import { niceRange } from './niceRange.js'

describe('niceRange', () => {
  it('widens a range to whole steps of 1, 2 or 5 × 10ⁿ, about five across', () => {
    expect(niceRange(15.3, 1480)).toEqual([0, 1500])
    expect(niceRange(0.431, 6.67)).toEqual([0, 8])
    expect(niceRange(0.61, 1.55)).toEqual([0.6, 1.6])
    expect(niceRange(-118.2, -71)).toEqual([-120, -70])
    expect(niceRange(3, 3)).toEqual([2, 4])
  })
})
