import { describe, expect, it } from 'vitest'
import { formatValue } from './formatValue.js'

describe('formatValue', () => {
  it('keeps small rates and high reliabilities exact to six significant digits', () => {
    expect(formatValue(1e-5, 'en')).toBe('0.00001')
    expect(formatValue(99.999, 'en')).toBe('99.999')
    expect(formatValue(62.0213456, 'en')).toBe('62.0213')
  })
  it('groups thousands as the language does', () => {
    expect(formatValue(3600, 'en')).toBe('3,600')
    expect(formatValue(-76.53, 'zh-CN')).toBe('-76.53')
  })
})
