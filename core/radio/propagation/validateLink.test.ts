import { describe, expect, it } from 'vitest'
import { RadioInputError } from '../radioInputError.js'
import type { PropagationLink } from './propagationLink.js'
import { resolveLinkParameters, resolvePoint } from './validateLink.js'

const scratch = (): PropagationLink => ({ fcGhz: 3.5, bsHeightM: 25, buildingHeightM: 5, streetWidthM: 20, distance2dM: 0, utHeightM: 0 })

describe('resolveLinkParameters', () => {
  it('fills the RMa defaults h = 5 m and W = 20 m', () => {
    expect(resolveLinkParameters('rma', { fcGhz: 3.5, bsHeightM: 35 }, 'strict', [])).toEqual({ fcGhz: 3.5, bsHeightM: 35, buildingHeightM: 5, streetWidthM: 20 })
  })

  it('throws in strict mode, naming the argument, the range and the clause', () => {
    expect(() => resolveLinkParameters('rma', { fcGhz: 40, bsHeightM: 35 }, 'strict', [])).toThrow(
      'fcGhz must be within 0.5…30 GHz for RMa (TR 38.901 Table 7.4.1-1), not 40',
    )
    expect(() => resolveLinkParameters('rma', { fcGhz: 3.5, bsHeightM: 35, streetWidthM: 60 }, 'strict', [])).toThrow(
      'streetWidthM must be within 5…50 m for RMa (TR 38.901 Table 7.4.1-1), not 60',
    )
    expect(() => resolveLinkParameters('uma', { fcGhz: 3.5, bsHeightM: 200 }, 'strict', [])).toThrow(/bsHeightM must be within 10…150 m for UMa \(planning range/)
  })

  it('clamps in clamp mode and says so', () => {
    const warnings: string[] = []
    expect(resolveLinkParameters('rma', { fcGhz: 40, bsHeightM: 5, buildingHeightM: 2 }, 'clamp', warnings)).toMatchObject({ fcGhz: 30, bsHeightM: 10, buildingHeightM: 5 })
    expect(warnings).toHaveLength(3)
    expect(warnings[0]).toBe('fcGhz 40 GHz is above 30 GHz, the upper limit for RMa (TR 38.901 Table 7.4.1-1): evaluated at 30 GHz')
  })

  it('warns that UMa and UMi ignore h and W', () => {
    const warnings: string[] = []
    resolveLinkParameters('uma', { fcGhz: 3.5, bsHeightM: 25, buildingHeightM: 10 }, 'strict', warnings)
    expect(warnings).toEqual(['buildingHeightM is ignored by UMa: only RMa uses it'])
  })
})

describe('resolvePoint', () => {
  it('passes a point in range through unchanged', () => {
    const link = scratch()
    expect(resolvePoint('uma', link, 100, 1.5, 'strict', [])).toBe(false)
    expect(link).toMatchObject({ distance2dM: 100, utHeightM: 1.5 })
  })

  it('throws for a UT above the UMa range, naming it', () => {
    expect(() => resolvePoint('uma', scratch(), 100, 40, 'strict', [])).toThrow(
      'utHeightM must be within 1.5…22.5 m for UMa (TR 38.901 Table 7.4.1-1), not 40',
    )
  })

  it('throws for d2D below 10 m and, in the aerial regime, beyond 4 km', () => {
    expect(() => resolvePoint('umi', scratch(), 5, 1.5, 'strict', [])).toThrow(RadioInputError)
    expect(() => resolvePoint('uma-av', scratch(), 4500, 100, 'strict', [])).toThrow(
      'distance2dM must be within 10…4000 m for UMa-AV aerial regime (TR 36.777 Table B-2), not 4500',
    )
    expect(resolvePoint('uma-av', scratch(), 4500, 20, 'strict', [])).toBe(false)
  })

  it('clamps d2D up to 10 m and hUT into range, with warnings', () => {
    const link = scratch()
    const warnings: string[] = []
    expect(resolvePoint('uma', link, 3, 40, 'clamp', warnings)).toBe(true)
    expect(link).toMatchObject({ distance2dM: 10, utHeightM: 22.5 })
    expect(warnings).toEqual([
      'utHeightM 40 m is above 22.5 m, the upper limit for UMa (TR 38.901 Table 7.4.1-1): evaluated at 22.5 m',
      'distance2dM 3 m is below 10 m, the lower limit for UMa (TR 38.901 Table 7.4.1-1): evaluated at 10 m',
    ])
  })

  it('extrapolates, not clamps, beyond the upper d2D limit, with a warning', () => {
    const link = scratch()
    const warnings: string[] = []
    expect(resolvePoint('uma', link, 8000, 1.5, 'clamp', warnings)).toBe(true)
    expect(link.distance2dM).toBe(8000)
    expect(warnings).toEqual(['distance2dM 8000 m is beyond 5000 m, the upper limit for UMa (TR 38.901 Table 7.4.1-1): the formulas are extrapolated'])
  })

  it('warns when an aerial-regime carrier lies outside the bands TR 36.777 studied', () => {
    const warnings: string[] = []
    resolvePoint('uma-av', { ...scratch(), fcGhz: 3.5 }, 1000, 100, 'strict', warnings)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^fcGhz 3.5 GHz is outside the 0.7…2 GHz LTE bands TR 36.777 was studied in/)
    const terrestrial: string[] = []
    resolvePoint('uma-av', { ...scratch(), fcGhz: 3.5 }, 1000, 1.5, 'strict', terrestrial)
    expect(terrestrial).toEqual([])
  })

  it('lets NaN through in clamp mode (a kernel writes NaN) and rejects it in strict mode', () => {
    const link = scratch()
    expect(resolvePoint('rma', link, Number.NaN, Number.NaN, 'clamp', null)).toBe(false)
    expect(link.distance2dM).toBeNaN()
    expect(() => resolvePoint('rma', scratch(), Number.NaN, 1.5, 'strict', null)).toThrow(RadioInputError)
  })
})
