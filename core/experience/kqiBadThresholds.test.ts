import { describe, expect, it } from 'vitest'
import { badDirectionOfKqiName, isBadValue, kqiBadRule, quantileOfSorted, resolveBadThreshold } from './kqiBadThresholds.js'

describe('kqiBadThresholds', () => {
  it('uses the TopN ranking thresholds: rates bad below 10 Mbit/s, RTT above 100 ms, page loads above 3 s', () => {
    expect(kqiBadRule('dlMbps')).toMatchObject({ direction: 'lower', threshold: 10 })
    expect(kqiBadRule('throughputMbps')).toMatchObject({ direction: 'lower', threshold: 10 })
    expect(kqiBadRule('ulMbps')).toMatchObject({ direction: 'lower', threshold: 1 })
    expect(kqiBadRule('rttMs')).toMatchObject({ direction: 'higher', threshold: 100 })
    expect(kqiBadRule('pageLoadTimeS')).toMatchObject({ direction: 'higher', threshold: 3 })
  })

  it('gives download times, which depend on the file size, and unknown KQIs the worse-side quintile', () => {
    expect(kqiBadRule('downloadTimeS')).toMatchObject({ direction: 'higher', threshold: 'quantile' })
    const values = Array.from({ length: 101 }, (_, i) => i) // 0…100: p20 = 20, p80 = 80
    expect(resolveBadThreshold(kqiBadRule('downloadTimeS'), values)).toBeCloseTo(80, 9)
    expect(resolveBadThreshold(kqiBadRule('videoMos'), values)).toBeCloseTo(20, 9)
    expect(resolveBadThreshold(kqiBadRule('jitterMs'), values)).toBeCloseTo(80, 9)
  })

  it('tells the bad side from the name: times, delays and losses higher, rates and scores lower', () => {
    expect(['firstFrameDelayMs', 'stallRatio', 'packetLossPct', 'videoStartTimeS', 'throughputMbps', 'videoMos'].map(badDirectionOfKqiName))
      .toEqual(['higher', 'higher', 'higher', 'higher', 'lower', 'lower'])
  })

  it('interpolates quantiles between order statistics and counts bad strictly beyond the threshold', () => {
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12)
    expect(quantileOfSorted([], 0.5)).toBeNaN()
    expect(isBadValue(10, 10, 'lower')).toBe(false)
    expect(isBadValue(9.99, 10, 'lower')).toBe(true)
    expect(isBadValue(100.1, 100, 'higher')).toBe(true)
  })
})
