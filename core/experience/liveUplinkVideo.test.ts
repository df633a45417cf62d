import { describe, expect, it } from 'vitest'
import { liveUplinkVideo } from './liveUplinkVideo.js'

/** A per-second trace of `seconds` at `mbps`, with `changes` (second → Mbit/s) applied. */
const trace = (seconds: number, mbps: number, changes: Record<number, number> = {}): number[] =>
  Array.from({ length: seconds }, (_, second) => changes[second] ?? mbps)

describe('liveUplinkVideo: freezes from an uplink throughput trace (fluid FIFO, playout buffer 0.5 s, T_rec 0.5 s)', () => {
  it('never freezes when the link is always above the encoder rate', () => {
    const result = liveUplinkVideo({ throughputMbps: trace(60, 10), encoderRateMbps: 5 })
    expect(result).toMatchObject({ interruptionS: 0, interruptionRatio: 0, freezeCount: 0, longestFreezeS: 0, lateFrameCount: 0 })
    expect(result.frameCount).toBe(30 * 59.5 + 1)
  })

  it('turns a 2 s outage into one freeze of about 2 s + T_rec with a small buffer (0.1 s: 2.4 s ± 0.1)', () => {
    const result = liveUplinkVideo({ throughputMbps: trace(60, 10, { 20: 0, 21: 0 }), encoderRateMbps: 5, playoutBufferS: 0.1, recoveryTimeS: 0.5 })
    expect(result.freezeCount).toBe(1)
    expect(Math.abs(result.longestFreezeS - (2 - 0.1 + 0.5))).toBeLessThan(0.1)
    expect(result.interruptionS).toBe(result.longestFreezeS)
    expect(result.interruptionRatio).toBeCloseTo(result.interruptionS / result.evaluatedDurationS, 12)
  })

  it('lets the playout buffer absorb part of the outage: 2 s − 0.5 s + T_rec = 2.0 s (±0.1) with the default 0.5 s buffer', () => {
    const result = liveUplinkVideo({ throughputMbps: trace(60, 10, { 20: 0, 21: 0 }), encoderRateMbps: 5 })
    expect(result.freezeCount).toBe(1)
    expect(Math.abs(result.interruptionS - 2.0)).toBeLessThan(0.1)
  })

  it('lengthens the freeze by exactly the change in T_rec (±1e-9)', () => {
    const outage = trace(60, 10, { 20: 0, 21: 0 })
    const short = liveUplinkVideo({ throughputMbps: outage, encoderRateMbps: 5, recoveryTimeS: 0.2 })
    const long = liveUplinkVideo({ throughputMbps: outage, encoderRateMbps: 5, recoveryTimeS: 1.2 })
    expect(Math.abs(long.interruptionS - short.interruptionS - 1)).toBeLessThan(1e-9)
  })

  it('makes frames late when a dip below the encoder rate builds a queue beyond the buffer', () => {
    // 4 Mbit/s for 3 s under a 5 Mbit/s encoder: the queue grows by 1 Mbit/s, 0.2 s of video per second.
    const dip = trace(30, 10, { 10: 4, 11: 4, 12: 4 })
    const result = liveUplinkVideo({ throughputMbps: dip, encoderRateMbps: 5 })
    expect(result.lateFrameCount).toBeGreaterThan(0)
    expect(result.freezeCount).toBeGreaterThanOrEqual(1)
    const shallow = liveUplinkVideo({ throughputMbps: trace(30, 10, { 10: 4 }), encoderRateMbps: 5 })
    expect(shallow.lateFrameCount).toBe(0)
  })

  it('without late-frame dropping, the backlog of an outage delays the frames after it: longer interruption', () => {
    const outage = trace(60, 6, { 20: 0, 21: 0 })
    const dropping = liveUplinkVideo({ throughputMbps: outage, encoderRateMbps: 5 })
    const keeping = liveUplinkVideo({ throughputMbps: outage, encoderRateMbps: 5, dropLateFrames: false })
    expect(keeping.interruptionS).toBeGreaterThan(dropping.interruptionS + 1)
  })

  it('takes per-window traces: 0.5 s samples', () => {
    // Samples 40 and 41 are a 1 s outage at 20 s: 1 − 0.5 + 0.5 = 1.0 s (±0.1).
    const result = liveUplinkVideo({ throughputMbps: trace(120, 10, { 40: 0, 41: 0 }), sampleIntervalS: 0.5, encoderRateMbps: 5 })
    expect(Math.abs(result.interruptionS - 1.0)).toBeLessThan(0.1)
  })

  it('refuses negative throughput or a zero encoder rate, naming the field', () => {
    expect(() => liveUplinkVideo({ throughputMbps: [5, -1], encoderRateMbps: 5 })).toThrow('throughputMbps[1] must be within 0…1000000 Mbit/s')
    expect(() => liveUplinkVideo({ throughputMbps: [5], encoderRateMbps: 0 })).toThrow('encoderRateMbps must be within 0.01…10000 Mbit/s for the live uplink video model, not 0')
  })
})
