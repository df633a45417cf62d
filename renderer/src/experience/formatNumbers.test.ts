import { describe, expect, it } from 'vitest'
import { formatKqiValue, formatShare } from './formatNumbers.js'

describe('number formats', () => {
  it('shows three significant digits in the UI language, and a dash for no value', () => {
    expect(formatKqiValue(321.084, 'en')).toBe('321')
    expect(formatKqiValue(0.04213, 'en')).toBe('0.0421')
    expect(formatKqiValue(null, 'en')).toBe('–')
    expect(formatShare(0.1234, 'en')).toBe('12.3%')
    expect(formatShare(0.5, 'zh-CN')).toBe('50%')
  })
})
