import { describe, expect, it } from 'vitest'
import { RadioInputError } from './radioInputError.js'

describe('RadioInputError', () => {
  it('names the argument, the valid range with its unit, the context and the value', () => {
    const error = RadioInputError.outOfRange('utHeightM', 40, { minimum: 1.5, maximum: 22.5, unit: 'm' }, 'UMa (TR 38.901 Table 7.4.1-1)')
    expect(error.message).toBe('utHeightM must be within 1.5…22.5 m for UMa (TR 38.901 Table 7.4.1-1), not 40')
    expect(error.argument).toBe('utHeightM')
    expect(error.validRange).toEqual({ minimum: 1.5, maximum: 22.5, unit: 'm' })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('RadioInputError')
  })

  it('prints values with at most 6 significant digits', () => {
    const error = RadioInputError.outOfRange('fcGhz', 1 / 3, { minimum: 0.5, maximum: 100, unit: 'GHz' }, 'UMa')
    expect(error.message).toContain('not 0.333333')
  })

  it('leaves out the unit of a pure number', () => {
    const error = RadioInputError.outOfRange('alpha', 2, { minimum: 0, maximum: 1, unit: '' }, 'PUSCH power control')
    expect(error.message).toBe('alpha must be within 0…1 for PUSCH power control, not 2')
  })

  it('says when a value is not a finite number', () => {
    expect(RadioInputError.notFinite('distance2dM', Number.NaN, 'UMi').message).toBe('distance2dM must be a finite number for UMi, not NaN')
  })
})
