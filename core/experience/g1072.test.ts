import { describe, expect, it } from 'vitest'
import { averageFrameRateAfterLoss, cloudGamingDelayImpairment, cloudGamingMosFromR, cloudGamingQuality } from './g1072.js'

/** The README example of sla-and-qoe-models.md §4.4: 2 Mbit/s, 60 fps, 1080p, 200 ms, high/high. */
const readmeExample = { bitrateMbps: 2, frameRateFps: 60, delayMs: 200, interactionSensitivity: 'high' } as const

describe('cloudGamingQuality, G.1072 structure (sla-and-qoe-models.md §4.4)', () => {
  it('gives the README delay input quality 3.17 (±0.005) for 200 ms, high sensitivity', () => {
    expect(Math.abs(cloudGamingQuality(readmeExample).delayInputQualityMos - 3.17)).toBeLessThan(0.005)
  })

  it('reaches the README overall 1.70 (±0.01) only with a coding impairment I_VQ,cod of about 48.4 (R ≈ 25.7), which the doc does not give', () => {
    // Without the coding term (impairments default to 0) the overall is MOS(100 − 0.848·42.67) ≈ 3.49.
    expect(Math.abs(cloudGamingQuality(readmeExample).mos - 3.49)).toBeLessThan(0.01)
    expect(Math.abs(cloudGamingQuality({ ...readmeExample, impairments: { videoCoding: 48.4 } }).mos - 1.7)).toBeLessThan(0.01)
  })

  it('uses the low-sensitivity delay coefficients (47.97, 2.097, 0.01073, −4.567) and caps the term at 68.98 (±1e-9)', () => {
    expect(Math.abs(cloudGamingDelayImpairment(200, 'low') - (47.97 / (1 + Math.exp(2.097 - 0.01073 * 200)) - 4.567))).toBeLessThan(1e-9)
    expect(cloudGamingDelayImpairment(400, 'high')).toBeLessThanOrEqual(68.98)
    expect(cloudGamingDelayImpairment(200, 'low')).toBeLessThan(cloudGamingDelayImpairment(200, 'medium'))
    expect(cloudGamingDelayImpairment(200, 'medium')).toBe(cloudGamingDelayImpairment(200, 'high'))
  })

  it('derives the frame-loss rate from packet loss: none without loss, rising with loss (±1e-9)', () => {
    expect(cloudGamingQuality(readmeExample).frameLossRatePct).toBe(0)
    const fps = averageFrameRateAfterLoss(60, 2, 50, 0.5)
    expect(Math.abs(fps - 60 * Math.exp(-(0.08526 + 0.00073 * 60 + 1.425e-4 * 2 * 60) * (0.09656 * 50 - 1.5) * 0.5))).toBeLessThan(1e-9)
    expect(cloudGamingQuality({ ...readmeExample, delayMs: 50, packetLossPct: 1 }).frameLossRatePct).toBeGreaterThan(
      cloudGamingQuality({ ...readmeExample, delayMs: 50, packetLossPct: 0.5 }).frameLossRatePct,
    )
  })

  it('maps R to MOS 1.3…4.64', () => {
    expect(cloudGamingMosFromR(0)).toBe(1.3)
    expect(cloudGamingMosFromR(100)).toBe(4.64)
  })

  it('refuses inputs outside the G.1072 ranges, naming them', () => {
    expect(() => cloudGamingQuality({ ...readmeExample, delayMs: 500 })).toThrow('delayMs must be within 0…400 ms for the G.1072 cloud-gaming model, not 500')
    expect(() => cloudGamingQuality({ ...readmeExample, packetLossPct: 7 })).toThrow('packetLossPct must be within 0…5 %')
    expect(() => cloudGamingQuality({ ...readmeExample, frameRateFps: 120 })).toThrow('frameRateFps must be within 10…60 fps')
  })
})
