import { describe, expect, it } from 'vitest'
import { p1203Mode0 } from './p1203Mode0.js'
import type { VideoSegment } from './videoQualityMode0.js'

/** 60 s of 1080p30 H.264 in 4 s segments at `bitrateKbps`. */
const segments = (bitrateKbps: number, seconds = 60): VideoSegment[] =>
  Array.from({ length: seconds / 4 }, (_, index) => ({ start: 4 * index, duration: 4, bitrateKbps, width: 1920, height: 1080, fps: 30, codec: 'h264' }))

describe('p1203Mode0: the whole mode-0 chain from segment metadata', () => {
  it('scores every media second with its segment: O.22 = 4.32 at 3 Mbit/s (±0.005) over 60 s', () => {
    const result = p1203Mode0({ segments: segments(3000) })
    expect(result.sessionDurationS).toBe(60)
    expect(result.o22PerSecond).toHaveLength(60)
    expect(result.o22PerSecond.every((mos) => Math.abs(mos - 4.32) < 0.005)).toBe(true)
    expect(result.o21PerSecond.every((mos) => mos === 4.8)).toBe(true)
  })

  it('follows a quality switch second by second (with 32 kbit/s AAC-LC audio, so that O.34 stays below 5)', () => {
    const audio = [{ start: 0, duration: 60, bitrateKbps: 32, codec: 'aaclc' }]
    const mixed = [...segments(8000, 32), ...segments(300, 28).map((segment) => ({ ...segment, start: segment.start + 32 }))]
    const result = p1203Mode0({ segments: mixed, audio })
    expect(result.o22PerSecond[31]).toBeGreaterThan(result.o22PerSecond[32] ?? 5)
    expect(result.o35).toBeLessThan(p1203Mode0({ segments: segments(8000), audio }).o35)
  })

  it('lowers O.46 with stalls and uses audio segments when given', () => {
    const clean = p1203Mode0({ segments: segments(5000) })
    const stalled = p1203Mode0({ segments: segments(5000), stalls: [[30, 2]] })
    expect(stalled.o46).toBeLessThan(clean.o46)
    expect(stalled.o23).toBeLessThan(5)
    const withAudio = p1203Mode0({ segments: segments(5000), audio: [{ start: 0, duration: 60, bitrateKbps: 24, codec: 'mp2' }] })
    expect(withAudio.o21PerSecond[0]).toBeLessThan(2)
    expect(withAudio.o46).toBeLessThan(clean.o46)
  })

  it('gives a mobile device its handheld score', () => {
    expect(p1203Mode0({ segments: segments(3000), device: 'mobile' }).o22PerSecond[0]).not.toBeCloseTo(4.32, 2)
  })

  it('refuses gaps, empty input and stalls outside the session, naming the field', () => {
    expect(() => p1203Mode0({ segments: [] })).toThrow('segments must hold at least one segment')
    const gap = segments(3000)
    gap[2] = { ...gap[2]!, start: 9 }
    expect(() => p1203Mode0({ segments: gap })).toThrow('segments[2].start must follow the previous segment (at 8 s ± 0.1 s), not 9')
    expect(() => p1203Mode0({ segments: segments(3000), stalls: [[75, 1]] })).toThrow('stalls[0][0] must be within 0…60 s (media time) for P.1203.3, not 75')
    expect(() => p1203Mode0({ segments: segments(3000), stalls: [[10, -1]] })).toThrow('stalls[0][1] must be within')
  })
})
