import { describe, expect, it } from 'vitest'
import { burstServiceRateMbps, frameBurst, guaranteedRate, maximumRate, messageRate, packetisedRate } from './translateRate.js'

// Hand values from sla-and-qoe-models.md §7 steps 1–3 (drone 4K: 20 + 0.2 Mbit/s, 1400 B payloads,
// 40 B headers, 30 fps, frames ≤ 1.5 × mean, headroom 1.2, 65 ms air budget, DDDSU UL wait 1.929 ms).
const drone = { rateMbps: 20.2 * (1440 / 1400) }

describe('packetisation (§5.2, §7 step 2)', () => {
  it('adds 40 B per 1400 B payload: × 1.02857, 20 Mbit/s → 20.571 Mbit/s (abs 1e-9)', () => {
    const step = packetisedRate(20, 1400, 40)
    expect(step.overheadFactor).toBeCloseTo(1440 / 1400, 9)
    expect(step.rateMbps).toBeCloseTo(20.571429, 6)
    expect(step.basis).toContain('× 1.029')
  })

  it('takes the 60 B of IPv6 headers: 1200 B payloads → × 1.05', () => {
    expect(packetisedRate(10, 1200, 60).rateMbps).toBeCloseTo(10.5, 9)
  })
})

describe('frame bursts (TR 38.838 frame-size limits, §2.5)', () => {
  it('gives the mean frame rate/fps and the burst 1.5 × the mean: 20.777 Mbit/s at 30 fps → 0.6926 / 1.0389 Mbit (abs 1e-4 Mbit)', () => {
    const step = frameBurst(drone.rateMbps, 30, 1.5)
    expect(step.meanFrameBits / 1e6).toBeCloseTo(0.69257, 4)
    expect(step.burstBits / 1e6).toBeCloseTo(1.03886, 4)
  })
})

describe('token-bucket guarantee (Le Boudec–Thiran delay bound T + b/R)', () => {
  it('needs R = b/(D − T): 1.0389 Mbit in 65 − 1.929 ms → 16.47 Mbit/s (abs 0.01)', () => {
    expect(burstServiceRateMbps(1.03886e6, 0.065, (2.5 * 54) / 70 / 1000)).toBeCloseTo(16.472, 2)
  })

  it('is infinite when the deadline does not exceed the scheduler latency', () => {
    expect(burstServiceRateMbps(1e6, 0.001, 0.002)).toBe(Infinity)
  })

  it('keeps the sustained 1.2 × r when the burst fits: drone 4K GFBR 24.93 Mbit/s over 1 s (§7 step 3, abs 0.01)', () => {
    const step = guaranteedRate({ rateMbps: drone.rateMbps, sustainedHeadroom: 1.2, burstBits: 1.03886e6, deadlineS: 0.065, schedulingLatencyS: 0.0019286, windowS: 1 })
    expect(step.gfbrMbps).toBeCloseTo(24.9326, 2)
    expect(step.windowS).toBe(1)
    expect(step.burstLimited).toBe(false)
    expect(step.deadlineMet).toBe(true)
  })

  it('raises the rate to the burst bound for an XR frame: 0.7714 Mbit in 8 − 0.643 ms → 104.85 Mbit/s over 7.357 ms (abs 0.01)', () => {
    const rateMbps = 30 * (1440 / 1400)
    const step = guaranteedRate({ rateMbps, sustainedHeadroom: 1.2, burstBits: (1.5 * rateMbps * 1e6) / 60, deadlineS: 0.008, schedulingLatencyS: (2.5 * 18) / 70 / 1000, windowS: 1 })
    expect(step.gfbrMbps).toBeCloseTo(104.854, 2)
    expect(step.windowS * 1000).toBeCloseTo(7.3571, 3)
    expect(step.burstLimited).toBe(true)
  })

  it('falls back to the sustained rate and says so when no rate meets the deadline', () => {
    const step = guaranteedRate({ rateMbps: 10, sustainedHeadroom: 1.2, burstBits: 1e6, deadlineS: 0.001, schedulingLatencyS: 0.0019, windowS: 1 })
    expect(step.gfbrMbps).toBeCloseTo(12, 9)
    expect(step.deadlineMet).toBe(false)
    expect(step.basis).toContain('no rate delivers the burst in time')
  })
})

describe('maximum flow bit rate (§7 step 3)', () => {
  it('is 1.5 × r: 1.5 × 20.777 = 31.17 Mbit/s (abs 0.01)', () => {
    expect(maximumRate(drone.rateMbps, 1.5, 24.93).mfbrMbps).toBeCloseTo(31.166, 2)
  })

  it('is never below the GFBR', () => {
    expect(maximumRate(30, 1.5, 104.85).mfbrMbps).toBe(104.85)
  })
})

describe('periodic messages', () => {
  it('C2 stick: (140 + 28 B) every 40 ms → 33.6 kbit/s (abs 1e-9 Mbit/s)', () => {
    const step = messageRate(140, 28, 40)
    expect(step.rateMbps).toBeCloseTo(0.0336, 9)
    expect(step.packetBytes).toBe(168)
  })
})
