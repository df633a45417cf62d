import { describe, expect, it } from 'vitest'
import { checkThresholds, latencySeverity, rateSeverity, stallSeverity, throughputSeverities, weightedBadness } from './experienceSeverity.js'

describe('experience severities (0–1) and priority weights', () => {
  it('scores a rate shortfall linearly: 0 at the threshold, 0.5 at half of it, 1 at 0 Mbit/s', () => {
    expect(rateSeverity(10, 10)).toBe(0)
    expect(rateSeverity(25, 10)).toBe(0)
    expect(rateSeverity(5, 10)).toBeCloseTo(0.5, 12)
    expect(rateSeverity(0, 10)).toBe(1)
  })

  it('scores stalls as the share of time the buffer drains: 1 − rate / video rate below 4 Mbit/s', () => {
    expect(stallSeverity(4, 4)).toBe(0)
    expect(stallSeverity(1, 4)).toBeCloseTo(0.75, 12)
    expect(stallSeverity(6, 4)).toBe(0)
  })

  it('scores latency as the excess over the threshold, saturating at twice it', () => {
    expect(latencySeverity(80, 100)).toBe(0)
    expect(latencySeverity(150, 100)).toBeCloseTo(0.5, 12)
    expect(latencySeverity(400, 100)).toBe(1)
  })

  it('weighs the priority dimension fully and the others at 0.25, counting a measurement once', () => {
    const s = throughputSeverities(2, { rateThresholdMbps: 10, stallVideoRateMbps: 4, latencyThresholdMs: 100 })
    expect(s.rate).toBeCloseTo(0.8, 12)
    expect(s.stall).toBeCloseTo(0.5, 12)
    expect(weightedBadness(s, 'rate')).toBeCloseTo(0.8, 12)
    expect(weightedBadness(s, 'stall')).toBeCloseTo(0.5, 12)
    expect(weightedBadness(s, 'latency')).toBeCloseTo(0.2, 12)
    // 6 Mbit/s is slow for rate-first but plays 4 Mbit/s video: stall-first only sees the 0.25-weighted rate.
    const slowButPlays = throughputSeverities(6, { rateThresholdMbps: 10, stallVideoRateMbps: 4, latencyThresholdMs: 100 })
    expect(weightedBadness(slowButPlays, 'rate')).toBeCloseTo(0.4, 12)
    expect(weightedBadness(slowButPlays, 'stall')).toBeCloseTo(0.1, 12)
  })

  it('refuses thresholds that are not positive, naming them', () => {
    expect(() => checkThresholds({ rateThresholdMbps: 10, stallVideoRateMbps: 0, latencyThresholdMs: 100 })).toThrow('stallVideoRateMbps must be a positive number, not 0')
  })
})
