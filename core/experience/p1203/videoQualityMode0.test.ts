import { describe, expect, it } from 'vitest'
import { handheldMos, videoSegmentMos, type VideoSegment } from './videoQualityMode0.js'

const segment = (bitrateKbps: number, width = 1920, height = 1080, fps = 30): VideoSegment => ({ start: 0, duration: 10, bitrateKbps, width, height, fps, codec: 'h264' })

describe('videoSegmentMos, P.1203.1 mode 0 (golden values of sla-and-qoe-models.md §4.3; tolerance ±0.005, the rounding of the golden values, unless stated)', () => {
  it('gives O.22 = 4.32 and 4.41 for H.264 1080p30 at 3 and 5 Mbit/s on a 1080p PC display', () => {
    expect(Math.abs(videoSegmentMos(segment(3000)) - 4.32)).toBeLessThan(0.005)
    expect(Math.abs(videoSegmentMos(segment(5000)) - 4.41)).toBeLessThan(0.005)
  })

  it('gives O.22 = 4.48 at 8 Mbit/s within ±0.01: we reach 4.475 at 8000 kbit/s (4.478 at 8192, so the golden run may have used 8 Mibit/s)', () => {
    expect(Math.abs(videoSegmentMos(segment(8000)) - 4.48)).toBeLessThan(0.01)
    expect(Math.abs(videoSegmentMos(segment(8192)) - 4.48)).toBeLessThan(0.005)
  })

  it('gives 3.71 for 720p30 at 1.5 Mbit/s upscaled to a 1080p display', () => {
    expect(Math.abs(videoSegmentMos(segment(1500, 1280, 720)) - 3.71)).toBeLessThan(0.005)
  })

  it('adds no upscaling degradation when the display is not larger than the coded picture', () => {
    const small = { displayWidth: 1280, displayHeight: 720 }
    const coded720On720 = videoSegmentMos(segment(1500, 1280, 720), small)
    expect(coded720On720).toBeGreaterThan(videoSegmentMos(segment(1500, 1280, 720)) + 0.3)
    expect(videoSegmentMos(segment(3000), small)).toBeCloseTo(videoSegmentMos(segment(3000)), 12)
  })

  it('degrades below 24 fps only, and more at lower frame rates', () => {
    expect(videoSegmentMos(segment(3000, 1920, 1080, 25))).toBeLessThan(videoSegmentMos(segment(3000, 1920, 1080, 24)) + 0.2)
    const fps24 = videoSegmentMos(segment(3000, 1920, 1080, 24))
    const fps15 = videoSegmentMos(segment(3000, 1920, 1080, 15))
    const fps10 = videoSegmentMos(segment(3000, 1920, 1080, 10))
    expect(fps15).toBeLessThan(fps24)
    expect(fps10).toBeLessThan(fps15)
  })

  it('rises with bitrate', () => {
    let previous = 0
    for (const kbps of [200, 500, 1000, 2000, 4000, 8000, 16000]) {
      const mos = videoSegmentMos(segment(kbps))
      expect(mos).toBeGreaterThan(previous)
      previous = mos
    }
  })

  it('applies the handheld compensation −0.60293 + 2.12382s − 0.36936s² + 0.03409s³ for mobile (±1e-12)', () => {
    const pc = videoSegmentMos(segment(3000))
    const expected = -0.60293 + 2.12382 * pc - 0.36936 * pc ** 2 + 0.03409 * pc ** 3
    expect(Math.abs(videoSegmentMos(segment(3000), { device: 'mobile' }) - expected)).toBeLessThan(1e-12)
    expect(handheldMos(1)).toBeGreaterThanOrEqual(1)
    expect(handheldMos(5)).toBeLessThanOrEqual(5)
  })

  it('refuses other codecs than H.264 and bad numbers, naming the field', () => {
    expect(() => videoSegmentMos({ ...segment(3000), codec: 'hevc' }, {}, 'segments[2]')).toThrow('segments[2].codec must be h264 for P.1203.1 mode 0')
    expect(() => videoSegmentMos(segment(0), {}, 'segments[0]')).toThrow('segments[0].bitrateKbps must be within 1…1000000 kbit/s for P.1203.1 mode 0, not 0')
    expect(() => videoSegmentMos(segment(3000, 1920, 1080, 0))).toThrow('segment.fps must be within 1…240 fps')
  })
})
