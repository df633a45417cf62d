import { describe, expect, it } from 'vitest'
import { speedOfLightMps } from './constants.js'

describe('propagation constants', () => {
  it('uses c = 3.0e8 m/s, the value the TR 38.901 golden vectors assume', () => {
    expect(speedOfLightMps).toBe(3.0e8)
  })

  it('differs from the exact speed of light by less than 0.07 %', () => {
    expect(Math.abs(speedOfLightMps / 299_792_458 - 1)).toBeLessThan(7e-4)
  })
})
