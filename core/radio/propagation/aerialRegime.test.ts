import { describe, expect, it } from 'vitest'
import { aerialRegimeMinimumHeightM, aerialStudiedFcRangeGhz, isAerialModel, isAerialRegime } from './aerialRegime.js'

describe('TR 36.777 height regimes (radio-models.md §3.1)', () => {
  it('enters the aerial regime above 22.5 m for UMa-AV and UMi-AV and above 10 m for RMa-AV', () => {
    expect(aerialRegimeMinimumHeightM).toEqual({ 'uma-av': 22.5, 'umi-av': 22.5, 'rma-av': 10 })
    expect(isAerialRegime('uma-av', 22.5)).toBe(false)
    expect(isAerialRegime('uma-av', 22.6)).toBe(true)
    expect(isAerialRegime('umi-av', 22.6)).toBe(true)
    expect(isAerialRegime('rma-av', 10)).toBe(false)
    expect(isAerialRegime('rma-av', 10.1)).toBe(true)
  })

  it('tells the aerial models from the terrestrial ones', () => {
    expect(['uma', 'umi', 'rma', 'uma-av', 'umi-av', 'rma-av'].map((m) => isAerialModel(m as never))).toEqual([false, false, false, true, true, true])
  })

  it('records the studied LTE carriers as 0.7…2 GHz (UNVERIFIED)', () => {
    expect(aerialStudiedFcRangeGhz).toEqual({ minimum: 0.7, maximum: 2 })
  })
})
