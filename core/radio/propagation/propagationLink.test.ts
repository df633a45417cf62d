import { describe, expect, it } from 'vitest'
import { distance3dM } from './propagationLink.js'

describe('distance3dM', () => {
  it('adds the height difference to the horizontal distance (exact)', () => {
    expect(distance3dM({ fcGhz: 3.5, distance2dM: 30, bsHeightM: 41.5, utHeightM: 1.5 })).toBe(50)
  })

  it('is symmetric in which end is higher', () => {
    expect(distance3dM({ fcGhz: 3.5, distance2dM: 400, bsHeightM: 25, utHeightM: 325 })).toBe(500)
  })
})
