import { describe, expect, it } from 'vitest'
import { parseThreshold, thresholdProblems, thresholdsOf } from './thresholdForm.js'

describe('thresholds of experience.top', () => {
  it('takes positive numbers (a decimal comma too) and leaves empty ones to the core', () => {
    expect(parseThreshold('2,5')).toBe(2.5)
    expect(parseThreshold('0')).toBeNull()
    const texts = { rateThresholdMbps: '100', stallVideoRateMbps: '', latencyThresholdMs: 'fast' }
    expect(thresholdProblems(texts)).toEqual(['latencyThresholdMs'])
    expect(thresholdsOf(texts)).toEqual({ rateThresholdMbps: 100 })
  })
})
